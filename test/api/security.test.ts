import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/server/features/auth/auth.service.js';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { buildSignup, signedInClient, STRONG_PASSWORD } from '../helpers/factories.js';

for (const dialect of DIALECTS) {
  describe(`security [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
    });
    afterAll(() => t.close());

    describe('CSRF', () => {
      it('refuses a cookie-authenticated write from another origin', async () => {
        const { client } = await signedInClient(t.app);
        const res = await client.patch('/api/me', { displayName: 'Hijacked' }, { origin: 'https://evil.example' });
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toBe('csrf');
        expect((await client.get('/api/me')).json().displayName).not.toBe('Hijacked');
      });

      it('refuses a cookie-authenticated write with no Origin from a cross-site context', async () => {
        const { client } = await signedInClient(t.app);
        const res = await client.post('/api/auth/logout', undefined, { origin: undefined, 'sec-fetch-site': 'cross-site' });
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toBe('csrf');
        expect((await client.get('/api/me')).statusCode).toBe(200);
      });

      it('refuses a cookie-authenticated write with neither header', async () => {
        const { client } = await signedInClient(t.app);
        const res = await client.post('/api/auth/logout', undefined, { origin: undefined });
        expect(res.statusCode).toBe(403);
      });

      it('accepts Sec-Fetch-Site: same-origin when the browser sends no Origin', async () => {
        const { client } = await signedInClient(t.app);
        const res = await client.patch('/api/me', { displayName: 'Still me' }, { origin: undefined, 'sec-fetch-site': 'same-origin' });
        expect(res.statusCode).toBe(200);
      });

      it('refuses a cross-origin log-in attempt (login CSRF)', async () => {
        const res = await new TestClient(t.app).post('/api/auth/login', { username: 'x', password: 'y' }, { origin: 'https://evil.example' });
        expect(res.statusCode).toBe(403);
      });

      it('is documented in the OpenAPI document', async () => {
        const doc = (await new TestClient(t.app).get('/api/openapi.json')).json();
        expect(doc.info.description).toContain('csrf');
        expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'kindred_session' });
      });
    });

    describe('rate limits', () => {
      it('limits failed log-ins per username, whatever the address, without revealing the account', async () => {
        const { input } = await signedInClient(t.app);
        const max = LIMITS.loginFailuresPerUsername.max;
        for (let i = 0; i < max; i += 1) {
          const res = await new TestClient(t.app).post('/api/auth/login', { username: input.username, password: `wrong guess ${i}` });
          expect(res.statusCode).toBe(401);
        }
        const blocked = await new TestClient(t.app).post('/api/auth/login', { username: input.username, password: STRONG_PASSWORD });
        expect(blocked.statusCode).toBe(429);
        expect(blocked.json().error.code).toBe('rate_limited');
        expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

        for (let i = 0; i < max; i += 1) {
          await new TestClient(t.app).post('/api/auth/login', { username: 'no_such_member', password: `wrong guess ${i}` });
        }
        const unknown = await new TestClient(t.app).post('/api/auth/login', { username: 'no_such_member', password: 'x' });
        expect(unknown.statusCode).toBe(429);
      });

      it('limits log-in attempts per address', async () => {
        const client = new TestClient(t.app);
        let last = 0;
        for (let i = 0; i <= LIMITS.loginPerIp.max; i += 1) {
          last = (await client.post('/api/auth/login', { username: `someone_${i}`, password: 'whatever it is' })).statusCode;
        }
        expect(last).toBe(429);
        const elsewhere = await new TestClient(t.app).post('/api/auth/login', { username: 'someone_0', password: 'whatever it is' });
        expect(elsewhere.statusCode).toBe(401);
      });

      it('limits sign-ups per address', async () => {
        const client = new TestClient(t.app);
        const codes: number[] = [];
        for (let i = 0; i <= LIMITS.signupPerIp.max; i += 1) {
          const res = await client.post('/api/auth/signup', { ...buildSignup(), password: 'password123' });
          codes.push(res.statusCode);
        }
        expect(codes.slice(0, LIMITS.signupPerIp.max).every((c) => c === 400)).toBe(true);
        expect(codes.at(-1)).toBe(429);
      });

      it('limits sign-up attempts per username, from any address', async () => {
        const username = 'much_wanted_name';
        const codes: number[] = [];
        for (let i = 0; i <= LIMITS.signupPerUsername.max; i += 1) {
          const res = await new TestClient(t.app).post('/api/auth/signup', buildSignup({ username, password: 'password123' }));
          codes.push(res.statusCode);
        }
        expect(codes.slice(0, LIMITS.signupPerUsername.max).every((c) => c === 400)).toBe(true);
        expect(codes.at(-1)).toBe(429);
      });

      it('stores no username or address in clear in the limiter', async () => {
        const keys = await t.database.db.selectFrom('rate_limits').select('key').execute();
        expect(keys.length).toBeGreaterThan(0);
        expect(keys.some((k) => k.key.includes('no_such_member') || k.key.includes('10.'))).toBe(false);
      });
    });

    describe('headers and cookies', () => {
      it('sends a Content-Security-Policy without unsafe-inline scripts and other security headers', async () => {
        const res = await new TestClient(t.app).get('/healthz');
        const csp = String(res.headers['content-security-policy']);
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).toContain("frame-ancestors 'none'");
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['referrer-policy']).toBe('same-origin');
      });

      it('never echoes a password or session token in an error', async () => {
        const res = await new TestClient(t.app).post('/api/auth/signup', { ...buildSignup(), password: 'p4ss-secret-sauce', junk: 1 });
        expect(res.body).not.toContain('p4ss-secret-sauce');
      });
    });
  });

  describe(`secure cookies behind https [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect, { PUBLIC_URL: 'https://kindred.example.org' });
    });
    afterAll(() => t.close());

    it('marks the session cookie Secure and sends HSTS when PUBLIC_URL is https', async () => {
      const client = new TestClient(t.app);
      const res = await client.post('/api/auth/signup', buildSignup(), { origin: 'https://kindred.example.org' });
      expect(res.statusCode).toBe(201);
      const cookie = res.cookies.find((c) => c.name === 'kindred_session');
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
      expect(res.headers['strict-transport-security']).toContain('max-age=');
      const wrongOrigin = await client.post('/api/auth/logout', undefined, { origin: TEST_ORIGIN });
      expect(wrongOrigin.statusCode).toBe(403);
    });
  });
}
