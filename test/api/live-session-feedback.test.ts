import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionView } from '../../src/shared/live-session/api.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import type { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { groupWithCast, signedInClient } from '../helpers/factories.js';
import { occurrenceUrl, seriesAt } from '../helpers/live-session.js';

const ZONE = 'Europe/Madrid';

for (const dialect of DIALECTS) {
  describe(`live sessions: anonymous feedback in aggregate only [${dialect}]`, () => {
    let t: TestApp;
    let cast: Awaited<ReturnType<typeof groupWithCast>>;
    let people: TestClient[];
    let sessionId: string;
    const summary = async () => (await cast.facilitator.client.get(`/api/live-sessions/${sessionId}/summary`)).json();
    const answer = (client: TestClient, safe: number, comment?: string) =>
      client.post(`/api/live-sessions/${sessionId}/feedback`, { safe, helpful: 4, pacing: 3, ...(comment && { comment }) });

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      cast = await groupWithCast(t.app, { timeZone: ZONE });
      const extra = await Promise.all([1, 2, 3, 4].map(() => signedInClient(t.app)));
      for (const { client } of extra) {
        const res = await client.post(`/api/invitations/${cast.token}/accept`, { agreementVersion: cast.group.agreement.version });
        if (res.statusCode !== 200) throw new Error(res.body);
      }
      people = [cast.member.client, ...extra.map((e) => e.client)];
      const occurrence = await seriesAt(cast.facilitator.client, cast.group.id, ZONE, new Date(Date.now() + 5 * 60_000));
      sessionId = ((await cast.facilitator.client.post(occurrenceUrl(cast.group.id, occurrence), { mode: 'in_person' })).json() as SessionView).info.id;
      for (const client of people) expect((await client.post(`/api/live-sessions/${sessionId}/join`, { mode: 'online' })).statusCode).toBe(200);
    });
    afterAll(() => t.close());

    it('opens only when the session has ended', async () => {
      const early = await answer(people[0]!, 5);
      expect(early.statusCode).toBe(409);
      expect(early.json().error.code).toBe('feedback_closed');
      expect((await cast.facilitator.client.post(`/api/live-sessions/${sessionId}/commands`, { type: 'session.end' })).statusCode).toBe(200);
      const mine = (await people[0]!.get('/api/me/live-sessions')).json();
      expect(mine.sessions).toMatchObject([{ id: sessionId, status: 'ended', canGiveFeedback: true }]);
    });

    it('shows nothing but a count below five answers, then averages and the comments in no particular order', async () => {
      const safety = [5, 4, 3, 5];
      for (const [i, safe] of safety.entries()) expect((await answer(people[i]!, safe, i === 1 ? 'Zebra calm' : i === 3 ? 'Ample time' : undefined)).statusCode).toBe(204);
      expect((await summary()).feedback).toEqual({ answers: 4, averages: null, comments: null });
      expect((await people[0]!.get('/api/me/live-sessions')).json().sessions).toEqual([]);

      expect((await answer(people[4]!, 2, 'Middle')).statusCode).toBe(204);
      expect((await summary()).feedback).toEqual({
        answers: 5,
        averages: { safe: 3.8, helpful: 4, pacing: 3 },
        comments: ['Ample time', 'Middle', 'Zebra calm'],
      });
    });

    it('is only for people who took part', async () => {
      expect((await answer(cast.coFacilitator.client, 5)).json().error.code).toBe('not_participant');
      expect((await answer(cast.outsider.client, 5)).statusCode).toBe(404);
    });
  });
}
