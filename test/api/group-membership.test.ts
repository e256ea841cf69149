import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { createGroup, groupWithCast, signedInClient } from '../helpers/factories.js';

for (const dialect of DIALECTS) {
  describe(`joining groups [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
    });
    afterAll(() => t.close());

    it('open group: joining accepts the current agreement; a stale version is refused; re-joining after leaving works', async () => {
      const { client: host } = await signedInClient(t.app);
      const group = await createGroup(host, { joinPolicy: 'open', listed: true });
      const { client } = await signedInClient(t.app);
      await host.post(`/api/groups/${group.id}/agreement`, { text: 'Version two.' });

      const stale = await client.post(`/api/groups/${group.slug}/join`, { agreementVersion: 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({ code: 'agreement_outdated', details: { version: 2 } });
      expect((await client.post(`/api/groups/${group.id}/join`, {})).json().error.details[0].field).toBe('body.agreementVersion');

      const joined = await client.post(`/api/groups/${group.slug}/join`, { agreementVersion: 2 });
      expect(joined.statusCode).toBe(200);
      expect(joined.json().myMembership).toMatchObject({ role: 'member', status: 'active', agreementVersion: 2 });
      expect((await client.post(`/api/groups/${group.id}/join`, { agreementVersion: 2 })).statusCode).toBe(200);

      expect((await client.post(`/api/groups/${group.id}/leave`)).statusCode).toBe(204);
      expect((await client.get(`/api/groups/${group.id}/members`)).statusCode).toBe(404);
      expect((await client.post(`/api/groups/${group.id}/join`, { agreementVersion: 2 })).statusCode).toBe(200);
      expect((await client.get(`/api/groups/${group.id}/members`)).statusCode).toBe(200);
    });

    it('an unlisted open group cannot be found or joined by guessing its slug', async () => {
      const { client: host } = await signedInClient(t.app);
      const group = await createGroup(host, { joinPolicy: 'open', listed: false });
      const { client } = await signedInClient(t.app);
      expect((await client.post(`/api/groups/${group.slug}/join`, { agreementVersion: 1 })).statusCode).toBe(404);
    });

    it('request group: asking creates a pending request the core team approves or declines', async () => {
      const cast = await groupWithCast(t.app, { joinPolicy: 'request', listed: true });
      const id = cast.group.id;
      const { client: asker, account } = await signedInClient(t.app, { displayName: 'Asker' });
      const tooLong = await asker.post(`/api/groups/${id}/join`, { agreementVersion: 1, message: 'x'.repeat(501) });
      expect(tooLong.json().error.details[0].field).toBe('body.message');

      const asked = await asker.post(`/api/groups/${id}/join`, { agreementVersion: 1, message: 'I would like to join on Tuesdays.' });
      expect(asked.statusCode).toBe(202);
      expect(asked.json()).toEqual({ status: 'pending', groupId: id });
      expect((await asker.get(`/api/groups/${id}/members`)).statusCode).toBe(404);
      expect((await asker.get('/api/groups')).json().groups).toEqual([]);

      const requests = (await cast.coFacilitator.client.get(`/api/groups/${id}/requests`)).json().requests;
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatchObject({ displayName: 'Asker', message: 'I would like to join on Tuesdays.' });
      expect(JSON.stringify(requests)).not.toContain(account.username);

      const declined = await cast.facilitator.client.post(`/api/groups/${id}/requests/${requests[0].membershipId}/decline`);
      expect(declined.statusCode).toBe(204);
      expect((await cast.facilitator.client.get(`/api/groups/${id}/requests`)).json().requests).toEqual([]);
      expect((await cast.facilitator.client.post(`/api/groups/${id}/requests/${requests[0].membershipId}/approve`)).statusCode).toBe(404);

      expect((await asker.post(`/api/groups/${id}/join`, { agreementVersion: 1 })).statusCode).toBe(202);
      const again = (await cast.facilitator.client.get(`/api/groups/${id}/requests`)).json().requests;
      const approved = await cast.coFacilitator.client.post(`/api/groups/${id}/requests/${again[0].membershipId}/approve`);
      expect(approved.statusCode).toBe(200);
      expect(approved.json()).toMatchObject({ displayName: 'Asker', role: 'member' });
      expect((await asker.get(`/api/groups/${id}/members`)).statusCode).toBe(200);
      expect((await asker.get(`/api/groups/${id}`)).json().myMembership).toMatchObject({ status: 'active', agreementVersion: 1 });
    });

    it('invite group: joining needs an invitation', async () => {
      const { client: host } = await signedInClient(t.app);
      const group = await createGroup(host, { joinPolicy: 'invite', listed: true });
      const { client } = await signedInClient(t.app);
      const res = await client.post(`/api/groups/${group.id}/join`, { agreementVersion: 1 });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('invitation_required');
    });

    it('a removed member loses access at once and comes back only through a fresh invitation', async () => {
      const cast = await groupWithCast(t.app, { joinPolicy: 'open', listed: true });
      const id = cast.group.id;
      expect((await cast.member.client.get(`/api/groups/${id}/members`)).statusCode).toBe(200);
      expect((await cast.coFacilitator.client.delete(`/api/groups/${id}/members/${cast.member.membershipId}`)).statusCode).toBe(204);
      expect((await cast.member.client.get(`/api/groups/${id}/members`)).statusCode).toBe(404);
      expect(Object.keys((await cast.member.client.get(`/api/groups/${id}`)).json())).not.toContain('myMembership');

      const rejoin = await cast.member.client.post(`/api/groups/${id}/join`, { agreementVersion: 1 });
      expect(rejoin.statusCode).toBe(403);
      expect(rejoin.json().error.code).toBe('invitation_required');
      const invite = (await cast.facilitator.client.post(`/api/groups/${id}/invitations`, {})).json();
      const back = await cast.member.client.post(`/api/invitations/${invite.token}/accept`, { agreementVersion: 1 });
      expect(back.statusCode).toBe(200);
      expect(back.json().myMembership).toMatchObject({ role: 'member', status: 'active' });
    });
  });

  describe(`members, roles and the last facilitator [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
    });
    afterAll(() => t.close());

    it('lists active members by display name; usernames only when shown, e-mails never', async () => {
      const cast = await groupWithCast(t.app);
      const id = cast.group.id;
      await t.database.db.updateTable('accounts').set({ email: 'private@example.org' }).execute();
      const list = async () => (await cast.member.client.get(`/api/groups/${id}/members`)).json().members;
      const members = await list();
      expect(members.map((m: { displayName: string }) => m.displayName).sort()).toEqual(
        [cast.facilitator, cast.coFacilitator, cast.member].map((p) => p.displayName).sort(),
      );
      expect(members.find((m: { displayName: string }) => m.displayName === cast.coFacilitator.displayName).role).toBe('co_facilitator');
      const text = JSON.stringify(members);
      expect(text).not.toContain('example.org');
      for (const p of [cast.facilitator, cast.coFacilitator, cast.member, cast.removed]) expect(text).not.toContain(p.account.username);
      expect(text).not.toContain(cast.removed.displayName);

      const shown = await cast.coFacilitator.client.patch(`/api/groups/${id}/membership`, { showUsername: true });
      expect(shown.json().myMembership.showUsername).toBe(true);
      const after = await list();
      expect(after.find((m: { displayName: string }) => m.displayName === cast.coFacilitator.displayName).username).toBe(cast.coFacilitator.account.username);
      expect(after.find((m: { displayName: string }) => m.displayName === cast.member.displayName)).not.toHaveProperty('username');
      expect(JSON.stringify(after)).not.toContain('example.org');
    });

    it('tells each member which row of the list is theirs', async () => {
      const cast = await groupWithCast(t.app);
      const id = cast.group.id;
      const members = (await cast.member.client.get(`/api/groups/${id}/members`)).json().members;
      for (const person of [cast.facilitator, cast.coFacilitator, cast.member]) {
        const mine = (await person.client.get(`/api/groups/${id}`)).json().myMembership.membershipId;
        expect(mine).toBe(person.membershipId);
        expect(members.find((m: { membershipId: string }) => m.membershipId === mine).displayName).toBe(person.displayName);
      }
    });

    it('keeps at least one facilitator: leaving, removal and role changes', async () => {
      const cast = await groupWithCast(t.app);
      const id = cast.group.id;
      const f = cast.facilitator.client;
      const leave = await f.post(`/api/groups/${id}/leave`);
      expect(leave.statusCode).toBe(409);
      expect(leave.json().error.code).toBe('last_facilitator');
      expect((await f.patch(`/api/groups/${id}/members/${cast.facilitator.membershipId}`, { role: 'member' })).json().error.code).toBe('last_facilitator');
      expect((await f.delete(`/api/groups/${id}/members/${cast.facilitator.membershipId}`)).json().error.code).toBe('last_facilitator');

      // A co-facilitator can neither change roles nor remove a facilitator.
      const co = cast.coFacilitator.client;
      expect((await co.patch(`/api/groups/${id}/members/${cast.member.membershipId}`, { role: 'co_facilitator' })).json().error.code).toBe('facilitator_only');
      expect((await co.delete(`/api/groups/${id}/members/${cast.facilitator.membershipId}`)).json().error.code).toBe('facilitator_only');

      // Share the role, then hand over: the first facilitator may now step back and leave.
      const shared = await f.patch(`/api/groups/${id}/members/${cast.coFacilitator.membershipId}`, { role: 'facilitator' });
      expect(shared.json()).toMatchObject({ role: 'facilitator', displayName: cast.coFacilitator.displayName });
      expect((await f.patch(`/api/groups/${id}/members/${cast.facilitator.membershipId}`, { role: 'co_facilitator' })).statusCode).toBe(200);
      expect((await f.patch(`/api/groups/${id}/members/${cast.member.membershipId}`, { role: 'member' })).json().error.code).toBe('facilitator_only');
      expect((await f.post(`/api/groups/${id}/leave`)).statusCode).toBe(204);
      expect((await co.post(`/api/groups/${id}/leave`)).json().error.code).toBe('last_facilitator');
      expect((await co.patch(`/api/groups/${id}/members/${cast.member.membershipId}`, { role: 'moderator' })).json().error.details[0].field).toBe('body.role');
    });

    it('two facilitators stepping down at once still leave one facilitator', async () => {
      const cast = await groupWithCast(t.app);
      const id = cast.group.id;
      await cast.facilitator.client.patch(`/api/groups/${id}/members/${cast.coFacilitator.membershipId}`, { role: 'facilitator' });
      const results = await Promise.all([
        cast.facilitator.client.post(`/api/groups/${id}/leave`),
        cast.coFacilitator.client.post(`/api/groups/${id}/leave`),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([204, 409]);
      const left = await t.database.db
        .selectFrom('memberships')
        .select('id')
        .where('group_id', '=', id)
        .where('role', '=', 'facilitator')
        .where('status', '=', 'active')
        .execute();
      expect(left).toHaveLength(1);
    });

    it('removes members: the core team removes a member, a facilitator removes a facilitator', async () => {
      const cast = await groupWithCast(t.app);
      const id = cast.group.id;
      expect((await cast.coFacilitator.client.delete(`/api/groups/${id}/members/${cast.member.membershipId}`)).statusCode).toBe(204);
      expect((await cast.coFacilitator.client.delete(`/api/groups/${id}/members/${cast.member.membershipId}`)).statusCode).toBe(404);
      await cast.facilitator.client.patch(`/api/groups/${id}/members/${cast.coFacilitator.membershipId}`, { role: 'facilitator' });
      expect((await cast.facilitator.client.delete(`/api/groups/${id}/members/${cast.coFacilitator.membershipId}`)).statusCode).toBe(204);
      expect((await cast.coFacilitator.client.get(`/api/groups/${id}`)).statusCode).toBe(404);
      const row = await t.database.db.selectFrom('memberships').select('status').where('id', '=', cast.member.membershipId).executeTakeFirst();
      expect(row?.status).toBe('removed');
    });
  });
}
