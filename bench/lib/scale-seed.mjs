// Bulk data for the scale check: members with a year of daily check-ins and one abstain goal
// whose day records carry a lapse every so often. Written straight into the database in large
// batches (the API would take hours for millions of rows); the schema is the app's own, made
// by its migrations before this runs.
import { randomUUID } from 'node:crypto';

const COLUMNS = {
  accounts: ['id', 'username', 'username_key', 'display_name', 'email', 'password_hash', 'locale', 'time_zone', 'country', 'role', 'created_at', 'updated_at'],
  goals: ['id', 'account_id', 'kind', 'title', 'start_date', 'target_amount', 'target_per', 'unit', 'status', 'achieved_on', 'created_at', 'updated_at'],
  checkins: ['id', 'account_id', 'date', 'mood', 'energy', 'craving', 'stress', 'sleep_hours', 'sleep_quality', 'meals', 'note', 'strategies', 'created_at', 'updated_at'],
  goal_days: ['goal_id', 'date', 'met', 'amount', 'time', 'created_at', 'updated_at'],
};
const PG_TYPES = { mood: 'int', energy: 'int', craving: 'int', stress: 'int', sleep_hours: 'real', sleep_quality: 'int', meals: 'int', met: 'int', amount: 'real', target_amount: 'real' };

const addDays = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Rows for one member: their account, goal, `days` check-ins and goal days ending yesterday. */
function* memberRows(index, { days, today, now }) {
  const accountId = randomUUID();
  const goalId = randomUUID();
  yield ['accounts', [accountId, `scale_${index}`, `scale_${index}`, `Member ${index}`, null, 'scrypt$not-a-login', 'en', 'UTC', 'US', null, now, now]];
  const start = addDays(today, -days);
  yield ['goals', [goalId, accountId, 'abstain', 'Alcohol-free', start, null, null, null, 'active', null, now, now]];
  for (let d = 0; d < days; d += 1) {
    const date = addDays(start, d);
    const wave = (index + d) % 10;
    yield ['checkins', [randomUUID(), accountId, date, 1 + (wave % 5), 1 + ((wave + 2) % 5), wave, (wave * 3) % 11, 6 + (wave % 3), 3, 1, null, '[]', now, now]];
    yield ['goal_days', [goalId, date, (index + d) % 41 === 0 ? 0 : 1, null, null, now, now]];
  }
}

class Batcher {
  constructor(flush, size) {
    this.flushTable = flush;
    this.size = size;
    this.pending = new Map(Object.keys(COLUMNS).map((t) => [t, []]));
  }
  async add(table, row) {
    const rows = this.pending.get(table);
    rows.push(row);
    // Parents before children: a full batch of check-ins flushes the accounts they point to first.
    if (rows.length >= this.size) await this.flushAll();
  }
  async flush(table) {
    const rows = this.pending.get(table);
    if (rows.length === 0) return;
    this.pending.set(table, []);
    await this.flushTable(table, rows);
  }
  async flushAll() {
    for (const table of Object.keys(COLUMNS)) await this.flush(table);
  }
}

function sqliteWriter(db) {
  const statements = Object.fromEntries(
    Object.entries(COLUMNS).map(([t, cols]) => [t, db.prepare(`INSERT INTO ${t} (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')})`)]),
  );
  const insertMany = db.transaction((table, rows) => {
    for (const row of rows) statements[table].run(row);
  });
  return async (table, rows) => insertMany(table, rows);
}

function postgresWriter(client) {
  return async (table, rows) => {
    const cols = COLUMNS[table];
    const arrays = cols.map((_, i) => rows.map((r) => r[i]));
    const casts = cols.map((c, i) => `$${i + 1}::${PG_TYPES[c] ?? 'text'}[]`).join(', ');
    await client.query(`INSERT INTO ${table} (${cols.join(',')}) SELECT * FROM unnest(${casts})`, arrays);
  };
}

/**
 * Adds `members` members (numbered from `firstIndex`) with `days` days each. `target` is
 * {dialect: 'sqlite', db: better-sqlite3 Database} or {dialect: 'postgres', client: pg.Client}.
 */
export async function seedMembers(target, { members, days = 365, firstIndex = 0, onProgress = () => {} }) {
  const write = target.dialect === 'sqlite' ? sqliteWriter(target.db) : postgresWriter(target.client);
  const batcher = new Batcher(write, target.dialect === 'sqlite' ? 50_000 : 20_000);
  const now = new Date().toISOString();
  const today = now.slice(0, 10);
  for (let i = 0; i < members; i += 1) {
    for (const [table, row] of memberRows(firstIndex + i, { days, today, now })) await batcher.add(table, row);
    if ((i + 1) % 1000 === 0) onProgress(i + 1);
  }
  await batcher.flushAll();
  if (target.dialect === 'sqlite') target.db.exec('ANALYZE');
  else await target.client.query('ANALYZE');
}

/** Gives an existing member (signed up through the API) the same year of records, on their own goal. */
export async function seedYearFor(target, { accountId, goalId, days = 365 }) {
  const write = target.dialect === 'sqlite' ? sqliteWriter(target.db) : postgresWriter(target.client);
  const now = new Date().toISOString();
  const today = now.slice(0, 10);
  const checkins = [];
  const goalDays = [];
  for (const [table, row] of memberRows(7, { days, today, now })) {
    if (table === 'checkins') checkins.push([row[0], accountId, ...row.slice(2)]);
    if (table === 'goal_days') goalDays.push([goalId, ...row.slice(1)]);
  }
  await write('checkins', checkins);
  await write('goal_days', goalDays);
}
