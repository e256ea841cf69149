import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertGrant } from '../../src/server/features/grants/grants.repository.js';
import { insertPlanVersion } from '../../src/server/features/safety/safety-plan.repository.js';
import { addDays } from '../../src/shared/recovery/local-date.js';
import { emptyPlan } from '../../src/shared/safety-plan.js';
import { SCOPES, type Scope } from '../../src/shared/sharing.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import type { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { groupWithCast, signedInClient, type CastMember } from '../helpers/factories.js';

/** The section of the shared view each scope opens; every other section stays absent. */
const SECTION: Record<Scope, string> = {
  'checkins.summary': 'checkins', 'checkins.notes': 'notes', goals: 'goals', cravings: 'cravings', safety_plan: 'safetyPlan', sos: 'sos',
};
const SECTIONS = Object.values(SECTION);
const NOTE = 'Hard morning, talked to my sister';
const SITUATION = 'Walking past the old bar';

type Cast = Awaited<ReturnType<typeof groupWithCast>>;

async function joinCast(cast: Cast, person: { client: TestClient }) {
  const res = await person.client.post(`/api/invitations/${cast.token}/accept`, { agreementVersion: cast.group.agreement.version });
  if (res.statusCode !== 200) throw new Error(`join failed: ${res.body}`);
}

for (const dialect of DIALECTS) {
  describe(`shared view [${dialect}]`, () => {
    let t: TestApp;
    let admin: Awaited<ReturnType<typeof signedInClient>>;
    let cast: Cast;
    let owner: CastMember;
    let viewer: { client: TestClient; account: { id: string }; name: string };
    let third: { client: TestClient; account: { id: string } };
    let today: string;

    const shared = (client: TestClient, id = owner.account.id) => client.get(`/api/members/${id}/shared`);
    const grant = (scopes: Scope[], grantee = viewer.account.id) => owner.client.post('/api/grants', { granteeAccountId: grantee, scopes });
    const log = async () => ((await owner.client.get('/api/me/access-log')).json() as { events: Array<{ actorName: string; scope: string }> }).events;

    beforeAll(async () => {
      t = await buildTestApp(dialect, { RUN_WORKER: 'false' });
      admin = await signedInClient(t.app, { displayName: 'Instance Admin' });
      cast = await groupWithCast(t.app);
      owner = cast.member;
      const v = await signedInClient(t.app, { displayName: 'Viewer Vee' });
      viewer = { ...v, name: 'Viewer Vee' };
      third = await signedInClient(t.app, { displayName: 'Third Tam' });
      await joinCast(cast, viewer);
      await joinCast(cast, third);
      await joinCast(cast, admin);

      today = ((await owner.client.get('/api/checkins/window')).json() as { today: string }).today;
      const checkin = { mood: 4, energy: 3, craving: 2, stress: 5, sleepHours: 7, sleepQuality: 4, note: NOTE };
      expect((await owner.client.put(`/api/checkins/${today}`, checkin)).statusCode).toBe(200);
      // Outside the 14 shared days: never shown.
      expect((await owner.client.put(`/api/checkins/${addDays(today, -20)}`, { ...checkin, note: 'Long ago' })).statusCode).toBe(200);
      expect((await owner.client.post('/api/goals', { kind: 'abstain', title: 'Alcohol-free days', startDate: addDays(today, -10) })).statusCode).toBe(201);
      const craving = { at: new Date(Date.now() - 3_600_000).toISOString(), intensity: 6, triggers: ['stress'], situation: SITUATION, action: 'Called a friend', outcome: 'rode_it_out' };
      expect((await owner.client.post('/api/cravings', craving)).statusCode).toBe(201);
      await insertPlanVersion(t.app.ctx.db, owner.account.id, 1, { ...emptyPlan(), reasons: ['My kids'], warningSigns: ['Skipping meals'] }, new Date().toISOString());
      // Third shares everything with the viewer, so we can check one grant never opens another member.
      await third.client.post('/api/grants', { granteeAccountId: viewer.account.id, scopes: [...SCOPES] });
    });
    afterAll(() => t.close());

    for (const scope of SCOPES) {
      it(`with only ${scope} the viewer sees that section and no other, and the read is logged`, async () => {
        const created = await grant([scope]);
        expect(created.statusCode).toBe(201);
        const before = (await log()).length;
        const res = await shared(viewer.client);
        expect(res.statusCode).toBe(200);
        const body = res.json() as Record<string, unknown>;
        expect(body).toMatchObject({ accountId: owner.account.id, name: owner.displayName, today, scopes: [scope] });
        expect(SECTIONS.filter((s) => s in body)).toEqual([SECTION[scope]]);
        if (scope !== 'checkins.notes') expect(res.body).not.toContain(NOTE);
        expect(res.body).not.toContain(SITUATION);
        const events = await log();
        expect(events.length).toBe(before + 1);
        expect(events[0]).toMatchObject({ actorName: 'Viewer Vee', scope });
        expect((await owner.client.delete(`/api/grants/${created.json().id}`)).statusCode).toBe(204);
      });
    }

    it('shows each section as granted: scales without notes, notes, goals with streaks, cravings without their words, the plan, SOS', async () => {
      const created = await grant([...SCOPES]);
      const body = (await shared(viewer.client)).json();
      expect(body.checkins).toEqual({ checkedInToday: true, days: [{ date: today, mood: 4, energy: 3, craving: 2, stress: 5, sleepHours: 7, sleepQuality: 4 }] });
      expect(body.notes).toEqual([{ date: today, note: NOTE }]);
      expect(body.goals).toEqual([expect.objectContaining({ title: 'Alcohol-free days', kind: 'abstain', currentStreak: expect.any(Number), longestStreak: expect.any(Number) })]);
      expect(body.cravings).toEqual([expect.objectContaining({ intensity: 6, triggers: ['stress'], outcome: 'rode_it_out' })]);
      expect(body.cravings[0]).not.toHaveProperty('situation');
      expect(body.cravings[0]).not.toHaveProperty('action');
      expect(body.safetyPlan).toMatchObject({ version: 1, plan: { reasons: ['My kids'], warningSigns: ['Skipping meals'] } });
      expect(body.sos).toEqual({ receivesSos: true });
      await owner.client.delete(`/api/grants/${created.json().id}`);
    });

    it('revoking hides everything at once', async () => {
      const created = await grant(['goals']);
      expect((await shared(viewer.client)).statusCode).toBe(200);
      await owner.client.delete(`/api/grants/${created.json().id}`);
      expect((await shared(viewer.client)).statusCode).toBe(404);
    });

    it('an expired grant shows nothing and leaves no access event', async () => {
      await insertGrant(t.app.ctx.db, { ownerId: owner.account.id, granteeId: viewer.account.id, scopes: ['goals'], expiresAt: new Date(Date.now() - 60_000).toISOString() });
      const before = (await log()).length;
      expect((await shared(viewer.client)).statusCode).toBe(404);
      expect((await log()).length).toBe(before);
    });

    it('nobody without a grant sees anything: co-member, facilitator, co-facilitator, instance admin, removed, outsider', async () => {
      const before = (await log()).length;
      for (const client of [third.client, cast.facilitator.client, cast.coFacilitator.client, admin.client, cast.removed.client, cast.outsider.client]) {
        expect((await shared(client)).statusCode).toBe(404);
      }
      expect(admin.account.role).toBe('admin');
      expect((await log()).length).toBe(before);
    });

    it("a grant from another member does not open the owner's view, nor the other way round", async () => {
      expect((await shared(viewer.client, third.account.id)).statusCode).toBe(200);
      expect((await shared(viewer.client)).statusCode).toBe(404);
      expect((await shared(owner.client, third.account.id)).statusCode).toBe(404);
    });

    it('my own id, an unknown id and a malformed id', async () => {
      expect((await shared(owner.client)).statusCode).toBe(404);
      expect((await shared(viewer.client, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
      const bad = await shared(viewer.client, 'nobody');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(['params.accountId']);
      expect((await t.app.inject({ method: 'GET', url: `/api/members/${owner.account.id}/shared` })).statusCode).toBe(401);
    });
  });
}
