import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkinSchema } from '../../src/shared/recovery/checkins.js';
import { addDays, localDate } from '../../src/shared/recovery/local-date.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { signedInClient } from '../helpers/factories.js';

type Signed = Awaited<ReturnType<typeof signedInClient>>;
const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { details: { field: string }[] } }).error.details.map((d) => d.field);
/** Goal answers in a fixed order (goals created in the same millisecond may come either way). */
const byGoal = <T extends { goalId: string }>(answers: T[]) => [...answers].sort((a, b) => a.goalId.localeCompare(b.goalId));
const CHECKIN = { mood: 4, energy: 3, craving: 2, stress: 5, sleepHours: 7.5, sleepQuality: 4, meals: true, note: 'Walked by the river.', strategies: ['walk', 'call Sam'] };

for (const dialect of DIALECTS) {
  describe(`check-ins [${dialect}]`, () => {
    let t: TestApp;
    let admin: Signed;
    let member: Signed;
    let today: string;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      admin = await signedInClient(t.app, { timeZone: 'Europe/Madrid' });
      member = await signedInClient(t.app, { timeZone: 'America/Chicago' });
      today = localDate(new Date(), 'America/Chicago');
    });
    afterAll(() => t.close());

    it('saves one check-in per local day, and a second save of the day updates it', async () => {
      const first = await member.client.put(`/api/checkins/${today}`, CHECKIN);
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ date: today, mood: 4, sleepHours: 7.5, meals: true, strategies: ['walk', 'call Sam'] });

      const again = await member.client.put(`/api/checkins/${today}`, { mood: 2, energy: 2, craving: 7, stress: 8, strategies: ['walk', 'WALK'] });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ date: today, mood: 2, craving: 7, note: null, sleepHours: null, meals: null, strategies: ['walk'] });
      expect(again.json().createdAt).toBe(first.json().createdAt);

      const list = await member.client.get(`/api/checkins?from=${addDays(today, -7)}&to=${today}`);
      expect(list.json()).toHaveLength(1);
      // Sent without zod's pass on the way out: exactly the documented shape, nothing more.
      expect(z.array(checkinSchema).parse(list.json())).toEqual(list.json());
      expect(checkinSchema.parse(again.json())).toEqual(again.json());
      expect((await member.client.get(`/api/checkins/${today}`)).json().mood).toBe(2);
    });

    it('back-fills up to 90 days and refuses the future or older days, naming the date', async () => {
      expect((await member.client.put(`/api/checkins/${addDays(today, -90)}`, CHECKIN)).statusCode).toBe(200);
      const tooOld = await member.client.put(`/api/checkins/${addDays(today, -91)}`, CHECKIN);
      expect(tooOld.statusCode).toBe(400);
      expect(fieldsOf(tooOld)).toEqual(['params.date']);
      const future = await member.client.put(`/api/checkins/${addDays(today, 1)}`, CHECKIN);
      expect(future.statusCode).toBe(400);
      expect(fieldsOf(future)).toEqual(['params.date']);
      expect((await member.client.get(`/api/checkins/window`)).json()).toEqual({ today, earliest: addDays(today, -90), timeZone: 'America/Chicago' });
    });

    it('rejects impossible values and dates with a 400 naming each field, keeping what was stored', async () => {
      const bad = await member.client.put(`/api/checkins/${today}`, { ...CHECKIN, mood: 6, craving: -1, sleepHours: 25, extra: 1 });
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad).sort()).toEqual(expect.arrayContaining(['body.mood', 'body.craving', 'body.sleepHours']));
      expect((await member.client.put('/api/checkins/2026-02-30', CHECKIN)).statusCode).toBe(400);
      const range = await member.client.get(`/api/checkins?from=${today}&to=${addDays(today, -1)}`);
      expect(fieldsOf(range)).toEqual(['querystring.to']);
      expect((await member.client.get(`/api/checkins/${today}`)).json().mood).toBe(2);
    });

    it('offers my recent strategies, each once, newest first', async () => {
      await member.client.put(`/api/checkins/${addDays(today, -2)}`, { ...CHECKIN, strategies: ['breathing', 'Walk'] });
      expect((await member.client.get('/api/checkins/strategies')).json().strategies).toEqual(['walk', 'breathing', 'call Sam']);
    });

    it("carries the day's substance-free answers: each abstain goal recorded that day, on PUT, GET one and the list", async () => {
      const goal = async (body: Record<string, unknown>) => (await member.client.post('/api/goals', { startDate: addDays(today, -30), ...body })).json().id as string;
      const alcohol = await goal({ kind: 'abstain', title: 'Alcohol' });
      const gambling = await goal({ kind: 'abstain', title: 'Gambling' });
      const walks = await goal({ kind: 'build', title: 'Walks', target: { amount: 3, per: 'week' } });
      const [d5, d4, d3] = [addDays(today, -5), addDays(today, -4), addDays(today, -3)];

      const put = await member.client.put(`/api/checkins/${d5}`, { ...CHECKIN, goals: [{ goalId: alcohol, met: true }, { goalId: gambling, met: false }] });
      expect(put.statusCode).toBe(200);
      expect(byGoal(put.json().goals)).toEqual(byGoal([{ goalId: alcohol, met: true }, { goalId: gambling, met: false }]));

      // Recorded on the goal page, not from the check-in: the check-in shows it all the same.
      await member.client.put(`/api/checkins/${d4}`, CHECKIN);
      await member.client.put(`/api/goals/${gambling}/days/${d4}`, { met: false });
      await member.client.put(`/api/goals/${walks}/days/${d4}`, { met: true, amount: 1 });
      expect((await member.client.get(`/api/checkins/${d4}`)).json().goals).toEqual([{ goalId: gambling, met: false }]);

      // A day's record without a check-in adds no check-in; a check-in without records answers nothing.
      await member.client.put(`/api/goals/${alcohol}/days/${d3}`, { met: false });
      const list = (await member.client.get(`/api/checkins?from=${d5}&to=${addDays(today, -2)}`)).json() as { date: string; goals: { goalId: string }[] }[];
      expect(list.map((c) => [c.date, byGoal(c.goals)])).toEqual([
        [d5, byGoal([{ goalId: alcohol, met: true }, { goalId: gambling, met: false }])],
        [d4, [{ goalId: gambling, met: false }]],
        [addDays(today, -2), []],
      ]);

      // Undoing a record on the goal page takes it off the check-in.
      await member.client.delete(`/api/goals/${gambling}/days/${d4}`);
      expect((await member.client.get(`/api/checkins/${d4}`)).json().goals).toEqual([]);
    });

    it('never shows a check-in to anyone else, admin included', async () => {
      expect((await admin.client.get(`/api/checkins?from=${addDays(today, -7)}&to=${today}`)).json()).toEqual([]);
      expect((await admin.client.get(`/api/checkins/${today}`)).statusCode).toBe(404);
      expect((await admin.client.get('/api/checkins/strategies')).json().strategies).toEqual([]);
      expect((await admin.client.delete(`/api/checkins/${today}`)).statusCode).toBe(404);
      expect((await member.client.get(`/api/checkins/${today}`)).statusCode).toBe(200);
    });

    it('deletes a check-in', async () => {
      expect((await member.client.delete(`/api/checkins/${addDays(today, -90)}`)).statusCode).toBe(204);
      expect((await member.client.get(`/api/checkins/${addDays(today, -90)}`)).statusCode).toBe(404);
    });

    it('needs a session', async () => {
      const res = await t.app.inject({ method: 'GET', url: `/api/checkins/${today}` });
      expect(res.statusCode).toBe(401);
    });

    it('dates each member by their own time zone: Auckland and Los Angeles at the same instant', async () => {
      const auckland = await signedInClient(t.app, { timeZone: 'Pacific/Auckland' });
      const angeles = await signedInClient(t.app, { timeZone: 'America/Los_Angeles' });
      const now = new Date();
      const [a, l] = await Promise.all([auckland.client.get('/api/checkins/window'), angeles.client.get('/api/checkins/window')]);
      const aToday = a.json().today as string;
      const lToday = l.json().today as string;
      expect(aToday).toBe(localDate(now, 'Pacific/Auckland'));
      expect(lToday).toBe(localDate(now, 'America/Los_Angeles'));
      // Auckland is 19 to 21 hours ahead: its date is Los Angeles' date or the day after.
      expect([lToday, addDays(lToday, 1)]).toContain(aToday);
      expect((await auckland.client.put(`/api/checkins/${aToday}`, CHECKIN)).statusCode).toBe(200);
      const laTry = await angeles.client.put(`/api/checkins/${aToday}`, CHECKIN);
      expect(laTry.statusCode).toBe(aToday > lToday ? 400 : 200);
    });
  });
}
