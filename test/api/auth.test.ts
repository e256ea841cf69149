import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { buildSignup, signedInClient, STRONG_PASSWORD } from '../helpers/factories.js';

for (const dialect of DIALECTS) {
  describe(`auth [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
    });
    afterAll(() => t.close());

    it('signs up, sets a session cookie and makes the first account the admin', async () => {
      const client = new TestClient(t.app);
      const input = buildSignup({ displayName: 'Sam R.', email: 'sam@example.org', locale: 'es', country: 'ES', timeZone: 'Europe/Madrid' });
      const res = await client.post('/api/auth/signup', input);
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        username: input.username,
        displayName: 'Sam R.',
        email: 'sam@example.org',
        timeZone: 'Europe/Madrid',
        locale: 'es',
        country: 'ES',
        role: 'admin',
      });
      expect(res.json()).not.toHaveProperty('passwordHash');
      const cookie = res.cookies.find((c) => c.name === 'kindred_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie?.secure).toBeFalsy();

      const me = await client.get('/api/me');
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ id: res.json().id, username: input.username, role: 'admin' });
    });

    it('gives later accounts no instance role and sensible defaults', async () => {
      const client = new TestClient(t.app);
      const res = await client.post('/api/auth/signup', { username: 'river_2', password: STRONG_PASSWORD });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ role: null, displayName: 'river_2', timeZone: 'UTC', locale: 'en', country: null, email: null });
    });

    it('refuses a taken username whatever its case', async () => {
      const { input } = await signedInClient(t.app);
      const res = await new TestClient(t.app).post('/api/auth/signup', buildSignup({ username: input.username.toUpperCase() }));
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('username_taken');
    });

    it('refuses common passwords and passwords containing the username', async () => {
      const client = new TestClient(t.app);
      for (const password of ['password123', 'iloveyou', 'sunshine1']) {
        const res = await client.post('/api/auth/signup', buildSignup({ password }));
        expect(res.statusCode, password).toBe(400);
        expect(res.json().error.code).toBe('weak_password');
        expect(res.json().error.details[0].field).toBe('body.password');
      }
      const own = await client.post('/api/auth/signup', buildSignup({ username: 'tidepool', password: 'tidepool-and-more' }));
      expect(own.json().error.code).toBe('weak_password');
    });

    it('logs in and out; a logged-out session no longer works', async () => {
      const { input } = await signedInClient(t.app);
      const client = new TestClient(t.app);
      const login = await client.post('/api/auth/login', { username: input.username, password: input.password });
      expect(login.statusCode).toBe(200);
      expect(login.json().username).toBe(input.username);
      const stolen = client.cookie;

      expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
      expect(client.cookie).toBeUndefined();
      expect((await client.get('/api/me')).statusCode).toBe(401);
      expect((await client.get('/api/me', { cookie: stolen })).statusCode).toBe(401);
    });

    it('logs in with the username in any case', async () => {
      const { input } = await signedInClient(t.app);
      const res = await new TestClient(t.app).post('/api/auth/login', { username: input.username.toUpperCase(), password: input.password });
      expect(res.statusCode).toBe(200);
    });

    it('answers wrong password and unknown username identically', async () => {
      const { input } = await signedInClient(t.app);
      const wrong = await new TestClient(t.app).post('/api/auth/login', { username: input.username, password: 'not the password' });
      const unknown = await new TestClient(t.app).post('/api/auth/login', { username: 'nobody_here', password: 'not the password' });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
      expect(wrong.json().error.code).toBe('invalid_credentials');
      expect(wrong.cookies).toHaveLength(0);
    });

    it('is 401 for /api/me when signed out or with a made-up cookie', async () => {
      const client = new TestClient(t.app);
      const res = await client.get('/api/me');
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
      expect((await client.get('/api/me', { cookie: 'kindred_session=forged' })).statusCode).toBe(401);
    });

    it('lists my sessions and revokes another one immediately', async () => {
      const { client: laptop, input } = await signedInClient(t.app);
      const phone = new TestClient(t.app);
      await phone.post('/api/auth/login', { username: input.username, password: input.password }, { 'user-agent': 'Phone/1.0' });

      const list = await laptop.get('/api/me/sessions');
      expect(list.statusCode).toBe(200);
      const sessions = list.json().sessions as Array<{ id: string; current: boolean; userAgent: string | null }>;
      expect(sessions).toHaveLength(2);
      expect(sessions.filter((s) => s.current)).toHaveLength(1);
      const phoneSession = sessions.find((s) => s.userAgent === 'Phone/1.0');
      expect(phoneSession?.current).toBe(false);

      expect((await laptop.delete(`/api/me/sessions/${phoneSession!.id}`)).statusCode).toBe(204);
      expect((await phone.get('/api/me')).statusCode).toBe(401);
      expect((await laptop.get('/api/me')).statusCode).toBe(200);
      expect((await laptop.delete(`/api/me/sessions/${phoneSession!.id}`)).statusCode).toBe(404);
    });

    it("cannot revoke someone else's session", async () => {
      const a = await signedInClient(t.app);
      const b = await signedInClient(t.app);
      const bSessions = (await b.client.get('/api/me/sessions')).json().sessions as Array<{ id: string }>;
      const res = await a.client.delete(`/api/me/sessions/${bSessions[0]!.id}`);
      expect(res.statusCode).toBe(404);
      expect((await b.client.get('/api/me')).statusCode).toBe(200);
    });
  });
}
