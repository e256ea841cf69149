import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { buildSignup, signedInClient } from '../helpers/factories.js';

for (const dialect of DIALECTS) {
  describe(`bad input is a 4xx naming the problem [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
    });
    afterAll(() => t.close());

    const send = (payload: string, contentType = 'application/json') =>
      new TestClient(t.app).request('POST', '/api/auth/signup', payload, { 'content-type': contentType });

    it('malformed JSON', async () => {
      const res = await send('{"username": "x",');
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'invalid_json' });
    });

    it('a body that is not JSON at all', async () => {
      const res = await send('username=x', 'application/x-www-form-urlencoded');
      expect(res.statusCode).toBe(415);
      expect(res.json().error.code).toBe('unsupported_media_type');
    });

    it('wrong types, unknown and missing fields', async () => {
      const res = await new TestClient(t.app).post('/api/auth/signup', { username: 42, password: ['x'], isAdmin: true });
      expect(res.statusCode).toBe(400);
      const error = res.json().error;
      expect(error.code).toBe('invalid');
      const fields = [...new Set((error.details as Array<{ field: string }>).map((d) => d.field))].sort();
      expect(fields).toEqual(['body.isAdmin', 'body.password', 'body.username']);
      expect(error.message).toContain('body.isAdmin');
    });

    it('oversized fields', async () => {
      const res = await new TestClient(t.app).post('/api/auth/signup', buildSignup({ displayName: 'x'.repeat(500) }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].field).toBe('body.displayName');
    });

    it('an oversized body', async () => {
      const res = await new TestClient(t.app).post('/api/auth/signup', buildSignup({ displayName: 'x'.repeat(70_000) }));
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('payload_too_large');
    });

    it('a body that is JSON but not an object', async () => {
      const res = await send('"hello"');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('invalid');
    });

    it('invalid path parameters', async () => {
      const { client } = await signedInClient(t.app);
      const res = await client.delete('/api/me/sessions/not-a-uuid');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].field).toBe('params.id');
    });

    it('unknown API routes are a JSON 404', async () => {
      const res = await new TestClient(t.app).get('/api/nothing-here');
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    });

    it('never stored anything from the rejected requests', async () => {
      const rows = await t.database.db.selectFrom('accounts').select('username').execute();
      expect(rows.every((r) => typeof r.username === 'string' && r.username.startsWith('member'))).toBe(true);
    });
  });
}
