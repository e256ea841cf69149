import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safetyPlanSchema } from '../../src/shared/safety-plan.js';
import { insertGrant } from '../../src/server/features/grants/grants.repository.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { groupWithCast, signedInClient } from '../helpers/factories.js';

const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { details: { field: string }[] } }).error.details.map((d) => d.field);

const plan = (overrides: Record<string, unknown> = {}) => ({
  warningSigns: ['Skipping meals', 'Not answering my phone'],
  copingStrategies: ['Going for a walk'],
  distractions: ['Going to a meeting'],
  helpContacts: [{ name: 'Alex', phone: '+1 (555) 010-2030' }, { name: 'Sam', phone: '', note: 'evenings' }],
  professionals: [{ name: 'Dr. Rivera', phone: '555-0100' }],
  saferSurroundings: ['No alcohol at home'],
  reasons: ['My daughter'],
  ...overrides,
});

for (const dialect of DIALECTS) {
  describe(`safety plan [${dialect}]`, () => {
    let t: TestApp;
    let cast: Awaited<ReturnType<typeof groupWithCast>>;
    let admin: Awaited<ReturnType<typeof signedInClient>>;
    beforeAll(async () => {
      t = await buildTestApp(dialect, { RUN_WORKER: 'false' });
      admin = await signedInClient(t.app);
      cast = await groupWithCast(t.app);
    });
    afterAll(() => t.close());

    it('starts empty at version 0, then saves versions and keeps every one', async () => {
      const { client } = cast.member;
      const empty = await client.get('/api/safety-plan');
      expect(empty.statusCode).toBe(200);
      expect(empty.json()).toEqual({ version: 0, updatedAt: null, plan: { warningSigns: [], copingStrategies: [], distractions: [], helpContacts: [], professionals: [], saferSurroundings: [], reasons: [] } });

      const first = await client.put('/api/safety-plan', plan());
      expect(first.statusCode).toBe(200);
      const saved = safetyPlanSchema.parse(first.json());
      expect(saved.version).toBe(1);
      // A cleared phone is dropped rather than stored as an empty string.
      expect(saved.plan.helpContacts).toEqual([{ name: 'Alex', phone: '+1 (555) 010-2030' }, { name: 'Sam', note: 'evenings' }]);

      const again = await client.put('/api/safety-plan', plan());
      expect(again.json()).toMatchObject({ version: 1 });

      const second = await client.put('/api/safety-plan', plan({ reasons: ['My daughter', 'My health'] }));
      expect(second.json()).toMatchObject({ version: 2, plan: { reasons: ['My daughter', 'My health'] } });
      expect((await client.get('/api/safety-plan')).json()).toMatchObject({ version: 2 });

      const versions = (await client.get('/api/safety-plan/versions')).json() as Array<{ version: number; createdAt: string }>;
      expect(versions.map((v) => v.version)).toEqual([2, 1]);
      const v1 = await client.get('/api/safety-plan/versions/1');
      expect(v1.json()).toMatchObject({ version: 1, plan: { reasons: ['My daughter'] } });
      expect((await client.get('/api/safety-plan/versions/3')).statusCode).toBe(404);
      expect(fieldsOf(await client.get('/api/safety-plan/versions/zero'))).toEqual(['params.n']);
    });

    it('refuses bad input naming the field and stores nothing', async () => {
      const { client } = cast.coFacilitator;
      const badPhone = await client.put('/api/safety-plan', plan({ helpContacts: [{ name: 'Alex', phone: 'call me' }] }));
      expect(badPhone.statusCode).toBe(400);
      expect(fieldsOf(badPhone)).toEqual(['body.helpContacts.0.phone']);
      const many = await client.put('/api/safety-plan', plan({ reasons: Array.from({ length: 21 }, (_, i) => `reason ${i}`), warningSigns: ['x'.repeat(201)] }));
      expect(fieldsOf(many).sort()).toEqual(['body.reasons', 'body.warningSigns.0']);
      const missing = await client.put('/api/safety-plan', { warningSigns: [] });
      expect(missing.statusCode).toBe(400);
      expect(fieldsOf(missing)).toContain('body.copingStrategies');
      const noName = await client.put('/api/safety-plan', plan({ professionals: [{ phone: '555' }] }));
      expect(fieldsOf(noName)).toEqual(['body.professionals.0.name']);
      expect((await client.get('/api/safety-plan')).json()).toMatchObject({ version: 0 });
    });

    it("is the owner's only: co-members, facilitators, admins and strangers see their own, never someone else's", async () => {
      const others = [cast.facilitator, cast.coFacilitator, cast.outsider];
      for (const other of others) {
        const res = await other.client.get('/api/safety-plan');
        expect(res.json()).toMatchObject({ version: 0 });
        expect((await other.client.get('/api/safety-plan/versions')).json()).toEqual([]);
        expect((await other.client.get('/api/safety-plan/versions/1')).statusCode).toBe(404);
      }
      // Even with a grant of the plan, these routes stay "mine": a grantee reads it through the shared view.
      await insertGrant(t.app.ctx.db, { ownerId: cast.member.account.id, granteeId: cast.outsider.account.id, scopes: ['safety_plan'] });
      expect((await cast.outsider.client.get('/api/safety-plan/versions/1')).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: '/api/safety-plan' })).statusCode).toBe(401);
      expect((await t.app.inject({ method: 'PUT', url: '/api/safety-plan', payload: plan() })).statusCode).toBe(401);
    });

    it('an admin of the instance has no way in either', async () => {
      expect(admin.account.role).toBe('admin');
      const member = await signedInClient(t.app);
      expect((await member.client.put('/api/safety-plan', plan())).statusCode).toBe(200);
      expect((await admin.client.get('/api/safety-plan')).json()).toMatchObject({ version: 0 });
      expect((await admin.client.get('/api/safety-plan/versions')).json()).toEqual([]);
      expect((await admin.client.get('/api/safety-plan/versions/1')).statusCode).toBe(404);
    });
  });
}
