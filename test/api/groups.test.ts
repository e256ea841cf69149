import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { createGroup, groupWithCast, signedInClient } from '../helpers/factories.js';

function fieldsOf(res: { json(): unknown }): string[] {
  const body = res.json() as { error: { details: Array<{ field: string }> } };
  return body.error.details.map((d) => d.field).sort();
}

for (const dialect of DIALECTS) {
  describe(`groups [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
    });
    afterAll(() => t.close());

    it('creates a group: the creator is its active facilitator, having accepted the default agreement v1', async () => {
      const { client } = await signedInClient(t.app);
      const res = await client.post('/api/groups', {
        name: 'Thursday Harbour',
        description: 'A small circle.',
        timeZone: 'Europe/Madrid',
        languages: ['es', 'en'],
        joinPolicy: 'request',
        listed: true,
      });
      expect(res.statusCode).toBe(201);
      const group = res.json();
      expect(group).toMatchObject({
        slug: 'thursday-harbour',
        name: 'Thursday Harbour',
        description: 'A small circle.',
        timeZone: 'Europe/Madrid',
        languages: ['es', 'en'],
        joinPolicy: 'request',
        listed: true,
        myMembership: { role: 'facilitator', status: 'active', agreementVersion: 1, agreementRequired: false, showUsername: false },
      });
      expect(group.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(group.agreement.version).toBe(1);
      for (const idea of ['Consent', 'Respect', 'Non-coercion', 'What is said here stays here', 'One voice at a time', 'Passing is always OK']) {
        expect(group.agreement.text).toContain(idea);
      }
    });

    it('uses the agreement text the facilitator wrote', async () => {
      const { client } = await signedInClient(t.app);
      const group = await createGroup(client, { agreementText: 'We listen. We pass when we like.' });
      expect(group.agreement).toEqual({ version: 1, text: 'We listen. We pass when we like.' });
    });

    it('makes unique ASCII slugs: accents stripped, -2, -3 on collision', async () => {
      const { client } = await signedInClient(t.app);
      const slugs = [];
      for (let i = 0; i < 3; i += 1) slugs.push((await createGroup(client, { name: 'Café Río Círculo' })).slug);
      expect(slugs).toEqual(['cafe-rio-circulo', 'cafe-rio-circulo-2', 'cafe-rio-circulo-3']);
      const concurrent = await Promise.all([1, 2, 3].map(() => createGroup(client, { name: 'Same Time' })));
      expect(concurrent.map((g) => g.slug).sort()).toEqual(['same-time', 'same-time-2', 'same-time-3']);
    });

    it('rejects bad input with a 400 naming each field', async () => {
      const { client } = await signedInClient(t.app);
      const res = await client.post('/api/groups', {
        name: '',
        timeZone: 'Mars/Olympus',
        languages: ['eng'],
        joinPolicy: 'anyone',
        listed: 'yes',
      });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual(['body.joinPolicy', 'body.languages.0', 'body.listed', 'body.name', 'body.timeZone']);
      const extra = await client.post('/api/groups', { name: 'A', timeZone: 'UTC', joinPolicy: 'open', listed: true, secret: 1 });
      expect(fieldsOf(extra)).toEqual(['body.secret']);
      const long = await client.post('/api/groups', { name: 'x'.repeat(81), timeZone: 'UTC', joinPolicy: 'open', listed: true, description: 'y'.repeat(2001) });
      expect(fieldsOf(long)).toEqual(['body.description', 'body.name']);
      const repeated = await client.post('/api/groups', { name: 'A', timeZone: 'UTC', joinPolicy: 'open', listed: true, languages: ['en', 'en'] });
      expect(fieldsOf(repeated)).toEqual(['body.languages']);
      expect((await client.get('/api/groups')).json().groups).toEqual([]);
    });

    it('lists my active groups with my role, and whether I must accept a new agreement', async () => {
      const cast = await groupWithCast(t.app);
      const mine = await createGroup(cast.member.client, { name: 'Another Circle' });
      const before = (await cast.member.client.get('/api/groups')).json().groups;
      expect(before.map((g: { id: string }) => g.id).sort()).toEqual([cast.group.id, mine.id].sort());
      expect(before.find((g: { id: string }) => g.id === cast.group.id).myMembership).toMatchObject({ role: 'member', agreementRequired: false });

      await cast.facilitator.client.post(`/api/groups/${cast.group.id}/agreement`, { text: 'Version two.' });
      const after = (await cast.member.client.get('/api/groups')).json().groups;
      expect(after.find((g: { id: string }) => g.id === cast.group.id).myMembership).toMatchObject({ agreementVersion: 1, agreementRequired: true });
      expect((await cast.removed.client.get('/api/groups')).json().groups).toEqual([]);
      expect((await cast.outsider.client.get('/api/groups')).json().groups).toEqual([]);
      expect((await new TestClient(t.app).get('/api/groups')).statusCode).toBe(401);
    });

    it('finds a group by id or slug; a listed group shows only its public view to others, also signed out', async () => {
      const { client } = await signedInClient(t.app);
      const listed = await createGroup(client, { name: 'Open Door', listed: true, description: 'Everyone welcome.' });
      const unlisted = await createGroup(client, { name: 'Quiet Room', listed: false });
      expect((await client.get(`/api/groups/${listed.slug}`)).json().id).toBe(listed.id);
      expect((await client.get(`/api/groups/${listed.id.toUpperCase()}`)).json().id).toBe(listed.id);

      const { client: visitor } = await signedInClient(t.app);
      for (const who of [visitor, new TestClient(t.app)]) {
        const res = await who.get(`/api/groups/${listed.slug}`);
        expect(res.statusCode).toBe(200);
        expect(Object.keys(res.json()).sort()).toEqual(['agreement', 'description', 'id', 'joinPolicy', 'languages', 'name', 'slug', 'timeZone']);
        expect(res.json().agreement.version).toBe(1);
        expect((await who.get(`/api/groups/${listed.id}/agreement`)).json()).toMatchObject({ version: 1, acceptedVersion: null });
        expect((await who.get(`/api/groups/${unlisted.id}`)).statusCode).toBe(404);
        expect((await who.get(`/api/groups/${unlisted.slug}`)).statusCode).toBe(404);
        expect((await who.get(`/api/groups/${unlisted.id}/agreement`)).statusCode).toBe(404);
      }
      expect((await client.get('/api/groups/no-such-group')).statusCode).toBe(404);
    });

    it('lets the core team edit the group, keeping the slug and what was not sent', async () => {
      const cast = await groupWithCast(t.app, { name: 'Morning Light', languages: ['en'] });
      const res = await cast.coFacilitator.client.patch(`/api/groups/${cast.group.id}`, {
        name: 'Morning Light Circle',
        languages: ['en', 'fr'],
        timeZone: 'America/Denver',
        joinPolicy: 'invite',
        listed: true,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        slug: cast.group.slug,
        name: 'Morning Light Circle',
        description: cast.group.description,
        languages: ['en', 'fr'],
        timeZone: 'America/Denver',
        joinPolicy: 'invite',
        listed: true,
      });
      const bad = await cast.facilitator.client.patch(`/api/groups/${cast.group.id}`, { timeZone: 'Nowhere/Land', languages: ['EN'] });
      expect(fieldsOf(bad)).toEqual(['body.languages.0', 'body.timeZone']);
      expect((await cast.member.client.patch(`/api/groups/${cast.group.id}`, { name: 'Mine now' })).json().error.code).toBe('core_team_only');
      expect((await cast.member.client.get(`/api/groups/${cast.group.id}`)).json().name).toBe('Morning Light Circle');
    });
  });

  describe(`group agreement versions [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
    });
    afterAll(() => t.close());

    it('asks members to accept a new version before anything else, and lets them read it meanwhile', async () => {
      const cast = await groupWithCast(t.app);
      const id = cast.group.id;
      const published = await cast.facilitator.client.post(`/api/groups/${id}/agreement`, { text: 'Version two: we start on time.' });
      expect(published.statusCode).toBe(201);
      expect(published.json()).toEqual({ version: 2, text: 'Version two: we start on time.', acceptedVersion: 2 });
      expect((await cast.facilitator.client.get(`/api/groups/${id}/members`)).statusCode).toBe(200);

      const blocked = await cast.member.client.get(`/api/groups/${id}/members`);
      expect(blocked.statusCode).toBe(409);
      expect(blocked.json().error).toMatchObject({ code: 'agreement_required', details: { version: 2 } });
      expect((await cast.member.client.get(`/api/groups/${id}/agreement`)).json()).toEqual({
        version: 2,
        text: 'Version two: we start on time.',
        acceptedVersion: 1,
      });
      expect((await cast.member.client.get(`/api/groups/${id}`)).json().myMembership.agreementRequired).toBe(true);

      const stale = await cast.member.client.post(`/api/groups/${id}/agreement/accept`, { version: 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({ code: 'agreement_outdated', details: { version: 2 } });
      const future = await cast.member.client.post(`/api/groups/${id}/agreement/accept`, { version: 3 });
      expect(future.json().error.code).toBe('agreement_outdated');

      const ok = await cast.member.client.post(`/api/groups/${id}/agreement/accept`, { version: 2 });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().myMembership).toMatchObject({ agreementVersion: 2, agreementRequired: false });
      expect((await cast.member.client.get(`/api/groups/${id}/members`)).statusCode).toBe(200);
    });

    it('lets a member leave without accepting a new version', async () => {
      const cast = await groupWithCast(t.app);
      await cast.facilitator.client.post(`/api/groups/${cast.group.id}/agreement`, { text: 'New rules.' });
      expect((await cast.member.client.post(`/api/groups/${cast.group.id}/leave`)).statusCode).toBe(204);
    });

    it('numbers versions one after another, also when published at once', async () => {
      const cast = await groupWithCast(t.app);
      const id = cast.group.id;
      const results = await Promise.all([
        cast.facilitator.client.post(`/api/groups/${id}/agreement`, { text: 'A' }),
        cast.coFacilitator.client.post(`/api/groups/${id}/agreement`, { text: 'B' }),
      ]);
      expect(results.map((r) => r.statusCode)).toEqual([201, 201]);
      expect(results.map((r) => r.json().version).sort()).toEqual([2, 3]);
      const bad = await cast.facilitator.client.post(`/api/groups/${id}/agreement`, { text: ' ' });
      expect(fieldsOf(bad)).toEqual(['body.text']);
      const huge = await cast.facilitator.client.post(`/api/groups/${id}/agreement`, { text: 'x'.repeat(10_001) });
      expect(fieldsOf(huge)).toEqual(['body.text']);
    });
  });
}
