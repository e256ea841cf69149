import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignupInput } from '../../src/shared/account.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/dialects.js';
import { groupWithCast, signedInClient } from '../helpers/factories.js';

const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { details: { field: string }[] } }).error.details.map((d) => d.field);
const PROFILE = { languages: ['en'], focus: ['alcohol'], availability: 'Weekday evenings', capacity: 2, active: true };

for (const dialect of DIALECTS) {
  describe(`mentors [${dialect}]`, () => {
    let t: TestApp;
    let cast: Awaited<ReturnType<typeof groupWithCast>>;
    beforeAll(async () => {
      t = await buildTestApp(dialect, { RUN_WORKER: 'false' });
      cast = await groupWithCast(t.app);
    });
    afterAll(() => t.close());

    /** A new active member of the cast's group. */
    async function joiner(overrides: Partial<SignupInput> = {}) {
      const person = await signedInClient(t.app, overrides);
      const res = await person.client.post(`/api/invitations/${cast.token}/accept`, { agreementVersion: cast.group.agreement.version });
      expect(res.statusCode).toBe(200);
      return person;
    }
    async function approvedMentor(profile: Record<string, unknown>, overrides: Partial<SignupInput> = {}) {
      const m = await joiner(overrides);
      expect((await m.client.put('/api/me/mentor-profile', { ...PROFILE, ...profile })).statusCode).toBe(200);
      expect((await m.client.post(`/api/groups/${cast.group.id}/mentors`)).json().status).toBe('pending');
      expect((await cast.facilitator.client.patch(`/api/groups/${cast.group.id}/mentors/${m.account.id}`, { status: 'approved' })).statusCode).toBe(200);
      return m;
    }
    const kindsOf = async (accountId: string) =>
      (await t.database.db.selectFrom('notifications').select('kind').where('account_id', '=', accountId).execute()).map((n) => n.kind);

    it('keeps my mentor profile and my offer per group', async () => {
      const { client } = cast.member;
      expect((await client.get('/api/me/mentor-profile')).json()).toEqual({ profile: null, offers: [{ groupId: cast.group.id, groupName: cast.group.name, status: 'none' }] });
      const bad = await client.put('/api/me/mentor-profile', { ...PROFILE, capacity: 11, focus: ['everything'], languages: ['english'] });
      expect(fieldsOf(bad).sort()).toEqual(['body.capacity', 'body.focus.0', 'body.languages.0']);
      const saved = await client.put('/api/me/mentor-profile', { ...PROFILE, about: 'Five years in recovery.' });
      expect(saved.json().profile).toEqual({ ...PROFILE, about: 'Five years in recovery.', mentees: 0 });
    });

    it('asks the core team to approve an offer; only the core team decides', async () => {
      const g = cast.group.id;
      const fresh = await joiner();
      expect((await fresh.client.post(`/api/groups/${g}/mentors`)).json().error.code).toBe('mentor_profile_required');
      expect((await cast.outsider.client.post(`/api/groups/${g}/mentors`)).statusCode).toBe(404);
      const offer = await cast.member.client.post(`/api/groups/${g}/mentors`);
      expect(offer.json()).toEqual({ groupId: g, groupName: cast.group.name, status: 'pending' });
      expect(await kindsOf(cast.facilitator.account.id)).toContain('mentor.approval_request');
      expect(await kindsOf(cast.coFacilitator.account.id)).toContain('mentor.approval_request');
      expect((await cast.member.client.get(`/api/groups/${g}/mentors`)).json()).toEqual([]);
      expect((await cast.coFacilitator.client.get(`/api/groups/${g}/mentors`)).json()).toEqual([expect.objectContaining({ accountId: cast.member.account.id, status: 'pending' })]);
      expect((await cast.outsider.client.get(`/api/groups/${g}/mentors`)).statusCode).toBe(404);

      const decide = (who: typeof cast.member, status: string) => who.client.patch(`/api/groups/${g}/mentors/${cast.member.account.id}`, { status });
      expect((await decide(cast.member, 'approved')).statusCode).toBe(403);
      expect((await decide(cast.outsider, 'approved')).statusCode).toBe(404);
      expect((await decide(cast.removed, 'approved')).statusCode).toBe(404);
      expect(fieldsOf(await decide(cast.coFacilitator, 'maybe'))).toEqual(['body.status']);
      expect((await decide(cast.coFacilitator, 'approved')).json()).toMatchObject({ status: 'approved', name: cast.member.displayName });
      expect(await kindsOf(cast.member.account.id)).toContain('mentor.approved');
      expect((await cast.facilitator.client.get(`/api/groups/${g}/mentors`)).json().map((m: { status: string }) => m.status)).toEqual(['approved']);
      expect((await cast.member.client.get('/api/me/mentor-profile')).json().offers[0].status).toBe('approved');
      // Offering again changes nothing.
      expect((await cast.member.client.post(`/api/groups/${g}/mentors`)).json().status).toBe('approved');
    });

    it('suggests mentors in my groups ranked by language, time zone and focus, with reasons', async () => {
      const spanishFar = await approvedMentor({ languages: ['es'], focus: [] }, { timeZone: 'America/Chicago' });
      const englishNear = await approvedMentor({ languages: ['en'], focus: ['alcohol'] }, { timeZone: 'Europe/Madrid' });
      const spanishNear = await approvedMentor({ languages: ['es', 'en'], focus: ['alcohol', 'family'] }, { timeZone: 'Europe/Madrid' });
      const resting = await approvedMentor({ languages: ['es'], active: false }, { timeZone: 'Europe/Madrid' });
      const seeker = await joiner({ locale: 'es', timeZone: 'Europe/Madrid' });
      const res = await seeker.client.get('/api/me/mentor-suggestions?focus=alcohol');
      const ids = res.json().map((s: { accountId: string }) => s.accountId);
      expect(ids.indexOf(spanishNear.account.id)).toBe(0);
      expect(ids.indexOf(spanishFar.account.id)).toBeLessThan(ids.indexOf(englishNear.account.id));
      expect(ids).not.toContain(resting.account.id);
      expect(res.json()[0]).toMatchObject({
        groupId: cast.group.id,
        reasons: [{ kind: 'language', language: 'es' }, { kind: 'time_zone', hoursApart: 0 }, { kind: 'focus', focus: 'alcohol' }],
      });
      expect((await seeker.client.get('/api/me/mentor-suggestions?focus=cooking')).statusCode).toBe(400);
      const own = (await spanishNear.client.get('/api/me/mentor-suggestions')).json().map((s: { accountId: string }) => s.accountId);
      expect(own).not.toContain(spanishNear.account.id);
      expect((await cast.outsider.client.get('/api/me/mentor-suggestions')).json()).toEqual([]);
    });

    it('asks a mentor with room; a full mentor answers 409 and leaves the suggestions', async () => {
      const mentor = await approvedMentor({ languages: ['en'], capacity: 1 });
      const first = await joiner();
      const second = await joiner();
      const ask = (who: typeof first, body: Record<string, unknown> = {}) =>
        who.client.post('/api/mentorships', { mentorAccountId: mentor.account.id, groupId: cast.group.id, message: 'Could you help me?', ...body });
      expect((await ask(first, { mentorAccountId: cast.coFacilitator.account.id })).statusCode).toBe(404);
      expect((await ask(cast.outsider as never)).statusCode).toBe(404);
      const req = await ask(first);
      expect(req.statusCode).toBe(201);
      expect(req.json()).toMatchObject({ kind: 'mentor', state: 'pending', otherRole: 'mentor', groupId: cast.group.id });
      expect(await kindsOf(mentor.account.id)).toContain('mentor.request');
      expect((await ask(first)).statusCode).toBe(409);
      const second1 = await ask(second);
      expect(second1.statusCode).toBe(201);
      const accepted = await mentor.client.post(`/api/partnerships/${req.json().id}/accept`);
      expect(accepted.json()).toMatchObject({ state: 'active', otherRole: 'mentee' });
      expect(await kindsOf(first.account.id)).toContain('mentor.accepted');
      // Full now: a new request and accepting the waiting one are both refused.
      expect((await mentor.client.post(`/api/partnerships/${second1.json().id}/accept`)).json().error.code).toBe('mentor_full');
      const third = await joiner();
      expect((await ask(third)).json().error.code).toBe('mentor_full');
      const ids = (await third.client.get('/api/me/mentor-suggestions')).json().map((s: { accountId: string }) => s.accountId);
      expect(ids).not.toContain(mentor.account.id);
      expect((await mentor.client.get('/api/me/mentor-profile')).json().profile.mentees).toBe(1);
      // The mentorship has the partner page and sharing model.
      const shared = await first.client.put(`/api/partnerships/${req.json().id}/sharing`, { scopes: ['goals'] });
      expect(shared.json().myScopes).toEqual(['goals']);
      expect((await mentor.client.get(`/api/partnerships/${req.json().id}`)).json().theirScopes).toEqual(['goals']);
    });
  });
}
