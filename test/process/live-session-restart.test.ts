import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionView } from '../../src/shared/live-session/api.js';
import { uniqueIp } from '../helpers/client.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../helpers/dialects.js';
import { buildMeeting, STRONG_PASSWORD } from '../helpers/factories.js';
import { eventSeqs, openSession, replayFrom, seqRange, sessionMessage, sessionSocketAt, slotAt, type SessionClient } from '../helpers/live-session.js';
import { buildServerIfStale, startServer, urlOf, type ServerProcess } from '../helpers/server-process.js';

const ZONE = 'America/Chicago';

/**
 * A browser talking to whichever process serves Kindred now (`base` changes on a restart):
 * keeps its session cookie, sends the process's Origin on writes and on the socket.
 */
class Browser {
  cookie: string | undefined;
  private readonly ip = uniqueIp();

  constructor(public base: string) {}

  async call<T = unknown>(method: string, pathname: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', 'x-forwarded-for': this.ip };
    if (method !== 'GET') headers.origin = this.base;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    const res = await fetch(`${this.base}${pathname}`, { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) });
    const session = res.headers.getSetCookie().find((c) => c.startsWith('kindred_session='));
    if (session) this.cookie = session.split(';')[0];
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${pathname}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  socket(sessionId: string, since?: number): Promise<SessionClient> {
    return openSession(sessionSocketAt(this.base, sessionId, since), this.cookie, this.base);
  }
}

/** Over HTTP, as the app does it: a facilitator with a group, a member in it, and a meeting starting in ten minutes. */
async function groupWithMeeting(url: string) {
  const facilitator = new Browser(url);
  const member = new Browser(url);
  const suffix = randomBytes(3).toString('hex');
  const facilitatorId = (await facilitator.call<{ id: string }>('POST', '/api/auth/signup', { username: `runner_${suffix}`, password: STRONG_PASSWORD })).id;
  const memberId = (await member.call<{ id: string }>('POST', '/api/auth/signup', { username: `member_${suffix}`, password: STRONG_PASSWORD })).id;
  const group = await facilitator.call<{ id: string; agreement: { version: number } }>('POST', '/api/groups', { name: `Evening Circle ${suffix}`, timeZone: ZONE, joinPolicy: 'open', listed: false });
  const { token } = await facilitator.call<{ token: string }>('POST', `/api/groups/${group.id}/invitations`, {});
  await member.call('POST', `/api/invitations/${token}/accept`, { agreementVersion: group.agreement.version });
  const slot = slotAt(ZONE, new Date(Date.now() + 10 * 60_000));
  const series = await facilitator.call<{ id: string }>('POST', `/api/groups/${group.id}/meetings`, buildMeeting({
    title: 'Evening circle', recurrence: { freq: 'weekly', byDay: [slot.weekday] }, startDate: slot.date, startTime: slot.time,
  }));
  return { facilitator, member, facilitatorId, memberId, occurrence: `/api/groups/${group.id}/meetings/${series.id}/occurrences/${slot.date}/live-session` };
}

for (const dialect of DIALECTS) {
  describe(`a live session goes on across restarts of the server [${dialect}]`, () => {
    let dataDir: string;
    let database: TestDatabase | undefined;
    let databaseUrl: string | undefined;
    const servers: ServerProcess[] = [];
    const start = async () => {
      const server = await startServer({ dataDir, databaseUrl, runWorker: false });
      servers.push(server);
      return server;
    };

    beforeAll(async () => {
      await buildServerIfStale();
      dataDir = mkdtempSync(path.join(tmpdir(), `kindred-live-restart-${dialect}-`));
      // SQLite: every process opens DATA_DIR/kindred.sqlite, migrating it on start.
      if (dialect === 'postgres') {
        database = await createTestDatabase('postgres');
        databaseUrl = await urlOf(database);
      }
    }, 300_000);
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.kill()));
      await database?.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('killed, then stopped: each time the clients resume with exactly what they missed, and the session ends right', async () => {
      const first = await start();
      const { facilitator, member, facilitatorId, memberId, occurrence } = await groupWithMeeting(first.url);
      const people = [facilitator, member];
      const sessionId = (await facilitator.call<SessionView>('POST', occurrence, { mode: 'in_person' })).info.id;
      await member.call('POST', `/api/live-sessions/${sessionId}/join`, { mode: 'online' });
      const run = async (who: Browser, body: unknown) => (await who.call<{ seq: number }>('POST', `/api/live-sessions/${sessionId}/commands`, body)).seq;
      const view = () => member.call<SessionView>('GET', `/api/live-sessions/${sessionId}`);

      let sockets = await Promise.all(people.map((who) => who.socket(sessionId)));
      await run(facilitator, { type: 'round.share', mood: 4, energy: 3, craving: 1, line: 'Glad to be here' });
      const seen = await run(facilitator, { type: 'round.next', expectedAccountId: facilitatorId });
      await Promise.all(sockets.map((s) => s.reach(seen)));
      let states = sockets.map((s) => s.state()!);

      /** Commands go on through `server` (`next` answers the first one's seq); the clients reconnect from where they were and get exactly what they missed. */
      const resume = async (server: ServerProcess, next: () => Promise<number>) => {
        for (const who of people) who.base = server.url;
        const from = states.map((s) => s.seq);
        const firstMissed = await next();
        sockets = await Promise.all(people.map((who, i) => who.socket(sessionId, states[i]!.seq)));
        // One more after the reconnect: anything sent twice would sit before it.
        const marker = await run(facilitator, { type: 'phase.extend', minutes: 1 });
        await Promise.all(sockets.map((s) => sessionMessage(s, (m) => m.type === 'event' && m.event.seq === marker)));
        const now = await view();
        for (const [i, socket] of sockets.entries()) {
          expect(socket.messages.map((m) => m.type)).not.toContain('sync');
          expect(eventSeqs(socket.messages)).toEqual(seqRange(from[i]! + 1, marker));
          expect(replayFrom(states[i]!, socket.messages)).toEqual({ state: now.state, seq: marker });
        }
        expect(firstMissed).toBe(Math.max(...from) + 1);
        states = sockets.map((s, i) => replayFrom(states[i]!, s.messages));
      };

      // Killed outright: nothing shut down, the database as the crash left it.
      await first.kill('SIGKILL');
      await Promise.all(sockets.map((s) => s.closed));
      const second = await start();
      await resume(second, async () => {
        const seq = await run(member, { type: 'round.share', mood: 3, energy: 3, craving: 4 });
        await run(facilitator, { type: 'phase.next', expectedPhaseId: 'p1' });
        await run(facilitator, { type: 'topic.set', topic: 'Weekends' });
        await run(member, { type: 'hand.raise' });
        return seq;
      });

      // Stopped as a deployment would (SIGTERM): open sockets must not hold the exit up.
      await second.stop();
      expect(second.child.exitCode).toBe(0);
      await Promise.all(sockets.map((s) => s.closed));
      const third = await start();
      await resume(third, async () => {
        const seq = await run(facilitator, { type: 'queue.next' });
        await run(facilitator, { type: 'phase.next', expectedPhaseId: 'p2' });
        await run(facilitator, { type: 'practice.pick', practiceId: 'urge_surfing' });
        await run(facilitator, { type: 'phase.next', expectedPhaseId: 'p3' });
        return seq;
      });

      // The closing round and the end, on the third process.
      await run(facilitator, { type: 'round.reflect', takeaway: 'Good group' });
      await run(facilitator, { type: 'round.next', expectedAccountId: facilitatorId });
      const closing = await run(member, { type: 'round.reflect', commitment: 'Walk each morning' });
      await Promise.all(sockets.map((s) => sessionMessage(s, (m) => m.type === 'event' && m.event.seq === closing)));
      const beforeEnd = await view();
      for (const [i, socket] of sockets.entries()) expect(replayFrom(states[i]!, socket.messages)).toEqual({ state: beforeEnd.state, seq: closing });
      expect(beforeEnd.state.rounds.p1!.turns.map((t) => [t.accountId, t.status])).toEqual([[facilitatorId, 'shared'], [memberId, 'shared']]);
      expect(beforeEnd.state.discussions.p2).toMatchObject({ topic: 'Weekends', speaker: memberId, queue: [] });
      expect(beforeEnd.state.phases.map((p) => [p.status, p.minutes])).toEqual([['done', 10], ['done', 26], ['done', 15], ['active', 11]]);

      const end = await run(facilitator, { type: 'session.end' });
      for (const socket of sockets) {
        expect(await socket.closed).toBe(1000);
        expect(socket.messages.at(-1)).toMatchObject({ type: 'event', event: { type: 'session.end', seq: end } });
      }
      const after = await view();
      expect(after.info.status).toBe('ended');
      expect(after.state).toMatchObject({ status: 'ended', rounds: {}, discussions: {} });
      expect(after.state.phases.map((p) => p.status)).toEqual(['done', 'done', 'done', 'done']);
      const summary = await facilitator.call<{ attendance: unknown; commitmentsMade: number }>('GET', `/api/live-sessions/${sessionId}/summary`);
      expect(summary).toMatchObject({ attendance: { present: 2, inPerson: 1, online: 1 }, commitmentsMade: 1 });
      await third.stop();
    }, 120_000);
  });
}
