import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionView } from '../../src/shared/live-session/api.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { groupWithCast, STRONG_PASSWORD } from '../helpers/factories.js';
import { occurrenceUrl, seriesAt } from '../helpers/live-session.js';

type Cast = Awaited<ReturnType<typeof groupWithCast>>;
const ZONE = 'America/Chicago';

for (const dialect of DIALECTS) {
  describe(`live sessions: a whole session over HTTP [${dialect}]`, () => {
    let t: TestApp;
    let cast: Cast;
    let first: { seriesId: string; date: string };
    let second: { seriesId: string; date: string };
    let later: { seriesId: string; date: string };
    let sessionId: string;
    const cmd = (who: Cast['member'], body: unknown) => who.client.post(`/api/live-sessions/${sessionId}/commands`, body);
    const view = async (who: Cast['member']) => (await who.client.get(`/api/live-sessions/${sessionId}`)).json() as SessionView;

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      cast = await groupWithCast(t.app, { timeZone: ZONE });
      first = await seriesAt(cast.facilitator.client, cast.group.id, ZONE, new Date(Date.now() + 10 * 60_000), { title: 'Monday circle' });
      second = await seriesAt(cast.facilitator.client, cast.group.id, ZONE, new Date(Date.now() + 20 * 60_000), { title: 'Second circle' });
      later = await seriesAt(cast.facilitator.client, cast.group.id, ZONE, new Date(Date.now() + 3 * 3_600_000), { title: 'Later' });
    });
    afterAll(() => t.close());

    it('lets only the core team start, and not too early', async () => {
      expect((await cast.member.client.post(occurrenceUrl(cast.group.id, first), { mode: 'online' })).statusCode).toBe(403);
      expect((await cast.outsider.client.post(occurrenceUrl(cast.group.id, first), { mode: 'online' })).statusCode).toBe(404);
      const early = await cast.facilitator.client.post(occurrenceUrl(cast.group.id, later), { mode: 'online' });
      expect(early.statusCode).toBe(409);
      expect(early.json().error.code).toBe('not_happening_now');
      const bad = await cast.facilitator.client.post(occurrenceUrl(cast.group.id, first), { mode: 'by_pigeon' });
      expect(bad.statusCode).toBe(400);

      const res = await cast.facilitator.client.post(occurrenceUrl(cast.group.id, first), { mode: 'in_person' });
      expect(res.statusCode).toBe(201);
      const started = res.json() as SessionView;
      sessionId = started.info.id;
      expect(started.state.phases.map((p) => p.kind)).toEqual(['opening_checkin', 'discussion', 'skill_practice', 'closing_reflection']);
      expect(started.state.facilitatorId).toBe(cast.facilitator.account.id);
      // A second Start joins the same session.
      const again = await cast.coFacilitator.client.post(occurrenceUrl(cast.group.id, first), { mode: 'online' });
      expect(again.statusCode).toBe(200);
      expect(again.json().info.id).toBe(sessionId);
    });

    it('shows the session to members, and nothing to anyone else', async () => {
      const info = await cast.member.client.get(occurrenceUrl(cast.group.id, first));
      expect(info.statusCode).toBe(200);
      expect(info.json()).toMatchObject({ id: sessionId, status: 'running', joined: false, title: 'Monday circle' });
      expect((await cast.member.client.get(`/api/live-sessions/${sessionId}`)).json().error.code).toBe('not_present');
      expect((await cast.outsider.client.get(`/api/live-sessions/${sessionId}`)).statusCode).toBe(404);
      expect((await cast.removed.client.post(`/api/live-sessions/${sessionId}/join`, { mode: 'online' })).statusCode).toBe(404);
      expect((await cast.member.client.get(occurrenceUrl(cast.group.id, second))).statusCode).toBe(404);
      const mine = (await cast.member.client.get('/api/me/live-sessions')).json();
      expect(mine.sessions.map((s: { id: string }) => s.id)).toEqual([sessionId]);
      expect((await cast.outsider.client.get('/api/me/live-sessions')).json().sessions).toEqual([]);
    });

    it('records attendance when a member joins', async () => {
      const joined = await cast.member.client.post(`/api/live-sessions/${sessionId}/join`, { mode: 'online' });
      expect(joined.statusCode).toBe(200);
      expect(joined.json().info.joined).toBe(true);
      const sheet = (await cast.facilitator.client.get(occurrenceUrl(cast.group.id, first, 'attendance'))).json();
      const marks = Object.fromEntries(sheet.entries.map((e: { displayName: string; status: string; mode: string }) => [e.displayName, [e.status, e.mode]]));
      expect(marks[cast.member.displayName]).toEqual(['present', 'online']);
      expect(marks[cast.facilitator.displayName]).toEqual(['present', 'in_person']);
      expect(marks[cast.coFacilitator.displayName]).toEqual(['present', 'online']);
    });

    it('runs the opening round: shares, a pass without comment, the runner moving on', async () => {
      const order = (await view(cast.member)).state.rounds.p1!.turns.map((turn) => turn.accountId);
      expect(order).toEqual([cast.facilitator.account.id, cast.coFacilitator.account.id, cast.member.account.id]);
      const notYours = await cmd(cast.member, { type: 'round.pass' });
      expect(notYours.statusCode).toBe(409);
      expect(notYours.json().error.code).toBe('not_your_turn');
      expect((await cmd(cast.member, { type: 'round.next', expectedAccountId: cast.facilitator.account.id })).statusCode).toBe(403);
      const share = await cmd(cast.facilitator, { type: 'round.share', mood: 4, energy: 3, craving: 1, line: 'Glad to be here' });
      expect(share.statusCode).toBe(200);
      expect((await cmd(cast.facilitator, { type: 'round.next', expectedAccountId: cast.facilitator.account.id })).statusCode).toBe(200);
      // A double tap on "Next person" is refused instead of skipping someone.
      const stale = await cmd(cast.facilitator, { type: 'round.next', expectedAccountId: cast.facilitator.account.id });
      expect(stale.json().error.code).toBe('stale');
      expect((await cmd(cast.coFacilitator, { type: 'round.pass' })).statusCode).toBe(200);
      const invalid = await cmd(cast.member, { type: 'round.share', mood: 9, energy: 3, craving: 2 });
      expect(invalid.statusCode).toBe(400);
      expect(JSON.stringify(invalid.json())).toContain('mood');
      expect((await cmd(cast.member, { type: 'round.share', mood: 2, energy: 2, craving: 6, line: 'A hard week', keepLine: true })).statusCode).toBe(200);
      const round = (await view(cast.member)).state.rounds.p1!;
      expect(round.turns.map((turn) => turn.status)).toEqual(['shared', 'passed', 'shared']);
      expect(round.turns[1]!.opening).toBeNull();
    });

    it('runs discussion, practice and closing; commitments are kept for the member only', async () => {
      expect((await cmd(cast.facilitator, { type: 'phase.next', expectedPhaseId: 'p1' })).statusCode).toBe(200);
      expect((await cmd(cast.facilitator, { type: 'topic.set', topic: 'Weekends' })).statusCode).toBe(200);
      expect((await cmd(cast.member, { type: 'hand.raise' })).statusCode).toBe(200);
      expect((await cmd(cast.member, { type: 'hand.raise' })).json().error.code).toBe('already_in_queue');
      expect((await cmd(cast.facilitator, { type: 'queue.next' })).statusCode).toBe(200);
      expect((await view(cast.member)).state.discussions.p2).toMatchObject({ topic: 'Weekends', speaker: cast.member.account.id, queue: [] });
      expect((await cmd(cast.facilitator, { type: 'phase.extend', minutes: 5 })).statusCode).toBe(200);
      expect((await cmd(cast.facilitator, { type: 'phase.next', expectedPhaseId: 'p2' })).statusCode).toBe(200);
      expect((await cmd(cast.facilitator, { type: 'practice.pick', practiceId: 'urge_surfing' })).statusCode).toBe(200);
      expect((await cmd(cast.facilitator, { type: 'practice.pick', practiceId: 'juggling' })).statusCode).toBe(400);
      expect((await cmd(cast.facilitator, { type: 'phase.next', expectedPhaseId: 'p3' })).statusCode).toBe(200);
      expect((await cmd(cast.facilitator, { type: 'round.reflect', takeaway: 'Good group', commitment: 'Walk each morning', commitmentAloud: true })).statusCode).toBe(200);
      expect((await cmd(cast.facilitator, { type: 'round.next', expectedAccountId: cast.facilitator.account.id })).statusCode).toBe(200);
      expect((await cmd(cast.coFacilitator, { type: 'round.pass' })).statusCode).toBe(200);
      expect((await cmd(cast.member, { type: 'round.reflect', commitment: 'Text my partner before the party' })).statusCode).toBe(200);
      const closing = (await view(cast.facilitator)).state.rounds.p4!.turns;
      expect(closing[0]!.closing).toEqual({ takeaway: 'Good group', commitment: 'Walk each morning', committed: true });
      expect(closing[2]!.closing).toEqual({ takeaway: null, commitment: null, committed: true });

      const mine = (await cast.member.client.get('/api/me/commitments')).json();
      expect(mine.commitments.map((c: { text: string }) => c.text)).toEqual(['Text my partner before the party']);
      expect(mine.kept).toMatchObject([{ mood: 2, energy: 2, craving: 6, note: 'A hard week' }]);
      const facilitatorKept = (await cast.facilitator.client.get('/api/me/commitments')).json().kept;
      expect(facilitatorKept).toMatchObject([{ note: null }]);
    });

    it('ends: what was said is gone, the core team gets timings and counts only', async () => {
      expect((await cmd(cast.member, { type: 'session.end' })).statusCode).toBe(403);
      expect((await cmd(cast.facilitator, { type: 'session.end' })).statusCode).toBe(200);
      expect((await cmd(cast.facilitator, { type: 'session.end' })).json().error.code).toBe('session_ended');
      const after = await view(cast.member);
      expect(after.info.status).toBe('ended');
      expect(after.state.rounds).toEqual({});
      expect(after.state.discussions).toEqual({});
      const stored = await t.database.db.selectFrom('live_session_events').selectAll().where('session_id', '=', sessionId).execute();
      expect(stored).toEqual([]);
      const row = await t.database.db.selectFrom('live_sessions').select(['state', 'summary']).where('id', '=', sessionId).executeTakeFirstOrThrow();
      for (const said of ['Glad to be here', 'A hard week', 'Weekends', 'Good group', 'Walk each morning', 'Text my partner']) {
        expect(row.state + row.summary).not.toContain(said);
      }

      expect((await cast.member.client.get(`/api/live-sessions/${sessionId}/summary`)).statusCode).toBe(403);
      const summary = (await cast.coFacilitator.client.get(`/api/live-sessions/${sessionId}/summary`)).json();
      expect(summary.attendance).toEqual({ present: 3, inPerson: 1, online: 2 });
      expect(summary.commitmentsMade).toBe(2);
      expect(summary.phases.map((p: { status: string; plannedMinutes: number }) => [p.status, p.plannedMinutes])).toEqual([
        ['done', 10], ['done', 30], ['done', 15], ['done', 10],
      ]);
      expect(JSON.stringify(summary)).not.toContain('Weekends');
      const list = (await cast.facilitator.client.get(`/api/groups/${cast.group.id}/live-sessions`)).json();
      expect(list.sessions.map((s: { id: string }) => s.id)).toEqual([sessionId]);
      expect((await cast.member.client.get(`/api/groups/${cast.group.id}/live-sessions`)).statusCode).toBe(403);
    });

    it('takes anonymous feedback once from those who came', async () => {
      const url = `/api/live-sessions/${sessionId}/feedback`;
      expect((await cast.member.client.post(url, { safe: 6, helpful: 4, pacing: 4 })).statusCode).toBe(400);
      expect((await cast.member.client.post(url, { safe: 5, helpful: 4, pacing: 3, comment: 'Thank you' })).statusCode).toBe(204);
      expect((await cast.member.client.post(url, { safe: 5, helpful: 4, pacing: 3 })).json().error.code).toBe('feedback_given');
      expect((await cast.removed.client.post(url, { safe: 5, helpful: 4, pacing: 3 })).statusCode).toBe(404);
      const summary = (await cast.facilitator.client.get(`/api/live-sessions/${sessionId}/summary`)).json();
      expect(summary.feedback).toEqual({ answers: 1, averages: null, comments: null });
      const given = await t.database.db.selectFrom('session_feedback').selectAll().execute();
      expect(Object.keys(given[0]!).sort()).toEqual(['comment', 'helpful', 'id', 'pacing', 'safe', 'session_id']);
    });

    it('brings the commitment back privately at the next session, and keeps the report', async () => {
      const started = (await cast.facilitator.client.post(occurrenceUrl(cast.group.id, second), { mode: 'in_person' })).json() as SessionView;
      sessionId = started.info.id;
      const joined = (await cast.member.client.post(`/api/live-sessions/${sessionId}/join`, { mode: 'in_person' })).json() as SessionView;
      expect(joined.me.openCommitment).toMatchObject({ text: 'Text my partner before the party', outcome: null });
      expect(started.me.openCommitment).toMatchObject({ text: 'Walk each morning' });
      expect(JSON.stringify(joined.state)).not.toContain('Text my partner');
      await cmd(cast.facilitator, { type: 'round.pass' });
      const share = await cmd(cast.member, { type: 'round.share', mood: 4, energy: 4, craving: 2, report: { outcome: 'learned', tried: 'I texted after, not before', aloud: false } });
      expect(share.statusCode).toBe(200);
      expect(JSON.stringify((await view(cast.facilitator)).state)).not.toContain('texted');
      const mine = (await cast.member.client.get('/api/me/commitments')).json();
      expect(mine.commitments[0]).toMatchObject({ outcome: 'learned', tried: 'I texted after, not before' });
      expect((await view(cast.member)).me.openCommitment).toBeNull();
    });

    it('lets a member leave and come back', async () => {
      expect((await cast.member.client.post(`/api/live-sessions/${sessionId}/leave`)).statusCode).toBe(204);
      expect((await cast.member.client.get(`/api/live-sessions/${sessionId}`)).json().error.code).toBe('not_present');
      expect((await cmd(cast.member, { type: 'hand.raise' })).json().error.code).toBe('not_present');
      expect((await cast.member.client.post(`/api/live-sessions/${sessionId}/join`, { mode: 'online' })).statusCode).toBe(200);
      expect((await cast.member.client.post(`/api/live-sessions/not-a-uuid/join`, { mode: 'online' })).statusCode).toBe(400);
    });

    it('slows down a runaway client: at most 30 of one person’s own moves a minute', async () => {
      const codes: number[] = [];
      for (let i = 0; i < 16; i += 1) {
        codes.push((await cmd(cast.coFacilitator, { type: 'hand.raise' })).statusCode, (await cmd(cast.coFacilitator, { type: 'hand.lower' })).statusCode);
      }
      expect(codes.filter((c) => c === 429).length).toBeGreaterThan(0);
      expect(codes.slice(0, 25).every((c) => c !== 429)).toBe(true);
      // The runner's own moves are not counted against the room.
      expect((await cmd(cast.facilitator, { type: 'phase.extend', minutes: 1 })).statusCode).toBe(200);
    });

    it('takes someone who deletes their account out of the running session', async () => {
      expect((await cast.coFacilitator.client.post(`/api/live-sessions/${sessionId}/join`, { mode: 'online' })).statusCode).toBe(200);
      expect((await view(cast.facilitator)).state.participants.find((p) => p.accountId === cast.coFacilitator.account.id)?.present).toBe(true);
      expect((await cast.coFacilitator.client.delete('/api/me', { password: STRONG_PASSWORD })).statusCode).toBe(204);
      const after = (await view(cast.facilitator)).state;
      expect(after.participants.find((p) => p.accountId === cast.coFacilitator.account.id)?.present).toBe(false);
    });

    it('takes someone removed from the group out of the running session: turn, hand and all', async () => {
      const before = (await view(cast.facilitator)).state;
      expect(before.participants.find((p) => p.accountId === cast.member.account.id)?.present).toBe(true);
      expect((await cast.facilitator.client.delete(`/api/groups/${cast.group.id}/members/${cast.member.membershipId}`)).statusCode).toBe(204);
      const after = (await view(cast.facilitator)).state;
      expect(after.participants.find((p) => p.accountId === cast.member.account.id)?.present).toBe(false);
      expect(after.rounds.p1!.turns.find((turn) => turn.accountId === cast.member.account.id)?.status).not.toBe('waiting');
      expect((await cmd(cast.member, { type: 'hand.raise' })).statusCode).toBe(404);
    });
  });
}
