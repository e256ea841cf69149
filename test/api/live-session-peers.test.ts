import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app.js';
import type { SessionView } from '../../src/shared/live-session/api.js';
import { buildPeerApp, buildTestApp, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { groupWithCast, type CastMember } from '../helpers/factories.js';
import { expectSameEvents, occurrenceUrl, openSession, seriesAt, sessionSocketUrl, type SessionClient } from '../helpers/live-session.js';

type Cast = Awaited<ReturnType<typeof groupWithCast>>;
const ZONE = 'America/Chicago';

// PostgreSQL only: it is the database several app processes share, their events fanned out
// with LISTEN/NOTIFY (DESIGN.md). Without TEST_DATABASE_URL the run says so loudly
// (test/helpers/global-setup.ts).
describe.skipIf(!DIALECTS.includes('postgres'))('a live session across two app processes [postgres]', () => {
  let t: TestApp;
  let peer: Awaited<ReturnType<typeof buildPeerApp>>;
  let cast: Cast;
  let sessionId: string;
  const sockets: SessionClient[] = [];
  /** The person's signed-in session, talking to one app or the other. */
  const on = (app: App, who: CastMember) => {
    const client = new TestClient(app);
    client.cookie = who.client.cookie;
    return client;
  };
  const run = async (client: TestClient, body: unknown) => {
    const res = await client.post(`/api/live-sessions/${sessionId}/commands`, body);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { seq: number }).seq;
  };
  const view = async (client: TestClient) => (await client.get(`/api/live-sessions/${sessionId}`)).json() as SessionView;

  beforeAll(async () => {
    t = await buildTestApp('postgres');
    peer = await buildPeerApp(t);
    cast = await groupWithCast(t.app, { timeZone: ZONE });
    const series = await seriesAt(cast.facilitator.client, cast.group.id, ZONE, new Date(Date.now() + 10 * 60_000));
    const started = await cast.facilitator.client.post(occurrenceUrl(cast.group.id, series), { mode: 'in_person' });
    sessionId = (started.json() as SessionView).info.id;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.socket.close();
    await peer?.close();
    await t?.close();
  });

  it('gives clients on both processes the same ordered events, commands sent through either, one after another or at once', async () => {
    const { facilitator, coFacilitator, member } = cast;
    const [a, b] = [t.app, peer.app];
    expect((await on(b, coFacilitator).post(`/api/live-sessions/${sessionId}/join`, { mode: 'online' })).statusCode).toBe(200);
    expect((await on(a, member).post(`/api/live-sessions/${sessionId}/join`, { mode: 'online' })).statusCode).toBe(200);
    for (const [app, who] of [[a, facilitator], [a, member], [b, facilitator], [b, coFacilitator], [b, member]] as const) {
      sockets.push(await openSession(await sessionSocketUrl(app, sessionId), who.client.cookie));
    }
    await Promise.all(sockets.map((s) => s.reach(2)));

    // The opening round, alternating between the processes.
    await run(on(a, facilitator), { type: 'round.share', mood: 4, energy: 3, craving: 1, line: 'Glad to be here' });
    await run(on(b, facilitator), { type: 'round.next', expectedAccountId: facilitator.account.id });
    await run(on(b, coFacilitator), { type: 'round.pass' });
    await run(on(a, member), { type: 'round.share', mood: 3, energy: 3, craving: 4 });
    await run(on(b, facilitator), { type: 'phase.next', expectedPhaseId: 'p1' });
    await run(on(a, facilitator), { type: 'topic.set', topic: 'Weekends' });

    // Hands up and down at once, each person through a different process each time.
    const people = [member, coFacilitator, facilitator];
    let raised: Array<{ who: string; seq: number }> = [];
    for (let burst = 0; burst < 3; burst++) {
      raised = await Promise.all(people.map(async (who, i) => ({ who: who.account.id, seq: await run(on((i + burst) % 2 ? a : b, who), { type: 'hand.raise' }) })));
      if (burst < 2) await Promise.all(people.map((who, i) => run(on((i + burst) % 2 ? b : a, who), { type: 'hand.lower' })));
    }
    const queue = [...raised].sort((x, y) => x.seq - y.seq).map((r) => r.who);
    expect((await view(on(b, member))).state.discussions.p2!.queue).toEqual(queue);

    await run(on(b, facilitator), { type: 'queue.next' });
    await run(on(a, facilitator), { type: 'phase.next', expectedPhaseId: 'p2' });
    await run(on(b, facilitator), { type: 'practice.pick', practiceId: 'urge_surfing' });
    await run(on(a, facilitator), { type: 'phase.next', expectedPhaseId: 'p3' });
    await run(on(b, facilitator), { type: 'round.reflect', takeaway: 'Good group' });
    await run(on(a, facilitator), { type: 'round.next', expectedAccountId: facilitator.account.id });
    await run(on(a, coFacilitator), { type: 'round.pass' });
    const last = await run(on(b, member), { type: 'round.reflect', commitment: 'Walk each morning' });

    await Promise.all(sockets.map((s) => s.reach(last)));
    const fromA = await view(on(a, member));
    expect(await view(on(b, coFacilitator))).toMatchObject({ seq: fromA.seq, state: fromA.state });
    expectSameEvents(sockets, last, fromA);
    expect(fromA.state.discussions.p2).toMatchObject({ speaker: queue[0], queue: queue.slice(1) });
  });

  it('fills in what a process missed while its LISTEN connection was away, from the stored events', async () => {
    const db = t.database.db;
    const listeners = async (listening = false) => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
        where datname = current_database() and application_name = 'kindred-live'
        and (${!listening} or (query = 'LISTEN kindred_live' and state = 'idle'))`.execute(db);
      return rows[0]!.n;
    };
    const settle = async (check: () => Promise<boolean>) => {
      for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10));
      return check();
    };
    // Both processes' listeners go; an event committed while none is back reaches only the
    // process that sent it (NOTIFY goes to those listening at commit). Tried again if a
    // listener came back too soon to tell.
    let missed: number | undefined;
    for (let attempt = 0; attempt < 10 && missed === undefined; attempt++) {
      await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'kindred-live'`.execute(db);
      if (!(await settle(async () => (await listeners()) === 0))) continue;
      const seq = await run(on(t.app, cast.facilitator), { type: 'phase.extend', minutes: 1 });
      if ((await listeners()) === 0) missed = seq;
    }
    expect(missed).toBeDefined();
    expect(await settle(async () => (await listeners(true)) === 2)).toBe(true);
    // The next event reaches process B after the gap: its clients fetch the missed one first.
    const next = await run(on(t.app, cast.facilitator), { type: 'phase.extend', minutes: 1 });
    await Promise.all(sockets.map((s) => s.reach(next)));
    expectSameEvents(sockets, next, await view(on(peer.app, cast.member)));
  });

  it('ends for everyone on both processes: session.end, then close 1000', async () => {
    const end = await run(on(peer.app, cast.facilitator), { type: 'session.end' });
    for (const socket of sockets) {
      expect(await socket.closed).toBe(1000);
      expect(socket.messages.at(-1)).toMatchObject({ type: 'event', event: { type: 'session.end', seq: end } });
    }
    const after = await openSession(await sessionSocketUrl(peer.app, sessionId, end - 1), cast.member.client.cookie);
    expect(await after.closed).toBe(1000);
    expect(after.messages).toEqual([{ type: 'sync', seq: end, state: (await view(on(t.app, cast.member))).state }]);
  });
});
