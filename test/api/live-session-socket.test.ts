import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app.js';
import { BEAT_MESSAGE, type SessionView } from '../../src/shared/live-session/api.js';
import { LIVE_SESSION_ENDED } from '../../src/shared/live-events.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { browserSocket } from '../helpers/live.js';
import { DIALECTS } from '../helpers/dialects.js';
import { groupWithCast, signedInClient, STRONG_PASSWORD, type CastMember } from '../helpers/factories.js';
import {
  eventSeqs,
  expectSameEvents,
  occurrenceUrl,
  openSession,
  replayFrom,
  seqRange,
  seriesAt,
  sessionMessage,
  sessionRefusal,
  sessionSocketUrl,
  type SessionClient,
} from '../helpers/live-session.js';

type Cast = Awaited<ReturnType<typeof groupWithCast>>;
const ZONE = 'America/Chicago';
const HEARTBEAT_MS = 100;
/** Close code of a socket whose account may no longer be in the session (session-socket.ts). */
const NOT_ALLOWED = 4403;

/** Someone who joins the group now with the cast's invitation. */
async function newcomer(app: App, cast: Cast, label: string): Promise<CastMember> {
  const displayName = `${label} ${randomBytes(2).toString('hex')}`;
  const { client, account } = await signedInClient(app, { displayName });
  const res = await client.post(`/api/invitations/${cast.token}/accept`, { agreementVersion: cast.group.agreement.version });
  if (res.statusCode !== 200) throw new Error(res.body);
  const list = (await cast.facilitator.client.get(`/api/groups/${cast.group.id}/members`)).json() as { members: Array<{ membershipId: string; displayName: string }> };
  const membershipId = list.members.find((m) => m.displayName === displayName)!.membershipId;
  return { client, account, displayName, membershipId };
}

for (const dialect of DIALECTS) {
  describe(`live session socket [${dialect}]`, () => {
    let t: TestApp;
    let cast: Cast;
    let sessionId: string;
    const url = (since?: number) => sessionSocketUrl(t.app, sessionId, since);
    const view = async (who: CastMember) => (await who.client.get(`/api/live-sessions/${sessionId}`)).json() as SessionView;
    const run = async (who: CastMember, body: unknown) => {
      const res = await who.client.post(`/api/live-sessions/${sessionId}/commands`, body);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { seq: number }).seq;
    };
    const join = async (who: CastMember) => expect((await who.client.post(`/api/live-sessions/${sessionId}/join`, { mode: 'online' })).statusCode).toBe(200);
    const open: SessionClient[] = [];
    let memberSocket: SessionClient;
    const connect = async (who: CastMember, since?: number) => {
      const client = await openSession(await url(since), who.client.cookie);
      open.push(client);
      return client;
    };

    beforeAll(async () => {
      t = await buildTestApp(dialect, {}, { liveHeartbeatMs: HEARTBEAT_MS });
      cast = await groupWithCast(t.app, { timeZone: ZONE });
      const series = await seriesAt(cast.facilitator.client, cast.group.id, ZONE, new Date(Date.now() + 10 * 60_000));
      const started = await cast.facilitator.client.post(occurrenceUrl(cast.group.id, series), { mode: 'in_person' });
      sessionId = (started.json() as SessionView).info.id;
    });
    afterAll(async () => {
      for (const client of open) client.socket.close();
      await t.close();
    });

    it('says something at every heartbeat, outside the numbered events, so an app can tell a dead connection', async () => {
      const raw = browserSocket(await url(), cast.facilitator.client.cookie);
      const seen: string[] = [];
      const beat = new Promise<void>((resolve) => raw.on('message', (data) => {
        seen.push(String(data));
        if (String(data) === JSON.stringify(BEAT_MESSAGE)) resolve();
      }));
      await beat;
      raw.close();
      expect(JSON.parse(seen[0]!).type).toBe('sync');
    });

    it('lets only a present member of the group in, from Kindred itself', async () => {
      expect(await sessionRefusal(await url(), undefined)).toBe(401);
      expect(await sessionRefusal(await url(), 'kindred_session=not-a-real-token')).toBe(401);
      expect(await sessionRefusal(await url(), cast.facilitator.client.cookie, 'http://evil.example')).toBe(403);
      expect(await sessionRefusal(await url(), cast.facilitator.client.cookie, null)).toBe(403);
      expect(await sessionRefusal(await url(), cast.outsider.client.cookie)).toBe(404);
      expect(await sessionRefusal(await url(), cast.removed.client.cookie)).toBe(404);
      expect(await sessionRefusal(await url(), cast.member.client.cookie)).toBe(403);
      const base = await url();
      expect(await sessionRefusal(base.replace(sessionId, 'not-a-session'), cast.facilitator.client.cookie)).toBe(400);
      expect(await sessionRefusal(base.replace(sessionId, '00000000-0000-4000-8000-000000000000'), cast.facilitator.client.cookie)).toBe(404);
      expect(await sessionRefusal(`${base}?since=-1`, cast.facilitator.client.cookie)).toBe(400);
      expect(await sessionRefusal(`${base}?since=soon`, cast.facilitator.client.cookie)).toBe(400);
      const plain = await cast.facilitator.client.get(`/api/live-sessions/${sessionId}/socket`, { origin: 'http://kindred.test' });
      expect(plain.statusCode).toBe(426);
      // The one allowed in: the state first.
      expect(await sessionRefusal(await url(), cast.facilitator.client.cookie)).toBe(101);
    });

    it('gives every client the same numbered events, in order, and the server’s state', async () => {
      // Two devices of the facilitator from the very start (seq 0), the others as they join.
      const first = await connect(cast.facilitator);
      const second = await connect(cast.facilitator);
      await Promise.all([first.reach(0), second.reach(0)]);
      await join(cast.coFacilitator);
      await join(cast.member);
      const co = await connect(cast.coFacilitator);
      const member = (memberSocket = await connect(cast.member));
      await run(cast.facilitator, { type: 'round.share', mood: 4, energy: 3, craving: 1, line: 'Glad to be here' });
      await run(cast.facilitator, { type: 'round.next', expectedAccountId: cast.facilitator.account.id });
      await run(cast.coFacilitator, { type: 'round.pass' });
      await run(cast.member, { type: 'round.share', mood: 3, energy: 3, craving: 4 });
      await run(cast.facilitator, { type: 'phase.next', expectedPhaseId: 'p1' });
      await run(cast.facilitator, { type: 'topic.set', topic: 'Weekends' });
      // Three hands at once: numbered one by one, in one order for everyone.
      const raised = await Promise.all([cast.member, cast.coFacilitator, cast.facilitator].map(async (who) => ({ who: who.account.id, seq: await run(who, { type: 'hand.raise' }) })));
      const last = await run(cast.facilitator, { type: 'queue.next' });
      expect(new Set(raised.map((r) => r.seq)).size).toBe(3);

      const clients = [first, second, co, member];
      await Promise.all(clients.map((c) => c.reach(last)));
      const server = await view(cast.member);
      expectSameEvents(clients, last, server);
      expect(eventSeqs(first.messages)).toEqual(seqRange(1, last));
      const byOrder = [...raised].sort((a, b) => a.seq - b.seq).map((r) => r.who);
      expect(server.state.discussions.p2).toMatchObject({ speaker: byOrder[0], queue: byOrder.slice(1) });
    });

    it('resumes a reconnecting client with exactly the events it missed', async () => {
      const left = memberSocket.state()!;
      memberSocket.socket.close();
      await memberSocket.closed;
      await run(cast.facilitator, { type: 'queue.next' });
      await run(cast.facilitator, { type: 'phase.next', expectedPhaseId: 'p2' });
      const missed = await run(cast.facilitator, { type: 'practice.pick', practiceId: 'urge_surfing' });

      const resumed = await connect(cast.member, left.seq);
      await sessionMessage(resumed, (m) => m.type === 'event' && m.event.seq === missed);
      // One more, sent after the reconnect: anything sent twice would sit before it.
      const marker = await run(cast.facilitator, { type: 'phase.extend', minutes: 5 });
      await sessionMessage(resumed, (m) => m.type === 'event' && m.event.seq === marker);
      expect(resumed.messages.map((m) => m.type)).not.toContain('sync');
      expect(eventSeqs(resumed.messages)).toEqual(seqRange(left.seq + 1, marker));
      const server = await view(cast.member);
      expect(replayFrom(left, resumed.messages)).toEqual({ state: server.state, seq: marker });

      // Up to date: nothing to send until the next event.
      const current = await connect(cast.member, marker);
      const next = await run(cast.facilitator, { type: 'phase.extend', minutes: 1 });
      expect(await sessionMessage(current, (m) => m.type === 'event')).toMatchObject({ type: 'event', event: { seq: next } });
      expect(current.messages.map((m) => m.type)).toEqual(['event']);
      // A `since` the server never reached (another database, a stale tab): the whole state.
      const ahead = await connect(cast.member, 999);
      expect(await sessionMessage(ahead, () => true)).toEqual({ type: 'sync', seq: next, state: (await view(cast.member)).state });
    });

    it('closes the socket of someone who leaves the session (4403), and lets them back', async () => {
      const socket = await connect(cast.member);
      await socket.reach(0);
      expect((await cast.member.client.post(`/api/live-sessions/${sessionId}/leave`)).statusCode).toBe(204);
      expect(await socket.closed).toBe(NOT_ALLOWED);
      expect(socket.messages.at(-1)).toMatchObject({ type: 'event', event: { type: 'participant.left', accountId: cast.member.account.id } });
      expect(await sessionRefusal(await url(), cast.member.client.cookie)).toBe(403);
      await join(cast.member);
      expect(await sessionRefusal(await url(), cast.member.client.cookie)).toBe(101);
    });

    it('closes the socket of a member removed from the group during the session (4403 at the next heartbeat)', async () => {
      const visitor = await newcomer(t.app, cast, 'Visitor');
      await join(visitor);
      const socket = await connect(visitor);
      await socket.reach(0);
      expect((await cast.facilitator.client.delete(`/api/groups/${cast.group.id}/members/${visitor.membershipId}`)).statusCode).toBe(204);
      expect(await socket.closed).toBe(NOT_ALLOWED);
      expect(await sessionRefusal(await url(), visitor.client.cookie)).toBe(404);
    });

    it('closes a signed-out session’s socket (4401), and only that one', async () => {
      const other = new TestClient(t.app);
      const profile = (await cast.member.client.get('/api/me')).json() as { username: string };
      const login = await other.post('/api/auth/login', { username: profile.username, password: STRONG_PASSWORD });
      expect(login.statusCode).toBe(200);
      const phone = await openSession(await url(), other.cookie);
      const laptop = await connect(cast.member);
      await Promise.all([phone.reach(0), laptop.reach(0)]);
      expect((await other.post('/api/auth/logout')).statusCode).toBe(204);
      expect(await phone.closed).toBe(LIVE_SESSION_ENDED);
      // The laptop's session still holds: it gets the next event.
      const seq = await run(cast.facilitator, { type: 'phase.extend', minutes: 1 });
      await laptop.reach(seq);
      expect(laptop.socket.readyState).toBe(laptop.socket.OPEN);
    });

    it('ends: every socket gets session.end and closes (1000); afterwards those who took part get the final state', async () => {
      const facilitator = await connect(cast.facilitator);
      const member = await connect(cast.member);
      const before = (await view(cast.member)).seq;
      await Promise.all([facilitator.reach(before), member.reach(before)]);
      const last = await run(cast.facilitator, { type: 'session.end' });
      expect(last).toBe(before + 1);
      for (const client of [facilitator, member]) {
        expect(await client.closed).toBe(1000);
        expect(client.messages.at(-1)).toMatchObject({ type: 'event', event: { type: 'session.end', seq: last } });
      }

      const ended = (await view(cast.member)).state;
      expect(ended).toMatchObject({ status: 'ended', rounds: {}, discussions: {} });
      for (const since of [undefined, before, last]) {
        const again = await connect(cast.member, since);
        expect(await again.closed).toBe(1000);
        expect(again.messages).toEqual([{ type: 'sync', seq: last, state: ended }]);
      }
      expect(JSON.stringify(ended)).not.toContain('Glad to be here');
      // Nobody new comes in after the end; outsiders still learn nothing.
      const late = await newcomer(t.app, cast, 'Late');
      expect(await sessionRefusal(await url(), late.client.cookie)).toBe(403);
      expect(await sessionRefusal(await url(), cast.outsider.client.cookie)).toBe(404);
      expect(await sessionRefusal(await url(), cast.removed.client.cookie)).toBe(404);
    });
  });
}

for (const dialect of DIALECTS) {
  // The default heartbeat (25 s) is longer than a test may take: the socket must close
  // because the sign-in ended, not because a heartbeat re-checked it.
  describe(`live session socket, signing out [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
    });
    afterAll(() => t.close());

    it('closes at once on logout (4401)', async () => {
      const cast = await groupWithCast(t.app, { timeZone: ZONE });
      const series = await seriesAt(cast.facilitator.client, cast.group.id, ZONE, new Date(Date.now() + 10 * 60_000));
      const sessionId = ((await cast.facilitator.client.post(occurrenceUrl(cast.group.id, series), { mode: 'online' })).json() as SessionView).info.id;
      const socket = await openSession(await sessionSocketUrl(t.app, sessionId), cast.facilitator.client.cookie);
      await socket.reach(0);
      expect((await cast.facilitator.client.post('/api/auth/logout')).statusCode).toBe(204);
      expect(await socket.closed).toBe(LIVE_SESSION_ENDED);
    });
  });
}
