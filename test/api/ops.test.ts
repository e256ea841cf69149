import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';

for (const dialect of DIALECTS) {
  describe(`health and OpenAPI [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
    });
    afterAll(() => t.close());

    it('answers /healthz and /readyz while the database answers', async () => {
      const client = new TestClient(t.app);
      expect((await client.get('/healthz')).statusCode).toBe(200);
      expect((await client.get('/readyz')).json()).toEqual({ status: 'ready' });
    });

    it('serves an OpenAPI 3.1 document describing every route', async () => {
      const doc = (await new TestClient(t.app).get('/api/openapi.json')).json();
      expect(doc.openapi).toBe('3.1.0');
      const routes = Object.entries(doc.paths as Record<string, object>).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
      );
      expect(routes).toEqual(
        expect.arrayContaining([
          'POST /api/auth/signup',
          'POST /api/auth/login',
          'POST /api/auth/logout',
          'GET /api/me',
          'PATCH /api/me',
          'DELETE /api/me',
          'POST /api/me/password',
          'GET /api/me/sessions',
          'DELETE /api/me/sessions/{id}',
          'GET /healthz',
          'GET /readyz',
        ]),
      );
      const signup = doc.paths['/api/auth/signup'].post;
      expect(signup.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
      expect(signup.responses['201']).toBeDefined();
      expect(signup.responses['400']).toBeDefined();
    });
  });

  describe(`readiness without a database [${dialect}]`, () => {
    it('answers /readyz 503 once the database is gone, while /healthz stays 200', async () => {
      const t = await buildTestApp(dialect);
      await t.database.destroy();
      const client = new TestClient(t.app);
      expect((await client.get('/healthz')).statusCode).toBe(200);
      const res = await client.get('/readyz');
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('not_ready');
      await t.app.close();
    });
  });
}

/** Sorted keys, so a diff of the committed document shows exactly what an API change did. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

describe('committed OpenAPI document', () => {
  it('matches docs/openapi.json (update with `npx vitest run -u test/api/ops.test.ts`)', async () => {
    const t = await buildTestApp('sqlite');
    const doc = (await new TestClient(t.app).get('/api/openapi.json')).json();
    await t.close();
    await expect(`${JSON.stringify(sortKeys(doc), null, 2)}\n`).toMatchFileSnapshot('../../docs/openapi.json');
  });
});
