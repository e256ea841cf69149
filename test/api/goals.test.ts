import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../src/shared/recovery/local-date.js';
import { goalProgressSchema } from '../../src/shared/recovery/progress-schema.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { groupWithCast, signedInClient } from '../helpers/factories.js';

type Signed = Awaited<ReturnType<typeof signedInClient>>;
const ZONE = 'America/Chicago';
const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { details: { field: string }[] } }).error.details.map((d) => d.field);

for (const dialect of DIALECTS) {
  describe(`goals [${dialect}]`, () => {
    let t: TestApp;
    let admin: Signed;
    let cast: Awaited<ReturnType<typeof groupWithCast>>;
    let today: string;
    const me = () => cast.member.client;

    beforeAll(async () => {
      t = await buildTestApp(dialect);
      admin = await signedInClient(t.app, { timeZone: ZONE }); // the first account is the instance admin
      cast = await groupWithCast(t.app, { timeZone: ZONE });
      today = localDate(new Date(), ZONE);
    });
    afterAll(() => t.close());

    async function abstainGoal(startDate: string, title = 'Alcohol-free') {
      const res = await me().post('/api/goals', { kind: 'abstain', title, startDate });
      expect(res.statusCode).toBe(201);
      return res.json() as { id: string };
    }

    it('counts a recovery clock: 59 days with one lapse 19 days ago is 18 now, 40 at best, 58 of 59', async () => {
      const goal = await abstainGoal(addDays(today, -59));
      const lapse = await me().put(`/api/goals/${goal.id}/days/${addDays(today, -19)}`, { met: false, time: '21:30' });
      expect(lapse.statusCode).toBe(200);
      expect(lapse.json()).toMatchObject({ met: false, time: '21:30', reflection: null });
      const progress = (await me().get(`/api/goals/${goal.id}/progress`)).json();
      expect(progress).toMatchObject({ currentStreak: 18, longestStreak: 40, totalDaysMet: 58, daysTracked: 59, unit: 'day', asOf: today });
      expect(progress.milestones).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'streak', days: 14 })]));
      // Sent without zod's pass on the way out: exactly the documented shape, nothing more.
      expect(goalProgressSchema.parse(progress)).toEqual(progress);
    });

    it('shows 0 for a goal started today, and a lapse today stops the current streak at once', async () => {
      const fresh = await abstainGoal(today, 'Started today');
      expect((await me().get(`/api/goals/${fresh.id}/progress`)).json()).toMatchObject({ currentStreak: 0, daysTracked: 0 });
      const goal = await abstainGoal(addDays(today, -10), 'Ten days');
      expect((await me().get(`/api/goals/${goal.id}/progress`)).json().currentStreak).toBe(10);
      await me().put(`/api/goals/${goal.id}/days/${today}`, { met: false });
      const after = (await me().get(`/api/goals/${goal.id}/progress`)).json();
      expect(after).toMatchObject({ currentStreak: 0, longestStreak: 10, totalDaysMet: 10 });
    });

    it('keeps a lapse reflection privately, and keeps it even when the record is undone', async () => {
      const goal = await abstainGoal(addDays(today, -30), 'Reflect');
      const date = addDays(today, -3);
      const early = await me().put(`/api/goals/${goal.id}/days/${date}/reflection`, { whatHappened: 'Party' });
      expect(early.statusCode).toBe(400);
      expect(fieldsOf(early)).toEqual(['params.date']);
      await me().put(`/api/goals/${goal.id}/days/${date}`, { met: false });
      const reflection = { whatHappened: 'A long week', trigger: 'Friday', whatHelped: 'Calling my partner', nextTime: 'Leave at nine' };
      const saved = await me().put(`/api/goals/${goal.id}/days/${date}/reflection`, reflection);
      expect(saved.json().reflection).toEqual(reflection);
      expect((await me().delete(`/api/goals/${goal.id}/days/${date}`)).statusCode).toBe(204);
      await me().put(`/api/goals/${goal.id}/days/${date}`, { met: false });
      const days = (await me().get(`/api/goals/${goal.id}/days?from=${addDays(today, -30)}&to=${today}`)).json();
      expect(days).toEqual([expect.objectContaining({ date, met: false, reflection })]);
    });

    it('checks kinds, targets and dates, naming the field', async () => {
      const withTarget = await me().post('/api/goals', { kind: 'abstain', title: 'x', startDate: today, target: { amount: 1, per: 'day' } });
      expect(fieldsOf(withTarget)).toEqual(['body.target']);
      const noTarget = await me().post('/api/goals', { kind: 'build', title: 'Workouts', startDate: today });
      expect(fieldsOf(noTarget)).toEqual(['body.target']);
      const future = await me().post('/api/goals', { kind: 'abstain', title: 'x', startDate: addDays(today, 1) });
      expect(fieldsOf(future)).toEqual(['body.startDate']);
      const badKind = await me().post('/api/goals', { kind: 'quit', title: '', startDate: '2026-13-01' });
      expect(fieldsOf(badKind).sort()).toEqual(['body.kind', 'body.startDate', 'body.title']);

      const goal = await abstainGoal(addDays(today, -5), 'Dates');
      expect(fieldsOf(await me().put(`/api/goals/${goal.id}/days/${addDays(today, -6)}`, { met: false }))).toEqual(['params.date']);
      expect(fieldsOf(await me().put(`/api/goals/${goal.id}/days/${addDays(today, 1)}`, { met: false }))).toEqual(['params.date']);
      expect(fieldsOf(await me().put(`/api/goals/${goal.id}/days/${today}`, { met: 'no' }))).toEqual(['body.met']);
    });

    it('derives weekly build goals from amounts', async () => {
      const res = await me().post('/api/goals', {
        kind: 'build', title: 'Workouts', startDate: addDays(today, -28), target: { amount: 3, per: 'week' }, unit: 'workouts', steps: ['Pack the bag the night before'],
      });
      expect(res.statusCode).toBe(201);
      const goal = res.json();
      expect(goal).toMatchObject({ target: { amount: 3, per: 'week' }, unit: 'workouts', steps: [{ title: 'Pack the bag the night before', done: false }] });
      expect((await me().get(`/api/goals/${goal.id}/progress`)).json().unit).toBe('week');
    });

    it('ticks off, adds and removes small steps; renames, achieves and archives goals', async () => {
      const goal = await abstainGoal(addDays(today, -2), 'Steps');
      const step = (await me().post(`/api/goals/${goal.id}/steps`, { title: 'Tell my partner' })).json();
      const ticked = await me().patch(`/api/goals/${goal.id}/steps/${step.id}`, { done: true });
      expect(ticked.json()).toMatchObject({ done: true, title: 'Tell my partner' });
      expect((await me().delete(`/api/goals/${goal.id}/steps/${step.id}`)).statusCode).toBe(204);
      expect((await me().delete(`/api/goals/${goal.id}/steps/${step.id}`)).statusCode).toBe(404);
      const achieved = await me().patch(`/api/goals/${goal.id}`, { status: 'achieved', title: 'Steps, done' });
      expect(achieved.json()).toMatchObject({ status: 'achieved', achievedOn: today, title: 'Steps, done' });
      const progress = (await me().get(`/api/goals/${goal.id}/progress`)).json();
      expect(progress.milestones).toEqual(expect.arrayContaining([{ kind: 'achieved', days: expect.any(Number), reachedOn: today }]));
    });

    it('records "substance-free today?" from the check-in, only for my own abstain goals', async () => {
      const goal = await abstainGoal(addDays(today, -20), 'From check-in');
      const checkin = { mood: 3, energy: 3, craving: 6, stress: 6, goals: [{ goalId: goal.id, met: false }] };
      expect((await me().put(`/api/checkins/${addDays(today, -1)}`, checkin)).statusCode).toBe(200);
      expect((await me().get(`/api/goals/${goal.id}/progress`)).json()).toMatchObject({ currentStreak: 0, totalDaysMet: 19 });

      const others = (await cast.coFacilitator.client.post('/api/goals', { kind: 'abstain', title: 'Mine', startDate: today })).json();
      const stolen = await me().put(`/api/checkins/${today}`, { ...checkin, goals: [{ goalId: others.id, met: true }] });
      expect(stolen.statusCode).toBe(400);
      expect(fieldsOf(stolen)).toEqual(['body.goals.0.goalId']);
      expect((await me().get(`/api/checkins/${today}`)).statusCode).toBe(404); // nothing half-saved
    });

    it('lists my goals with their figures', async () => {
      const { goals } = (await me().get('/api/goals')).json();
      expect(goals.length).toBeGreaterThanOrEqual(5);
      expect(goals.find((g: { title: string }) => g.title === 'Alcohol-free').progress.currentStreak).toBe(18);
    });

    it('answers 404 to everyone else — co-member, facilitator, admin — for every goal route', async () => {
      const goal = await abstainGoal(addDays(today, -3), 'Private');
      const step = (await me().post(`/api/goals/${goal.id}/steps`, { title: 'private step' })).json();
      for (const other of [cast.coFacilitator.client, cast.facilitator.client, admin.client]) {
        const attempts = [
          other.get(`/api/goals/${goal.id}`),
          other.get(`/api/goals/${goal.id}/progress`),
          other.get(`/api/goals/${goal.id}/days?from=${addDays(today, -3)}&to=${today}`),
          other.put(`/api/goals/${goal.id}/days/${today}`, { met: false }),
          other.put(`/api/goals/${goal.id}/days/${today}/reflection`, { whatHappened: 'x' }),
          other.patch(`/api/goals/${goal.id}`, { title: 'mine now' }),
          other.post(`/api/goals/${goal.id}/steps`, { title: 'x' }),
          other.patch(`/api/goals/${goal.id}/steps/${step.id}`, { done: true }),
          other.delete(`/api/goals/${goal.id}`),
        ];
        for (const res of await Promise.all(attempts)) expect(res.statusCode).toBe(404);
        expect((await other.get('/api/goals')).json().goals.map((g: { id: string }) => g.id)).not.toContain(goal.id);
      }
      expect((await me().get(`/api/goals/${goal.id}`)).json()).toMatchObject({ title: 'Private', steps: [{ done: false }] });
      expect((await t.app.inject({ method: 'GET', url: `/api/goals/${goal.id}` })).statusCode).toBe(401);
    });
  });
}
