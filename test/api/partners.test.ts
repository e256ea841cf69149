import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../src/shared/recovery/local-date.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import type { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { groupWithCast, signedInClient, type CastMember } from '../helpers/factories.js';

const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { details: { field: string }[] } }).error.details.map((d) => d.field);
type Cast = Awaited<ReturnType<typeof groupWithCast>>;

for (const dialect of DIALECTS) {
  describe(`partnerships [${dialect}]`, () => {
    let t: TestApp;
    let cast: Cast;
    let a: CastMember;
    let b: CastMember;
    let c: CastMember;
    beforeAll(async () => {
      t = await buildTestApp(dialect, { RUN_WORKER: 'false' });
      cast = await groupWithCast(t.app);
      ({ member: a, coFacilitator: b, facilitator: c } = cast);
    });
    afterAll(() => t.close());

    const notificationsOf = (accountId: string) =>
      t.database.db.selectFrom('notifications').select(['kind', 'data']).where('account_id', '=', accountId).execute();
    const ask = (from: TestClient, to: string, body: Record<string, unknown> = {}) => from.post('/api/partnerships', { accountId: to, ...body });
    async function activePair(x: CastMember, y: CastMember) {
      const req = await ask(x.client, y.account.id);
      expect(req.statusCode).toBe(201);
      const accepted = await y.client.post(`/api/partnerships/${req.json().id}/accept`);
      expect(accepted.statusCode).toBe(200);
      return req.json().id as string;
    }

    it('asks, notifies the addressee, and lists the request both ways; accepting notifies the requester', async () => {
      const res = await ask(a.client, b.account.id, { message: 'Would you walk this with me?', rhythm: 'custom', rhythmDays: ['MO', 'TH'], quietStart: '22:00', quietEnd: '07:00' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ state: 'pending', kind: 'partner', myRole: 'requester', otherRole: 'partner', other: { accountId: b.account.id, name: b.displayName }, rhythmDays: ['MO', 'TH'] });
      const id = res.json().id;
      expect((await notificationsOf(b.account.id)).map((n) => [n.kind, JSON.parse(n.data)])).toContainEqual(['partner.request', { partnershipId: id, name: a.displayName }]);
      expect((await b.client.get('/api/partnerships')).json().incoming.map((p: { id: string }) => p.id)).toEqual([id]);
      expect((await a.client.get('/api/partnerships')).json().outgoing.map((p: { id: string }) => p.id)).toEqual([id]);
      expect((await ask(a.client, b.account.id)).statusCode).toBe(409);
      expect((await ask(b.client, a.account.id)).statusCode).toBe(409);
      expect((await a.client.post(`/api/partnerships/${id}/accept`)).statusCode).toBe(403);
      const accepted = await b.client.post(`/api/partnerships/${id}/accept`);
      expect(accepted.json()).toMatchObject({ state: 'active', myRole: 'addressee', checkedInToday: null, myScopes: [], theirScopes: [] });
      expect((await notificationsOf(a.account.id)).map((n) => n.kind)).toContain('partner.accepted');
      expect((await a.client.get('/api/partnerships')).json().active.map((p: { id: string }) => p.id)).toEqual([id]);
      expect((await b.client.post(`/api/partnerships/${id}/accept`)).statusCode).toBe(409);
      await a.client.post(`/api/partnerships/${id}/end`);
    });

    it('declines silently: the requester gets no notification and reads only "closed"', async () => {
      const before = (await notificationsOf(a.account.id)).length;
      const id = (await ask(a.client, c.account.id)).json().id;
      const declined = await c.client.post(`/api/partnerships/${id}/decline`);
      expect(declined.statusCode).toBe(200);
      expect((await notificationsOf(a.account.id)).length).toBe(before);
      const mine = (await a.client.get(`/api/partnerships/${id}`)).json();
      expect(mine).toMatchObject({ state: 'closed', respondedAt: null });
      expect(JSON.stringify(mine)).not.toMatch(/declin/);
      expect((await a.client.get('/api/partnerships')).json().closed.map((p: { id: string }) => p.id)).toContain(id);
    });

    it('lets the requester withdraw while pending, and only them', async () => {
      const id = (await ask(a.client, c.account.id)).json().id;
      expect((await c.client.post(`/api/partnerships/${id}/withdraw`)).statusCode).toBe(403);
      expect((await a.client.post(`/api/partnerships/${id}/withdraw`)).json().state).toBe('closed');
      expect((await c.client.post(`/api/partnerships/${id}/accept`)).statusCode).toBe(409);
    });

    it('asks only co-members in good standing: strangers, removed members, oneself and unknown ids get 404', async () => {
      for (const other of [cast.outsider.account.id, cast.removed.account.id, a.account.id, '00000000-0000-4000-8000-000000000000']) {
        expect((await ask(a.client, other)).statusCode).toBe(404);
      }
      expect((await ask(cast.outsider.client, a.account.id)).statusCode).toBe(404);
    });

    it('refuses bad input naming the field', async () => {
      const bad = await a.client.post('/api/partnerships', { accountId: 'x', rhythm: 'hourly', quietStart: '25:00' });
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad)).toEqual(expect.arrayContaining(['body.accountId', 'body.rhythm', 'body.quietStart']));
      const custom = await ask(a.client, b.account.id, { rhythm: 'custom' });
      expect(fieldsOf(custom)).toContain('body.rhythmDays');
    });

    it('gives strangers 404 on every partnership route', async () => {
      const id = await activePair(a, b);
      const stranger = cast.outsider.client;
      const routes: Array<[string, string, unknown?]> = [
        ['GET', ''], ['POST', '/accept'], ['POST', '/decline'], ['POST', '/withdraw'], ['PATCH', '', { rhythm: 'daily' }],
        ['PUT', '/sharing', { scopes: [] }], ['POST', '/end'], ['POST', '/nudges', { nudge: 'check_in' }],
        ['GET', '/messages'], ['POST', '/messages', { body: 'hi' }],
      ];
      for (const [method, path, body] of routes) {
        const res = await stranger.request(method as 'GET', `/api/partnerships/${id}${path}`, body);
        expect(res.statusCode, `${method} ${path}`).toBe(404);
      }
      expect((await c.client.get(`/api/partnerships/${id}`)).statusCode).toBe(404);
      await a.client.post(`/api/partnerships/${id}/end`);
    });

    it('changes rhythm and quiet hours while active', async () => {
      const id = await activePair(a, b);
      const res = await b.client.patch(`/api/partnerships/${id}`, { rhythm: 'weekdays', quietStart: '21:30', quietEnd: '08:00' });
      expect(res.json()).toMatchObject({ rhythm: 'weekdays', rhythmDays: [], quietStart: '21:30', quietEnd: '08:00' });
      expect(fieldsOf(await a.client.patch(`/api/partnerships/${id}`, { quietStart: '21:30' }))).toEqual(['body.quietEnd']);
      expect((await a.client.patch(`/api/partnerships/${id}`, { quietStart: null, quietEnd: null })).json()).toMatchObject({ quietStart: null, quietEnd: null });
      await a.client.post(`/api/partnerships/${id}/end`);
    });

    it('shares what each partner chooses; ending the partnership ends its grants both ways', async () => {
      const id = await activePair(a, b);
      const today = localDate(new Date(), 'America/Chicago');
      expect((await a.client.put(`/api/checkins/${today}`, { mood: 4, energy: 3, craving: 2, stress: 3 })).statusCode).toBe(200);
      const shared = await a.client.put(`/api/partnerships/${id}/sharing`, { scopes: ['checkins.summary', 'goals'] });
      expect(shared.json()).toMatchObject({ myScopes: ['checkins.summary', 'goals'], theirScopes: [] });
      const seen = (await b.client.get(`/api/partnerships/${id}`)).json();
      expect(seen).toMatchObject({ theirScopes: ['checkins.summary', 'goals'], myScopes: [], checkedInToday: true });
      expect((await a.client.get(`/api/partnerships/${id}`)).json().checkedInToday).toBeNull();
      expect((await notificationsOf(b.account.id)).map((n) => n.kind)).toContain('grant.received');
      const view = await b.client.get(`/api/members/${a.account.id}/shared`);
      expect(view.statusCode).toBe(200);
      expect(view.json()).toMatchObject({ scopes: ['checkins.summary', 'goals'], checkins: { checkedInToday: true } });
      expect(view.json().cravings).toBeUndefined();
      // Narrowing: goals no longer shared.
      expect((await a.client.put(`/api/partnerships/${id}/sharing`, { scopes: ['checkins.summary'] })).json().myScopes).toEqual(['checkins.summary']);
      await b.client.put(`/api/partnerships/${id}/sharing`, { scopes: ['cravings'] });
      expect((await a.client.get(`/api/partnerships/${id}`)).json()).toMatchObject({ theirScopes: ['cravings'], myScopes: ['checkins.summary'] });
      expect(fieldsOf(await a.client.put(`/api/partnerships/${id}/sharing`, { scopes: ['diary'] }))).toEqual(['body.scopes.0']);

      expect((await b.client.post(`/api/partnerships/${id}/end`)).json().state).toBe('ended');
      expect((await b.client.get(`/api/members/${a.account.id}/shared`)).statusCode).toBe(404);
      const after = (await b.client.get(`/api/partnerships/${id}`)).json();
      expect(after).toMatchObject({ state: 'ended', theirScopes: [], myScopes: [], checkedInToday: null });
      const running = await t.database.db.selectFrom('share_grants').select('id').where('partnership_id', '=', id).where('revoked_at', 'is', null).execute();
      expect(running).toEqual([]);
      expect((await a.client.put(`/api/partnerships/${id}/sharing`, { scopes: ['goals'] })).statusCode).toBe(409);
    });

    it('sends nudges to the partner, a few a day (then 429 with retry-after)', async () => {
      const id = await activePair(a, b);
      const first = await b.client.post(`/api/partnerships/${id}/nudges`, { nudge: 'thinking_of_you' });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ kind: 'nudge', nudge: 'thinking_of_you', body: null, mine: true });
      const notes = (await notificationsOf(a.account.id)).filter((n) => n.kind === 'partner.nudge').map((n) => JSON.parse(n.data));
      expect(notes).toContainEqual({ partnershipId: id, name: b.displayName, nudge: 'thinking_of_you' });
      expect(fieldsOf(await b.client.post(`/api/partnerships/${id}/nudges`, { nudge: 'custom' }))).toEqual(['body.text']);
      for (let i = 0; i < 4; i++) expect((await b.client.post(`/api/partnerships/${id}/nudges`, { nudge: 'custom', text: `You've got this ${i}` })).statusCode).toBe(201);
      const limited = await b.client.post(`/api/partnerships/${id}/nudges`, { nudge: 'check_in' });
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // The other partner's nudges are counted on their own.
      expect((await a.client.post(`/api/partnerships/${id}/nudges`, { nudge: 'check_in' })).statusCode).toBe(201);
      const thread = (await a.client.get(`/api/partnerships/${id}/messages`)).json();
      expect(thread).toHaveLength(6);
      expect(thread[1]).toMatchObject({ kind: 'nudge', nudge: 'custom', body: "You've got this 0", mine: false });
      await a.client.post(`/api/partnerships/${id}/end`);
    });

    it('keeps a private thread: validated, in order, for the two only; live event to the other', async () => {
      const id = await activePair(a, c);
      const events: unknown[] = [];
      const stop = t.app.ctx.hub.subscribe(c.account.id, (e) => events.push(e));
      const empty = await a.client.post(`/api/partnerships/${id}/messages`, { body: '   ' });
      expect(fieldsOf(empty)).toEqual(['body.body']);
      expect(fieldsOf(await a.client.post(`/api/partnerships/${id}/messages`, { body: 'x'.repeat(501) }))).toEqual(['body.body']);
      const sent = await a.client.post(`/api/partnerships/${id}/messages`, { body: '  Rough day, but I went to the meeting.  ' });
      expect(sent.json()).toMatchObject({ kind: 'message', body: 'Rough day, but I went to the meeting.', mine: true });
      await c.client.post(`/api/partnerships/${id}/messages`, { body: 'Proud of you.' });
      stop();
      expect(events).toContainEqual({ type: 'partner.message', partnershipId: id, messageId: sent.json().id });
      const thread = (await c.client.get(`/api/partnerships/${id}/messages`)).json();
      expect(thread.map((m: { body: string; mine: boolean }) => [m.body, m.mine])).toEqual([['Rough day, but I went to the meeting.', false], ['Proud of you.', true]]);
      const older = (await c.client.get(`/api/partnerships/${id}/messages?before=${encodeURIComponent(thread[1].createdAt)}`)).json();
      expect(older.map((m: { body: string }) => m.body)).toEqual(['Rough day, but I went to the meeting.']);
      expect((await c.client.get(`/api/partnerships/${id}/messages?before=soon`)).statusCode).toBe(400);
      const note = (await notificationsOf(c.account.id)).find((n) => n.kind === 'partner.message');
      expect(note?.data).not.toContain('Rough day');
      expect((await b.client.get(`/api/partnerships/${id}/messages`)).statusCode).toBe(404);
      await c.client.post(`/api/partnerships/${id}/end`);
      expect((await a.client.post(`/api/partnerships/${id}/messages`, { body: 'Still there?' })).statusCode).toBe(409);
      expect((await a.client.get(`/api/partnerships/${id}/messages`)).json()).toHaveLength(2);
    });

    it('needs a session', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/partnerships' });
      expect(res.statusCode).toBe(401);
      const solo = await signedInClient(t.app);
      expect((await solo.client.get('/api/partnerships')).json()).toEqual({ active: [], incoming: [], outgoing: [], closed: [] });
    });
  });
}
