import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordRead } from '../../src/server/features/privacy/audit.repository.js';
import { addDays, localDate } from '../../src/shared/recovery/local-date.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { signedInClient } from '../helpers/factories.js';

type Signed = Awaited<ReturnType<typeof signedInClient>>;
const ZONE = 'Europe/Madrid';

for (const dialect of DIALECTS) {
  describe(`privacy: export and access log [${dialect}]`, () => {
    let t: TestApp;
    let member: Signed;
    let other: Signed;
    let today: string;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      member = await signedInClient(t.app, { timeZone: ZONE, displayName: 'Rosa' });
      other = await signedInClient(t.app, { timeZone: ZONE });
      today = localDate(new Date(), ZONE);
      await member.client.put(`/api/checkins/${today}`, { mood: 4, energy: 4, craving: 1, stress: 2, note: '=cmd|calc', strategies: ['walk, then tea'] });
      const goal = (await member.client.post('/api/goals', { kind: 'abstain', title: 'Alcohol-free', startDate: addDays(today, -10) })).json();
      await member.client.put(`/api/goals/${goal.id}/days/${addDays(today, -2)}`, { met: false });
      await member.client.put(`/api/goals/${goal.id}/days/${addDays(today, -2)}/reflection`, { whatHappened: 'Wedding', nextTime: 'Bring a friend' });
      await member.client.post('/api/cravings', { at: new Date().toISOString(), intensity: 6, triggers: ['celebration'], outcome: 'rode_it_out' });
      await other.client.put(`/api/checkins/${today}`, { mood: 1, energy: 1, craving: 9, stress: 9, note: 'not yours' });
    });
    afterAll(() => t.close());

    it('zips all of my records as JSON and CSV, and nobody else\'s', async () => {
      const res = await member.client.get('/api/me/export.zip');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/zip');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="kindred-export-\d{4}-\d{2}-\d{2}\.zip"$/);
      expect(res.headers['cache-control']).toBe('no-store');
      const files = unzipSync(new Uint8Array(res.rawPayload));
      expect(Object.keys(files).sort()).toEqual(
        ['attendance.csv', 'checkins.csv', 'cravings.csv', 'goal-days.csv', 'goals.csv', 'kindred-export.json', 'lapse-reflections.csv'],
      );
      const json = JSON.parse(strFromU8(files['kindred-export.json']!));
      expect(json.account).toMatchObject({ displayName: 'Rosa', timeZone: ZONE });
      expect(json.account).not.toHaveProperty('password_hash');
      expect(json.checkins).toEqual([expect.objectContaining({ date: today, note: '=cmd|calc' })]);
      expect(json.goalDays).toEqual([expect.objectContaining({ date: addDays(today, -2), met: false })]);
      expect(json.lapseReflections).toEqual([expect.objectContaining({ whatHappened: 'Wedding', nextTime: 'Bring a friend' })]);
      expect(json.cravings).toEqual([expect.objectContaining({ intensity: 6, triggers: ['celebration'] })]);
      expect(JSON.stringify(json)).not.toContain('not yours');

      const checkins = strFromU8(files['checkins.csv']!);
      expect(checkins.split('\r\n')[0]).toBe('date,mood,energy,craving,stress,sleep_hours,sleep_quality,regular_meals,strategies,note');
      expect(checkins).toContain(`${today},4,4,1,2,,,,"walk, then tea",'=cmd|calc`);
      expect(strFromU8(files['goal-days.csv']!)).toContain(`Alcohol-free,${addDays(today, -2)},false`);
    });

    it('shows an empty access log while only I read my records', async () => {
      await member.client.get(`/api/checkins/${today}`);
      expect((await member.client.get('/api/me/access-log')).json()).toEqual({ events: [] });
    });

    it("names who read my records in my access log, and shows it to nobody else", async () => {
      // No grant can let anyone read yet (issue 5); the audit write is what requireRead does for one.
      await recordRead(t.app.ctx.db, { ownerId: member.account.id, actorId: other.account.id, scope: 'checkins.summary', action: 'read' });
      const { events } = (await member.client.get('/api/me/access-log')).json();
      expect(events).toEqual([{ at: expect.any(String), actorName: other.input.displayName ?? other.input.username, scope: 'checkins.summary', action: 'read' }]);
      expect((await other.client.get('/api/me/access-log')).json()).toEqual({ events: [] });
    });

    it('needs a session for both', async () => {
      for (const url of ['/api/me/export.zip', '/api/me/access-log']) {
        expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
      }
    });
  });
}
