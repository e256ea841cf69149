// `npm run seed:scale`: fills the configured database (DATA_DIR's SQLite file, or DATABASE_URL)
// with SCALE_MEMBERS (default 10,000) members × 365 days of check-ins and goal days, for trying
// Kindred at size. Migrates first. Seeded members cannot log in (they have no password).
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { seedMembers } from '../bench/lib/scale-seed.mjs';

const members = Number(process.env.SCALE_MEMBERS ?? 10_000);
const url = process.env.DATABASE_URL ?? '';
const { spawnSync } = await import('node:child_process');
const migrated = spawnSync(process.execPath, ['scripts/start.mjs', '--migrate-only'], { stdio: 'inherit' });
if (migrated.status !== 0) process.exit(migrated.status ?? 1);

const firstIndex = Date.now() % 1_000_000_000;
const onProgress = (n) => process.stdout.write(`\rSeeded ${n} of ${members} members`);
if (url.startsWith('postgres')) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await seedMembers({ dialect: 'postgres', client }, { members, firstIndex, onProgress });
  await client.end();
} else {
  const db = new Database(path.join(path.resolve(process.env.DATA_DIR ?? './data'), 'kindred.sqlite'));
  db.pragma('journal_mode = WAL');
  await seedMembers({ dialect: 'sqlite', db }, { members, firstIndex, onProgress });
  db.close();
}
console.log(`\nDone: ${members} members × 365 days.`);
