// `npm run bench:scale`: does GET /api/goals/:id/progress stay as quick with 10,000 members ×
// 365 days in the database as with 100? Indexes, not scans. Runs on SQLite and, when
// PostgreSQL answers at SCALE_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres),
// on PostgreSQL. Reports the median latency of each and the ratio (target ≤ 1.5×).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { apiJson, signUp } from './lib/kindred.mjs';
import { seedMembers, seedYearFor } from './lib/scale-seed.mjs';
import { freePort, spawnServer, stopAll, stopServer, waitFor200 } from './lib/servers.mjs';
import { postgresAvailable } from './lib/postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [100, Number(process.env.SCALE_MEMBERS ?? 10_000)];
const DAYS = 365;
const SAMPLES = Number(process.env.SCALE_SAMPLES ?? 1000);
const TARGET_RATIO = 1.5;
const adminUrl = process.env.SCALE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function withPgAdmin(fn) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database with the server on it; returns how to reach both. */
async function startOn(dialect, size) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `kindred-scale-${dialect}-`));
  let databaseUrl = '';
  if (dialect === 'postgres') {
    const name = `kindred_scale_${size}`;
    await withPgAdmin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name}`);
      await c.query(`CREATE DATABASE ${name}`);
    });
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const port = await freePort();
  const server = spawnServer('Kindred', 'dist/server/main.js', {
    cwd: root,
    nodeFlags: [],
    env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1' },
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitFor200(server, `${origin}/readyz`);
  return { server, origin, dataDir, databaseUrl };
}

async function openTarget(dialect, { dataDir, databaseUrl }) {
  if (dialect === 'sqlite') {
    const db = new Database(path.join(dataDir, 'kindred.sqlite'));
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    return { dialect, db, close: async () => db.close() };
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return { dialect, client, close: () => client.end() };
}


/** Median and p95 of `samples` sequential requests after a warm-up, in ms. */
async function latency(url, cookie) {
  const once = async () => {
    const started = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    return performance.now() - started;
  };
  // The keep-alive connection may have been closed by the server while the seed ran: the first
  // request after a long idle can meet a closed socket. Only that one may fail.
  await once().catch(() => undefined);
  for (let i = 0; i < 100; i += 1) await once();
  const times = [];
  for (let i = 0; i < SAMPLES; i += 1) times.push(await once());
  times.sort((a, b) => a - b);
  const at = (q) => Math.round(times[Math.floor(q * (times.length - 1))] * 1000) / 1000;
  return { medianMs: at(0.5), p95Ms: at(0.95) };
}

async function measure(dialect, size) {
  const started = performance.now();
  const run = await startOn(dialect, size);
  try {
    const cookie = await signUp(run.origin, 'scale_reader', 'quiet river morning 42');
    const me = await apiJson(run.origin, cookie, 'GET', '/api/me');
    const startDate = new Date(Date.now() - DAYS * 86_400_000).toISOString().slice(0, 10);
    const goal = await apiJson(run.origin, cookie, 'POST', '/api/goals', { kind: 'abstain', title: 'Alcohol-free', startDate });
    const target = await openTarget(dialect, run);
    try {
      await seedMembers(target, {
        members: size - 1,
        days: DAYS,
        onProgress: (n) => process.stdout.write(`\r  ${dialect}: seeded ${n} of ${size - 1} members`),
      });
      await seedYearFor(target, { accountId: me.id, goalId: goal.id, days: DAYS });
    } finally {
      await target.close();
    }
    const seededSeconds = Math.round((performance.now() - started) / 1000);
    process.stdout.write(`\r  ${dialect}: ${size} members × ${DAYS} days seeded in ${seededSeconds} s            \n`);
    const progress = await latency(`${run.origin}/api/goals/${goal.id}/progress`, cookie);
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    const checkins = await latency(`${run.origin}/api/checkins?from=${from}&to=${to}`, cookie);
    return { dialect, members: size, days: DAYS, progress, checkins30: checkins };
  } catch (err) {
    if (run.server.stderr) console.error(`\nKindred said:\n${run.server.stderr}`);
    throw err;
  } finally {
    await stopServer(run.server);
    rmSync(run.dataDir, { recursive: true, force: true });
    if (dialect === 'postgres') await withPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS kindred_scale_${size}`));
  }
}

const dialects = ['sqlite'];
if (await postgresAvailable(adminUrl)) dialects.push('postgres');
else console.log(`PostgreSQL not reachable at ${adminUrl}: measuring SQLite only.`);

const results = [];
try {
  for (const dialect of dialects) {
    const [small, large] = [await measure(dialect, SIZES[0]), await measure(dialect, SIZES[1])];
    results.push({ dialect, small, large, ratio: Math.round((large.progress.medianMs / small.progress.medianMs) * 100) / 100 });
  }
} finally {
  await stopAll();
}
console.log(`\nGET /api/goals/:id/progress, median of ${SAMPLES} sequential requests (target: large ≤ ${TARGET_RATIO} × small)`);
for (const r of results) {
  const verdict = r.ratio <= TARGET_RATIO ? 'PASS' : 'MISS';
  console.log(
    `  ${r.dialect.padEnd(9)} ${r.small.members} members: ${r.small.progress.medianMs} ms (p95 ${r.small.progress.p95Ms})` +
      `  ${r.large.members} members: ${r.large.progress.medianMs} ms (p95 ${r.large.progress.p95Ms})  ratio ${r.ratio}  ${verdict}`,
  );
  console.log(`  ${''.padEnd(9)} GET /api/checkins (30 days): ${r.small.checkins30.medianMs} ms → ${r.large.checkins30.medianMs} ms`);
}
process.exit(results.every((r) => r.ratio <= TARGET_RATIO) ? 0 : 1);
