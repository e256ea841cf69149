import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { DIALECTS } from '../helpers/dialects.js';
import { signedInClient, STRONG_PASSWORD } from '../helpers/factories.js';

for (const dialect of DIALECTS) {
  describe(`my account [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
    });
    afterAll(() => t.close());

    it('edits the profile and keeps what was not sent', async () => {
      const { client } = await signedInClient(t.app, { email: 'a@example.org' });
      const res = await client.patch('/api/me', { displayName: 'Alex', timeZone: 'Asia/Kolkata', locale: 'es', country: 'MX' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ displayName: 'Alex', timeZone: 'Asia/Kolkata', locale: 'es', country: 'MX', email: 'a@example.org' });
      const cleared = await client.patch('/api/me', { email: null, country: null });
      expect(cleared.json()).toMatchObject({ email: null, country: null, displayName: 'Alex' });
      expect((await client.get('/api/me')).json()).toMatchObject({ email: null, displayName: 'Alex', locale: 'es' });
    });

    it('rejects invalid profile fields by name and changes nothing', async () => {
      const { client } = await signedInClient(t.app, { timeZone: 'Europe/Paris' });
      const res = await client.patch('/api/me', { timeZone: 'Mars/Olympus', locale: 'fr', displayName: '' });
      expect(res.statusCode).toBe(400);
      const fields = (res.json().error.details as Array<{ field: string }>).map((d) => d.field).sort();
      expect(fields).toEqual(['body.displayName', 'body.locale', 'body.timeZone']);
      expect((await client.get('/api/me')).json().timeZone).toBe('Europe/Paris');
    });

    it('changes the password: old one stops working, other sessions end, this one stays', async () => {
      const { client, input } = await signedInClient(t.app);
      const other = new TestClient(t.app);
      await other.post('/api/auth/login', { username: input.username, password: STRONG_PASSWORD });

      const wrong = await client.post('/api/me/password', { currentPassword: 'nope nope nope', newPassword: 'a brand new phrase 7' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.code).toBe('wrong_password');

      const weak = await client.post('/api/me/password', { currentPassword: STRONG_PASSWORD, newPassword: 'qwerty123' });
      expect(weak.json().error.code).toBe('weak_password');

      const ok = await client.post('/api/me/password', { currentPassword: STRONG_PASSWORD, newPassword: 'a brand new phrase 7' });
      expect(ok.statusCode).toBe(204);
      expect((await client.get('/api/me')).statusCode).toBe(200);
      expect((await other.get('/api/me')).statusCode).toBe(401);

      const fresh = new TestClient(t.app);
      expect((await fresh.post('/api/auth/login', { username: input.username, password: STRONG_PASSWORD })).statusCode).toBe(401);
      expect((await fresh.post('/api/auth/login', { username: input.username, password: 'a brand new phrase 7' })).statusCode).toBe(200);
    });

    it('deletes the account only with the right password, and removes its data', async () => {
      const { client, input, account } = await signedInClient(t.app);
      const wrong = await client.delete('/api/me', { password: 'wrong wrong wrong' });
      expect(wrong.statusCode).toBe(400);
      expect((await client.get('/api/me')).statusCode).toBe(200);

      const res = await client.delete('/api/me', { password: input.password });
      expect(res.statusCode).toBe(204);
      expect((await client.get('/api/me')).statusCode).toBe(401);
      const db = t.database.db;
      expect(await db.selectFrom('accounts').where('id', '=', account.id).select('id').executeTakeFirst()).toBeUndefined();
      expect(await db.selectFrom('sessions').where('account_id', '=', account.id).select('id').execute()).toHaveLength(0);
      const login = await new TestClient(t.app).post('/api/auth/login', { username: input.username, password: input.password });
      expect(login.statusCode).toBe(401);
    });
  });
}
