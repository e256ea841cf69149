import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { createGroup, signedInClient } from '../helpers/factories.js';

const DAY = 24 * 60 * 60 * 1000;

for (const dialect of DIALECTS) {
  describe(`invitations [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
    });
    afterAll(() => t.close());

    async function inviteGroup(body: Record<string, unknown> = {}) {
      const host = await signedInClient(t.app);
      const group = await createGroup(host.client, { joinPolicy: 'invite', listed: false, description: 'Invite only.', languages: ['en'] });
      const res = await host.client.post(`/api/groups/${group.id}/invitations`, body);
      expect(res.statusCode).toBe(201);
      return { host: host.client, group, invitation: res.json() };
    }

    it('creates a link: 32-byte token shown once, stored only as a hash, 14 days and unlimited by default', async () => {
      const before = Date.now();
      const { host, group, invitation } = await inviteGroup();
      expect(invitation.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(invitation.url).toBe(`${TEST_ORIGIN}/join/${invitation.token}`);
      expect(invitation).toMatchObject({ maxUses: null, uses: 0 });
      const expires = Date.parse(invitation.expiresAt);
      expect(expires).toBeGreaterThanOrEqual(before + 14 * DAY - 1000);
      expect(expires).toBeLessThanOrEqual(Date.now() + 14 * DAY);

      const stored = await t.database.db.selectFrom('invitations').selectAll().where('id', '=', invitation.id).executeTakeFirstOrThrow();
      expect(stored.token_hash).not.toContain(invitation.token);
      expect(JSON.stringify(stored)).not.toContain(invitation.token);

      const listed = (await host.get(`/api/groups/${group.id}/invitations`)).json().invitations;
      expect(listed).toEqual([{ id: invitation.id, expiresAt: invitation.expiresAt, maxUses: null, uses: 0, createdAt: expect.any(String) }]);
    });

    it('validates expiresInDays (1–90) and maxUses (1–500 or null) by field', async () => {
      const { host, group } = await inviteGroup();
      for (const body of [{ expiresInDays: 0 }, { expiresInDays: 91 }, { expiresInDays: 1.5 }, { maxUses: 0 }, { maxUses: 501 }, { token: 'x' }]) {
        const res = await host.post(`/api/groups/${group.id}/invitations`, body);
        expect(res.statusCode).toBe(400);
        expect(res.json().error.details[0].field).toBe(`body.${Object.keys(body)[0]}`);
      }
      const ok = await host.post(`/api/groups/${group.id}/invitations`, { expiresInDays: 90, maxUses: 500 });
      expect(ok.json()).toMatchObject({ maxUses: 500 });
    });

    it('shows the group and its agreement to anyone holding the link, signed out too', async () => {
      const { group, invitation } = await inviteGroup();
      const res = await new TestClient(t.app).get(`/api/invitations/${invitation.token}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        group: { id: group.id, name: group.name, slug: group.slug, description: 'Invite only.', languages: ['en'], timeZone: group.timeZone },
        agreement: group.agreement,
      });
      const unknown = await new TestClient(t.app).get('/api/invitations/not-a-real-token');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error.code).toBe('invitation_invalid');
    });

    it('joins through a link, whatever the join policy; an active member accepting again uses nothing', async () => {
      const { host, group, invitation } = await inviteGroup({ maxUses: 2 });
      const { client } = await signedInClient(t.app);
      expect((await new TestClient(t.app).post(`/api/invitations/${invitation.token}/accept`, { agreementVersion: 1 })).statusCode).toBe(401);

      await host.post(`/api/groups/${group.id}/agreement`, { text: 'Version two.' });
      const stale = await client.post(`/api/invitations/${invitation.token}/accept`, { agreementVersion: 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({ code: 'agreement_outdated', details: { version: 2 } });

      const joined = await client.post(`/api/invitations/${invitation.token}/accept`, { agreementVersion: 2 });
      expect(joined.statusCode).toBe(200);
      expect(joined.json()).toMatchObject({ id: group.id, myMembership: { role: 'member', status: 'active', agreementVersion: 2 } });
      const again = await client.post(`/api/invitations/${invitation.token}/accept`, { agreementVersion: 2 });
      expect(again.statusCode).toBe(200);
      expect((await host.get(`/api/groups/${group.id}/invitations`)).json().invitations[0].uses).toBe(1);
      expect((await client.get(`/api/groups/${group.id}/members`)).statusCode).toBe(200);
    });

    it('answers the same 404 for expired, revoked and used-up links', async () => {
      const expired = await inviteGroup();
      await t.database.db
        .updateTable('invitations')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('id', '=', expired.invitation.id)
        .execute();

      const revoked = await inviteGroup();
      expect((await revoked.host.delete(`/api/groups/${revoked.group.id}/invitations/${revoked.invitation.id}`)).statusCode).toBe(204);
      expect((await revoked.host.delete(`/api/groups/${revoked.group.id}/invitations/${revoked.invitation.id}`)).statusCode).toBe(404);
      expect((await revoked.host.get(`/api/groups/${revoked.group.id}/invitations`)).json().invitations).toEqual([]);

      const usedUp = await inviteGroup({ maxUses: 1 });
      const first = await signedInClient(t.app);
      expect((await first.client.post(`/api/invitations/${usedUp.invitation.token}/accept`, { agreementVersion: 1 })).statusCode).toBe(200);
      expect((await usedUp.host.get(`/api/groups/${usedUp.group.id}/invitations`)).json().invitations).toEqual([]);

      const { client } = await signedInClient(t.app);
      const bodies = new Set<string>();
      for (const { invitation } of [expired, revoked, usedUp]) {
        const preview = await client.get(`/api/invitations/${invitation.token}`);
        const accept = await client.post(`/api/invitations/${invitation.token}/accept`, { agreementVersion: 1 });
        expect([preview.statusCode, accept.statusCode]).toEqual([404, 404]);
        bodies.add(preview.body).add(accept.body);
      }
      expect(bodies.size).toBe(1);
      expect(JSON.parse([...bodies][0]!).error.code).toBe('invitation_invalid');
      expect((await client.get('/api/groups')).json().groups).toEqual([]);
    });

    it('gives the last use to exactly one of two people accepting at once', async () => {
      const { host, group, invitation } = await inviteGroup({ maxUses: 1 });
      const [a, b] = await Promise.all([signedInClient(t.app), signedInClient(t.app)]);
      const results = await Promise.all(
        [a, b].map((p) => p.client.post(`/api/invitations/${invitation.token}/accept`, { agreementVersion: 1 })),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 404]);
      const row = await t.database.db.selectFrom('invitations').select('uses').where('id', '=', invitation.id).executeTakeFirstOrThrow();
      expect(row.uses).toBe(1);
      expect((await host.get(`/api/groups/${group.id}/members`)).json().members).toHaveLength(2);
    });

    it('lets only the core team of that group revoke its invitations', async () => {
      const one = await inviteGroup();
      const other = await inviteGroup();
      const res = await other.host.delete(`/api/groups/${other.group.id}/invitations/${one.invitation.id}`);
      expect(res.statusCode).toBe(404);
      expect((await new TestClient(t.app).get(`/api/invitations/${one.invitation.token}`)).statusCode).toBe(200);
    });
  });
}
