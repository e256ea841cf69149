import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type Connection } from '../../src/server/db/connect.js';
import type { DialectName } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';

const pgUrl = process.env.TEST_DATABASE_URL;

/**
 * The dialects this run tests. PostgreSQL joins when TEST_DATABASE_URL is set; without it
 * the run says so loudly (global-setup) and REQUIRE_POSTGRES=1 turns that into a failure.
 */
export const DIALECTS: DialectName[] = pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase extends Connection {
  /** Closes the connection and drops the throw-away database. */
  destroy(): Promise<void>;
}

/** A fresh, migrated database: in-memory SQLite, or a new PostgreSQL database. */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const connection = connect({ kind: 'sqlite', file: ':memory:' });
    await migrateToLatest(connection.db);
    return { ...connection, destroy: connection.close };
  }
  if (!pgUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `kindred_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const connection = connect({ kind: 'postgres', url: url.toString() });
  await migrateToLatest(connection.db);
  return {
    ...connection,
    destroy: async () => {
      await connection.close();
      const cleanup = new pg.Client({ connectionString: pgUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
