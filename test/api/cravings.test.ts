import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { signedInClient } from '../helpers/factories.js';

type Signed = Awaited<ReturnType<typeof signedInClient>>;
const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { details: { field: string }[] } }).error.details.map((d) => d.field);

for (const dialect of DIALECTS) {
  describe(`cravings [${dialect}]`, () => {
    let t: TestApp;
    let admin: Signed;
    let member: Signed;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      admin = await signedInClient(t.app);
      member = await signedInClient(t.app, { timeZone: 'Asia/Tokyo' });
    });
    afterAll(() => t.close());

    it('logs a craving with the local date and time it happened, in my time zone', async () => {
      const res = await member.client.post('/api/cravings', {
        at: '2026-11-27T14:30:00Z', intensity: 7, triggers: ['stress', 'loneliness', 'stress'], situation: 'After work',
        durationMinutes: 20, action: 'Called my partner', outcome: 'rode_it_out',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ localDate: '2026-11-27', localTime: '23:30', triggers: ['stress', 'loneliness'], outcome: 'rode_it_out' });
      const list = await member.client.get('/api/cravings?from=2026-11-27T00:00:00Z&to=2026-11-28T00:00:00Z');
      expect(list.json()).toEqual([expect.objectContaining({ intensity: 7, situation: 'After work' })]);
    });

    it('refuses the future, unknown triggers and outcomes, naming each field', async () => {
      const future = await member.client.post('/api/cravings', { at: new Date(Date.now() + 3_600_000).toISOString(), intensity: 3, triggers: [], outcome: 'used' });
      expect(future.statusCode).toBe(400);
      expect(fieldsOf(future)).toEqual(['body.at']);
      const bad = await member.client.post('/api/cravings', { at: 'yesterday', intensity: 11, triggers: ['weather'], outcome: 'failed' });
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad).sort()).toEqual(['body.at', 'body.intensity', 'body.outcome', 'body.triggers.0']);
      const range = await member.client.get('/api/cravings?from=2026-11-28T00:00:00Z&to=2026-11-27T00:00:00Z');
      expect(fieldsOf(range)).toEqual(['querystring.to']);
    });

    it('keeps the log private: others see nothing and cannot delete', async () => {
      const [entry] = (await member.client.get('/api/cravings?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z')).json();
      expect((await admin.client.get('/api/cravings?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z')).json()).toEqual([]);
      expect((await admin.client.delete(`/api/cravings/${entry.id}`)).statusCode).toBe(404);
      expect((await member.client.delete(`/api/cravings/${entry.id}`)).statusCode).toBe(204);
      expect((await member.client.delete(`/api/cravings/${entry.id}`)).statusCode).toBe(404);
      const signedOut = await t.app.inject({ method: 'POST', url: '/api/cravings', payload: { at: new Date().toISOString(), intensity: 2, triggers: [], outcome: 'rode_it_out' } });
      expect(signedOut.statusCode).toBe(401);
    });
  });
}
