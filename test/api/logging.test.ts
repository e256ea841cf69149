import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { loggerOptions } from '../../src/server/logger.js';
import { TEST_ORIGIN } from '../helpers/app.js';
import { TestClient } from '../helpers/client.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../helpers/dialects.js';

for (const dialect of DIALECTS) {
  describe(`logs carry no personal content [${dialect}]`, () => {
    let app: App;
    let database: TestDatabase;
    const lines: string[] = [];

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      const config = loadConfig({
        DATA_DIR: mkdtempSync(path.join(tmpdir(), 'kindred-log-')),
        SECRET_KEY: 'test-secret-key-that-is-long-enough-0123456789',
        PUBLIC_URL: TEST_ORIGIN,
      });
      const stream = new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      });
      app = await buildApp({ config, connection: database, logger: { ...loggerOptions('trace'), stream } });
      await app.ready();
    });
    afterAll(async () => {
      await app.close();
      await database.destroy();
    });

    it('logs requests by route and status only, even at trace level', async () => {
      const client = new TestClient(app);
      const secrets = {
        username: 'lantern_keeper',
        password: 'silver lantern harbour',
        displayName: 'Maribel Quintero',
        email: 'maribel.q@example.org',
      };
      await client.post('/api/auth/signup', { ...secrets, timeZone: 'Europe/Madrid' });
      const token = client.cookie?.split('=')[1];
      await client.patch('/api/me', { displayName: 'Maribel Q. Private', email: 'other.private@example.org' });
      await client.post('/api/me/password', { currentPassword: 'wrong guess here', newPassword: 'another long phrase' });
      await new TestClient(app).post('/api/auth/login', { username: secrets.username, password: 'a wrong password' });
      await client.get(`/api/me?who=${secrets.username}`);

      const text = lines.join('');
      expect(text).toContain('/api/auth/signup');
      for (const value of [...Object.values(secrets), 'Maribel Q. Private', 'other.private@example.org', 'another long phrase', 'a wrong password', token]) {
        expect(text, `log contains ${value}`).not.toContain(value);
      }
    });
  });
}
