import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDLE_END_HOURS, type SessionView } from '../../src/shared/live-session/api.js';
import { endIdleSessions } from '../../src/server/features/live-sessions/live-sessions.service.js';
import { buildPeerApp, buildTestApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { groupWithCast } from '../helpers/factories.js';
import { occurrenceUrl, openSession, seriesAt, sessionMessage, sessionSocketUrl } from '../helpers/live-session.js';

type Cast = Awaited<ReturnType<typeof groupWithCast>>;
const ZONE = 'America/Chicago';
const HOUR = 3_600_000;

for (const dialect of DIALECTS) {
  describe(`live sessions nobody ended close by themselves [${dialect}]`, () => {
    let t: TestApp;
    let cast: Cast;
    let sessionId: string;
    let quietId: string;
    let lastAt: string;
    const cmd = (who: Cast['member'], id: string, body: unknown) => who.client.post(`/api/live-sessions/${id}/commands`, body);
    const statusOf = async (id: string) =>
      (await t.database.db.selectFrom('live_sessions').select(['status', 'ended_at']).where('id', '=', id).executeTakeFirstOrThrow());

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      cast = await groupWithCast(t.app, { timeZone: ZONE });
      const meeting = await seriesAt(cast.facilitator.client, cast.group.id, ZONE, new Date(Date.now() + 10 * 60_000), { title: 'Forgotten circle' });
      sessionId = ((await cast.facilitator.client.post(occurrenceUrl(cast.group.id, meeting), { mode: 'in_person' })).json() as SessionView).info.id;
      await cast.member.client.post(`/api/live-sessions/${sessionId}/join`, { mode: 'online' });
      expect((await cmd(cast.facilitator, sessionId, { type: 'round.share', mood: 3, energy: 3, craving: 2, line: 'Said in the room' })).statusCode).toBe(200);
      const last = await t.database.db.selectFrom('live_session_events').select('event').where('session_id', '=', sessionId).orderBy('seq', 'desc').executeTakeFirstOrThrow();
      lastAt = (JSON.parse(last.event) as { type: string; at: string }).at;

      // A second session with no events at all: only its start counts.
      const other = await seriesAt(cast.facilitator.client, cast.group.id, ZONE, new Date(Date.now() + 20 * 60_000), { title: 'Quiet circle' });
      quietId = ((await cast.facilitator.client.post(occurrenceUrl(cast.group.id, other), { mode: 'online' })).json() as SessionView).info.id;
    });
    afterAll(() => t.close());

    it('leaves a session alone while it has been quiet for less than the limit', async () => {
      const justUnder = new Date(Date.parse(lastAt) + IDLE_END_HOURS * HOUR - 60_000);
      expect(await endIdleSessions(t.app.ctx, justUnder)).toBe(0);
      expect((await statusOf(sessionId)).status).toBe('running');
      expect((await statusOf(quietId)).status).toBe('running');
    });

    it('ends it once quiet that long, dated at its last event; what was said goes, and everyone connected hears the end', async () => {
      const client = await openSession(await sessionSocketUrl(t.app, sessionId), cast.member.client.cookie);
      const later = new Date(Date.parse(lastAt) + IDLE_END_HOURS * HOUR + 60_000);
      expect(await endIdleSessions(t.app.ctx, later)).toBe(2);

      const end = await sessionMessage(client, (m) => m.type === 'event' && m.event.type === 'session.end');
      expect(end.type === 'event' && end.event.at).toBe(lastAt);
      expect(await client.closed).toBe(1000);

      expect(await statusOf(sessionId)).toEqual({ status: 'ended', ended_at: lastAt });
      const row = await t.database.db.selectFrom('live_sessions').select(['state', 'summary']).where('id', '=', sessionId).executeTakeFirstOrThrow();
      expect(row.state + row.summary).not.toContain('Said in the room');
      expect(await t.database.db.selectFrom('live_session_events').selectAll().where('session_id', '=', sessionId).execute()).toEqual([]);
    });

    it('tells the core team it closed by itself, with timings up to the last event', async () => {
      const summary = (await cast.facilitator.client.get(`/api/live-sessions/${sessionId}/summary`)).json();
      expect(summary.endedBy).toBe('inactivity');
      expect(summary.info.endedAt).toBe(lastAt);
      expect(summary.phases[0]).toMatchObject({ status: 'done' });
      expect(summary.phases[0].actualMinutes).toBeLessThan(60);
      expect(summary.attendance).toEqual({ present: 2, inPerson: 1, online: 1 });
      const quiet = (await cast.facilitator.client.get(`/api/live-sessions/${quietId}/summary`)).json();
      expect(quiet.endedBy).toBe('inactivity');
    });

    it('lets those who came give feedback, and says a runner ended the others', async () => {
      expect((await cast.member.client.post(`/api/live-sessions/${sessionId}/feedback`, { safe: 4, helpful: 4, pacing: 4 })).statusCode).toBe(204);
      const meeting = await seriesAt(cast.facilitator.client, cast.group.id, ZONE, new Date(Date.now() + 30 * 60_000), { title: 'Ended circle' });
      const id = ((await cast.facilitator.client.post(occurrenceUrl(cast.group.id, meeting), { mode: 'online' })).json() as SessionView).info.id;
      const running = (await cast.facilitator.client.get(`/api/live-sessions/${id}/summary`)).json();
      expect(running.endedBy).toBeNull();
      expect((await cmd(cast.facilitator, id, { type: 'session.end' })).statusCode).toBe(200);
      expect((await cast.facilitator.client.get(`/api/live-sessions/${id}/summary`)).json().endedBy).toBe('runner');
    });

    it('does nothing more on the next sweep', async () => {
      expect(await endIdleSessions(t.app.ctx, new Date(Date.now() + 48 * HOUR))).toBe(0);
    });
  });
}

describe.skipIf(!DIALECTS.includes('postgres'))('two processes sweeping at once end each idle session once [postgres]', () => {
  let t: TestApp;
  let peer: Awaited<ReturnType<typeof buildPeerApp>>;
  afterAll(async () => {
    await peer.close();
    await t.close();
  });

  it('ends every idle session exactly once between them', async () => {
    t = await buildTestApp('postgres');
    peer = await buildPeerApp(t);
    const cast = await groupWithCast(t.app, { timeZone: ZONE });
    const ids: string[] = [];
    for (const minutes of [5, 15, 25, 35]) {
      const meeting = await seriesAt(cast.facilitator.client, cast.group.id, ZONE, new Date(Date.now() + minutes * 60_000), { title: `Circle ${minutes}` });
      ids.push(((await cast.facilitator.client.post(occurrenceUrl(cast.group.id, meeting), { mode: 'online' })).json() as SessionView).info.id);
    }
    const later = new Date(Date.now() + (IDLE_END_HOURS + 1) * HOUR);
    const [a, b] = await Promise.all([endIdleSessions(t.app.ctx, later), endIdleSessions(peer.app.ctx, later)]);
    expect(a + b).toBe(ids.length);
    const rows = await t.database.db.selectFrom('live_sessions').select(['status', 'seq']).where('id', 'in', ids).execute();
    // One end event each: the session's first and only event.
    expect(rows).toEqual(ids.map(() => ({ status: 'ended', seq: 1 })));
  });
});
