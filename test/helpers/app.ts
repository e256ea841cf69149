import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp, type App, type BuildOptions } from '../../src/server/app.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import { connect } from '../../src/server/db/connect.js';
import type { DialectName } from '../../src/server/db/database.js';
import { createTestDatabase, type TestDatabase } from './dialects.js';

export const TEST_ORIGIN = 'http://kindred.test';

export interface TestApp {
  app: App;
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

/** Build options tests may set: the live heartbeat, the deliveries' clock. */
export type TestAppOptions = Pick<BuildOptions, 'liveHeartbeatMs' | 'clock'>;

/** The real app on a fresh database of the given dialect. */
export async function buildTestApp(dialect: DialectName, env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const config = loadConfig({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'kindred-test-')),
    SECRET_KEY: 'test-secret-key-that-is-long-enough-0123456789',
    PUBLIC_URL: TEST_ORIGIN,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await buildApp({ config, connection: database, ...options });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.destroy();
    },
  };
}

/**
 * A second app process on the same PostgreSQL database, with a connection pool of its own,
 * as a second process behind a load balancer would be, with the first's config but `overrides`.
 */
export async function buildPeerApp(first: TestApp, overrides: Partial<Config> = {}, options: TestAppOptions = {}) {
  if (!first.database.url) throw new Error('a peer app needs PostgreSQL');
  const connection = connect({ kind: 'postgres', url: first.database.url });
  const config: Config = Object.freeze({ ...first.config, ...overrides });
  const app = await buildApp({ config, connection, ...options });
  await app.ready();
  return {
    app,
    close: async () => {
      await app.close();
      await connection.close();
    },
  };
}
