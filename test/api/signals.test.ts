import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../src/shared/recovery/local-date.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { buildMeeting, groupWithCast, signedInClient } from '../helpers/factories.js';

const ZONE = 'Europe/Lisbon';

for (const dialect of DIALECTS) {
  describe(`early-warning signs [${dialect}]`, () => {
    let t: TestApp;
    let today: string;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      today = localDate(new Date(), ZONE);
    });
    afterAll(() => t.close());

    it('says nothing to a newcomer with no data', async () => {
      const { client } = await signedInClient(t.app, { timeZone: ZONE });
      expect((await client.get('/api/me/signals')).json()).toEqual({ signals: [] });
    });

    it('finds short sleep and rising cravings in my own last two weeks, with the facts behind them', async () => {
      const { client } = await signedInClient(t.app, { timeZone: ZONE });
      for (let i = 9; i >= 0; i -= 1) {
        const res = await client.put(`/api/checkins/${addDays(today, -i)}`, {
          mood: 3, energy: 3, craving: Math.min(10, 9 - i), stress: 4, sleepHours: i < 4 ? 5 : 8, meals: true,
        });
        expect(res.statusCode).toBe(200);
      }
      const { signals } = (await client.get('/api/me/signals')).json();
      const codes = signals.map((s: { code: string }) => s.code);
      expect(codes).toEqual(expect.arrayContaining(['short_sleep', 'cravings_rising']));
      expect(signals.find((s: { code: string }) => s.code === 'short_sleep').facts.nights).toBe(4);
      for (const s of signals) expect(s.nextSteps.length).toBeGreaterThan(0);
    });

    it("is only ever about the member asking: another member's data gives them nothing", async () => {
      const { client } = await signedInClient(t.app, { timeZone: ZONE });
      await client.put(`/api/checkins/${today}`, { mood: 3, energy: 3, craving: 2, stress: 2, sleepHours: 8 });
      expect((await client.get('/api/me/signals')).json()).toEqual({ signals: [] });
      expect((await t.app.inject({ method: 'GET', url: '/api/me/signals' })).statusCode).toBe(401);
    });

    it('counts missed meetings only where the group took attendance', async () => {
      const cast = await groupWithCast(t.app, { timeZone: ZONE });
      const series = (await cast.facilitator.client.post(`/api/groups/${cast.group.id}/meetings`, buildMeeting({
        title: 'Daily circle', recurrence: { freq: 'weekly', byDay: ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] }, startDate: addDays(today, -10), startTime: '08:00',
      }))).json();
      for (const days of [2, 3, 4]) {
        const date = addDays(today, -days);
        const res = await cast.facilitator.client.put(`/api/groups/${cast.group.id}/meetings/${series.id}/occurrences/${date}/attendance`, {
          entries: [{ membershipId: cast.coFacilitator.membershipId, status: 'present' }],
        });
        expect(res.statusCode).toBe(200);
      }
      const missed = (await cast.member.client.get('/api/me/signals')).json().signals;
      expect(missed.find((s: { code: string }) => s.code === 'missed_meetings')?.facts).toMatchObject({ missed: 3, attended: 0 });
      const present = (await cast.coFacilitator.client.get('/api/me/signals')).json().signals;
      expect(present.map((s: { code: string }) => s.code)).not.toContain('missed_meetings');
    });
  });
}
