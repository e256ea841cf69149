import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../src/server/realtime/hub.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import type { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { groupWithCast, signedInClient } from '../helpers/factories.js';

type Cast = Awaited<ReturnType<typeof groupWithCast>>;
const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { details: { field: string }[] } }).error.details.map((d) => d.field);
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

for (const dialect of DIALECTS) {
  describe(`grants [${dialect}]`, () => {
    let t: TestApp;
    let admin: Awaited<ReturnType<typeof signedInClient>>;
    let cast: Cast;
    let owner: Cast['member'];
    let partner: Awaited<ReturnType<typeof signedInClient>>;
    const events: LiveEvent[] = [];

    const grant = (body: Record<string, unknown>, client: TestClient = owner.client) => client.post('/api/grants', body);

    beforeAll(async () => {
      t = await buildTestApp(dialect, { RUN_WORKER: 'false' });
      admin = await signedInClient(t.app, { displayName: 'Instance Admin' });
      cast = await groupWithCast(t.app);
      owner = cast.member;
      partner = await signedInClient(t.app, { displayName: 'Partner Pat' });
      // A partnership outside any group (made by the partners feature; written directly here).
      await t.app.ctx.db.insertInto('partnerships').values({
        id: randomUUID(), kind: 'partner', group_id: null, requester_id: owner.account.id, addressee_id: partner.account.id, status: 'active',
        message: null, quiet_start: null, quiet_end: null, created_at: new Date().toISOString(), responded_at: null, ended_at: null, ended_by: null,
      }).execute();
      t.app.ctx.hub.subscribe(cast.facilitator.account.id, (e) => events.push(e));
    });
    afterAll(() => t.close());

    it('lists the people I can share with: co-members in good standing and partners, never removed members or strangers', async () => {
      const res = await owner.client.get('/api/people');
      expect(res.statusCode).toBe(200);
      const people = res.json().people as Array<{ accountId: string; name: string; groups: string[]; partner: boolean }>;
      expect(people.map((p) => p.accountId).sort()).toEqual([cast.facilitator.account.id, cast.coFacilitator.account.id, partner.account.id].sort());
      expect(people.find((p) => p.accountId === partner.account.id)).toMatchObject({ name: 'Partner Pat', partner: true, groups: [] });
      expect(people.find((p) => p.accountId === cast.facilitator.account.id)).toMatchObject({ name: cast.facilitator.displayName, groups: [cast.group.name], partner: false });
    });

    it('shares with a co-member: 201, the grantee is notified, both lists show it with names', async () => {
      const res = await grant({ granteeAccountId: cast.facilitator.account.id, scopes: ['checkins.summary', 'goals'], purpose: '  So you can check in on me  ', expiresAt: inAnHour() });
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(created).toMatchObject({ ownerId: owner.account.id, granteeName: cast.facilitator.displayName, scopes: ['checkins.summary', 'goals'], purpose: 'So you can check in on me', status: 'active', partnershipId: null });
      const notes = await t.app.ctx.db.selectFrom('notifications').selectAll().where('account_id', '=', cast.facilitator.account.id).where('kind', '=', 'grant.received').execute();
      expect(notes).toHaveLength(1);
      expect(JSON.parse(notes[0]!.data)).toEqual({ grantId: created.id, name: owner.displayName, scopes: ['checkins.summary', 'goals'] });
      const mine = (await owner.client.get('/api/grants')).json();
      expect(mine.given).toEqual([expect.objectContaining({ id: created.id, granteeName: cast.facilitator.displayName, status: 'active' })]);
      expect(mine.received).toEqual([]);
      const theirs = (await cast.facilitator.client.get('/api/grants')).json();
      expect(theirs.received).toEqual([expect.objectContaining({ id: created.id, ownerName: owner.displayName, scopes: ['checkins.summary', 'goals'] })]);
      const job = await t.app.ctx.db.selectFrom('jobs').selectAll().where('dedupe_key', '=', `grant-expired:${created.id}`).executeTakeFirst();
      expect(job).toMatchObject({ kind: 'grant.expired' });
    });

    it('shares with a partner outside my groups', async () => {
      const res = await grant({ granteeAccountId: partner.account.id, scopes: ['sos'] });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ expiresAt: null, purpose: null });
    });

    it('refuses strangers, removed members, an unknown account and myself alike, naming granteeAccountId', async () => {
      for (const id of [cast.outsider.account.id, cast.removed.account.id, admin.account.id, randomUUID(), owner.account.id]) {
        const res = await grant({ granteeAccountId: id, scopes: ['goals'] });
        expect(res.statusCode).toBe(404);
        expect(res.json().error.message).toContain('granteeAccountId');
      }
      // A stranger cannot grant to a member either.
      expect((await grant({ granteeAccountId: owner.account.id, scopes: ['goals'] }, cast.outsider.client)).statusCode).toBe(404);
    });

    it('validates scopes, expiry and purpose, naming each field, and stores nothing', async () => {
      const before = (await owner.client.get('/api/grants')).json().given.length;
      const id = cast.coFacilitator.account.id;
      const cases: Array<[Record<string, unknown>, string[]]> = [
        [{ granteeAccountId: id, scopes: [] }, ['body.scopes']],
        [{ granteeAccountId: id, scopes: ['goals', 'goals'] }, ['body.scopes']],
        [{ granteeAccountId: id, scopes: ['diary'] }, ['body.scopes.0']],
        [{ granteeAccountId: id, scopes: ['goals'], expiresAt: new Date(Date.now() - 1000).toISOString() }, ['body.expiresAt']],
        [{ granteeAccountId: id, scopes: ['goals'], expiresAt: 'next week' }, ['body.expiresAt']],
        [{ granteeAccountId: id, scopes: ['goals'], purpose: 'x'.repeat(201) }, ['body.purpose']],
        [{ granteeAccountId: 'pat', scopes: ['goals'] }, ['body.granteeAccountId']],
        [{ scopes: ['goals'], extra: 1 }, ['body.extra', 'body.granteeAccountId']],
      ];
      for (const [body, fields] of cases) {
        const res = await grant(body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(fieldsOf(res).sort()).toEqual(fields);
      }
      expect((await owner.client.get('/api/grants')).json().given.length).toBe(before);
    });

    it("stops a grant at once and tells the grantee's open views; someone else's grant is a 404", async () => {
      const created = (await grant({ granteeAccountId: cast.facilitator.account.id, scopes: ['cravings'] })).json();
      expect((await cast.facilitator.client.get(`/api/members/${owner.account.id}/shared`)).json().scopes).toEqual(['checkins.summary', 'goals', 'cravings']);
      for (const other of [cast.facilitator.client, cast.outsider.client, admin.client]) {
        expect((await other.delete(`/api/grants/${created.id}`)).statusCode).toBe(404);
      }
      expect((await owner.client.delete(`/api/grants/${randomUUID()}`)).statusCode).toBe(404);
      events.length = 0;
      expect((await owner.client.delete(`/api/grants/${created.id}`)).statusCode).toBe(204);
      expect(events).toEqual([{ type: 'grant.revoked', ownerId: owner.account.id, grantId: created.id }]);
      expect((await cast.facilitator.client.get(`/api/members/${owner.account.id}/shared`)).json().scopes).toEqual(['checkins.summary', 'goals']);
      const listed = (await owner.client.get('/api/grants')).json().given.find((g: { id: string }) => g.id === created.id);
      expect(listed).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
      expect((await owner.client.delete(`/api/grants/${created.id}`)).statusCode).toBe(204);
      expect((await owner.client.delete('/api/grants/not-an-id')).statusCode).toBe(400);
    });

    it('at its expiry a grant ends: listed as expired, nothing readable, and open views are told once', async () => {
      const created = (await grant({ granteeAccountId: cast.facilitator.account.id, scopes: ['safety_plan'], expiresAt: inAnHour() })).json();
      const past = new Date(Date.now() - 1000).toISOString();
      await t.app.ctx.db.updateTable('share_grants').set({ expires_at: past }).where('id', '=', created.id).execute();
      await t.app.ctx.db.updateTable('jobs').set({ run_at: past }).where('dedupe_key', '=', `grant-expired:${created.id}`).execute();
      events.length = 0;
      await t.app.ctx.worker.drain();
      expect(events.filter((e) => e.type === 'grant.revoked')).toContainEqual({ type: 'grant.revoked', ownerId: owner.account.id, grantId: created.id });
      const listed = (await owner.client.get('/api/grants')).json().given.find((g: { id: string }) => g.id === created.id);
      expect(listed.status).toBe('expired');
      const view = (await cast.facilitator.client.get(`/api/members/${owner.account.id}/shared`)).json();
      expect(view.scopes).not.toContain('safety_plan');
      expect(view).not.toHaveProperty('safetyPlan');
    });

    it('needs a session', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/grants' })).statusCode).toBe(401);
      expect((await t.app.inject({ method: 'GET', url: '/api/people' })).statusCode).toBe(401);
    });
  });
}
