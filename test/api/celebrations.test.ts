import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../src/shared/recovery/local-date.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { createGroup, groupWithCast } from '../helpers/factories.js';

const ZONE = 'America/Chicago';

for (const dialect of DIALECTS) {
  describe(`celebrations [${dialect}]`, () => {
    let t: TestApp;
    let cast: Awaited<ReturnType<typeof groupWithCast>>;
    let goalId: string;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      cast = await groupWithCast(t.app, { timeZone: ZONE });
      const today = localDate(new Date(), ZONE);
      goalId = (await cast.member.client.post('/api/goals', { kind: 'abstain', title: 'Gambling-free', startDate: addDays(today, -8) })).json().id;
    });
    afterAll(() => t.close());

    it('shares a reached milestone in my group — the milestone and my words, never the goal', async () => {
      const res = await cast.member.client.post(`/api/goals/${goalId}/celebrations`, { groupId: cast.group.id, kind: 'streak', days: 7, message: 'One week!' });
      expect(res.statusCode).toBe(201);
      const seen = (await cast.coFacilitator.client.get(`/api/groups/${cast.group.id}/celebrations`)).json().celebrations;
      expect(seen).toEqual([expect.objectContaining({ displayName: cast.member.displayName, kind: 'streak', days: 7, unit: 'day', message: 'One week!', mine: false })]);
      expect(JSON.stringify(seen)).not.toContain('Gambling');
      const again = await cast.member.client.post(`/api/goals/${goalId}/celebrations`, { groupId: cast.group.id, kind: 'streak', days: 7 });
      expect(again.statusCode).toBe(409);
    });

    it('refuses a milestone not reached yet, naming days', async () => {
      const res = await cast.member.client.post(`/api/goals/${goalId}/celebrations`, { groupId: cast.group.id, kind: 'streak', days: 30 });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].field).toBe('body.days');
    });

    it('only in my own groups, only my own goals; outsiders and removed members see nothing', async () => {
      expect((await cast.outsider.client.post(`/api/goals/${goalId}/celebrations`, { groupId: cast.group.id, kind: 'streak', days: 1 })).statusCode).toBe(404);
      const theirGoal = (await cast.outsider.client.post('/api/goals', { kind: 'abstain', title: 'x', startDate: addDays(localDate(new Date(), ZONE), -3) })).json();
      expect((await cast.outsider.client.post(`/api/goals/${theirGoal.id}/celebrations`, { groupId: cast.group.id, kind: 'streak', days: 1 })).statusCode).toBe(404);
      for (const outsider of [cast.outsider.client, cast.removed.client]) {
        expect((await outsider.get(`/api/groups/${cast.group.id}/celebrations`)).statusCode).toBe(404);
      }
    });

    it('lets me take a celebration back', async () => {
      const [mine] = (await cast.member.client.get(`/api/groups/${cast.group.id}/celebrations`)).json().celebrations;
      expect(mine.mine).toBe(true);
      expect((await cast.facilitator.client.delete(`/api/celebrations/${mine.id}`)).statusCode).toBe(404);
      expect((await cast.member.client.delete(`/api/celebrations/${mine.id}`)).statusCode).toBe(204);
      expect((await cast.member.client.get(`/api/groups/${cast.group.id}/celebrations`)).json().celebrations).toEqual([]);
    });

    it('lists my own shared celebrations, with goal and group, for every device of mine — and nobody else\'s', async () => {
      const other = await createGroup(cast.member.client, { timeZone: ZONE });
      for (const [groupId, days] of [[cast.group.id, 1], [other.id, 1], [other.id, 7]] as const) {
        expect((await cast.member.client.post(`/api/goals/${goalId}/celebrations`, { groupId, kind: 'streak', days, message: 'private words' })).statusCode).toBe(201);
      }
      const res = await cast.member.client.get('/api/me/celebrations');
      expect(res.statusCode).toBe(200);
      const mine = res.json().celebrations as { groupId: string; days: number }[];
      expect(mine).toHaveLength(3);
      expect(mine.map((c) => `${c.groupId}:${c.days}`).sort()).toEqual([`${cast.group.id}:1`, `${other.id}:1`, `${other.id}:7`].sort());
      expect(mine[0]).toEqual({ id: expect.any(String), goalId, groupId: expect.any(String), kind: 'streak', days: expect.any(Number), unit: 'day', createdAt: expect.any(String) });

      for (const someone of [cast.coFacilitator.client, cast.facilitator.client, cast.outsider.client]) {
        expect((await someone.get('/api/me/celebrations')).json().celebrations).toEqual([]);
      }
      expect((await t.app.inject({ method: 'GET', url: '/api/me/celebrations' })).statusCode).toBe(401);
    });
  });
}
