// The job queue's throughput: N 'notification.email' jobs for members with e-mail addresses,
// run by one Worker — the app's own, with the real handler (preferences, quiet hours, the
// mail text) and pooled SMTP — into an SMTP server in this process. On a fresh SQLite file
// and, when it answers at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres),
// on PostgreSQL in a database made and dropped here. Target: ≥ 200 jobs/s.
// `npm run bench:jobs`; BENCH_JOBS sets N (default 2,000), after 200 warm-up jobs not counted.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { postgresAvailable } from './lib/postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const JOBS = Number(process.env.BENCH_JOBS ?? 2000);
const MEMBERS = 200;
const WARMUP = 200;
const TARGET_PER_SECOND = 200;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The server code, bundled from src/ as dist/ is (packages stay external, resolved from node_modules). */
async function loadServer() {
  const outfile = path.join(root, 'node_modules/.cache/kindred-bench/jobs-entry.mjs');
  await build({
    stdin: {
      contents: [
        "export { buildApp } from './src/server/app.ts';",
        "export { loadConfig } from './src/server/config.ts';",
        "export { connect } from './src/server/db/connect.ts';",
        "export { migrateToLatest } from './src/server/db/migrate.ts';",
        "export { notify } from './src/server/features/notifications/notify.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'bench-jobs-entry.ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/** Counts mails by Message-ID; parses only the header it needs. */
async function startSmtp() {
  const received = new Map();
  let onMail = () => {};
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk) => {
        if (head.length < 4096) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        const id = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? 'none';
        received.set(id, (received.get(id) ?? 0) + 1);
        onMail();
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    received,
    /** Resolves when `count` mails (duplicates included) have arrived. */
    waitFor(count) {
      const total = () => [...received.values()].reduce((a, b) => a + b, 0);
      return new Promise((resolve) => {
        onMail = () => total() >= count && resolve();
        onMail();
      });
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function adminQuery(text) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** One run: members and N queued e-mail notifications, then one worker until every mail is out. */
async function measure(server, dialect, env, smtp) {
  const config = server.loadConfig({ ...env, SMTP_URL: smtp.url, RUN_WORKER: 'false', LOG_LEVEL: 'silent', SECRET_KEY: 'bench-secret-key-that-is-long-enough-0123456789' });
  const connection = server.connect(config.database);
  await server.migrateToLatest(connection.db);
  const app = await server.buildApp({ config, connection });
  await app.ready();
  const { db } = connection;
  try {
    const now = new Date().toISOString();
    const members = Array.from({ length: MEMBERS }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      username: `bench_member_${i}`,
      username_key: `bench_member_${i}`,
      display_name: `Member ${i}`,
      email: `member${i}@example.org`,
      password_hash: 'not-a-real-hash',
      locale: i % 2 ? 'es' : 'en',
      time_zone: 'Europe/Madrid',
      country: 'ES',
      role: null,
      created_at: now,
      updated_at: now,
    }));
    await db.insertInto('accounts').values(members).execute();
    /** Queues `count` e-mail notifications, then runs the worker until their mails are in; returns seconds and CPU. */
    const run = async (count) => {
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < count; i++) await server.notify(trx, { accountId: members[i % MEMBERS].id, kind: 'reminder.checkin' });
      });
      // notify() also queues the in-app delivery; only the e-mail jobs are measured.
      await db.deleteFrom('jobs').where('kind', '!=', 'notification.email').execute();
      smtp.received.clear();
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      app.ctx.worker.start();
      await smtp.waitFor(count);
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      await app.ctx.worker.stop();
      return { seconds, cpu };
    };
    // A server runs warm: the first jobs pay for compiling the code paths, so they are not counted.
    await run(WARMUP);
    const { seconds, cpu } = await run(JOBS);
    const open = await db.selectFrom('jobs').select('id').where('status', '!=', 'done').execute();
    const duplicates = [...smtp.received.values()].filter((n) => n > 1).length;
    return {
      dialect,
      jobs: JOBS,
      seconds: Math.round(seconds * 100) / 100,
      perSecond: Math.round(JOBS / seconds),
      // This process's CPU per job (worker, SMTP client and the SMTP server), robust to other load.
      cpuMsPerJob: Math.round(((cpu.user + cpu.system) / 1000 / JOBS) * 100) / 100,
      distinctMails: smtp.received.size,
      duplicates,
      notDone: open.length,
    };
  } finally {
    await app.close();
    await connection.close();
  }
}

async function main() {
  const load = os.loadavg()[0].toFixed(1);
  console.log(`Job queue bench: ${JOBS} notification e-mails to ${MEMBERS} members, one worker, SMTP in this process, ${os.availableParallelism()} CPUs (load average ${load})`);
  const server = await loadServer();
  const results = [];

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kindred-bench-jobs-'));
  try {
    const smtp = await startSmtp();
    console.log('… SQLite');
    results.push(await measure(server, 'sqlite', { DATA_DIR: dataDir }, smtp));
    await smtp.close();

    if (await postgresAvailable(adminUrl)) {
      const name = `kindred_bench_jobs_${process.pid}`;
      await adminQuery(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      try {
        const pgSmtp = await startSmtp();
        console.log('… PostgreSQL');
        results.push(await measure(server, 'postgres', { DATA_DIR: dataDir, DATABASE_URL: url.toString() }, pgSmtp));
        await pgSmtp.close();
      } finally {
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    } else {
      console.log(`… PostgreSQL skipped: nothing answers at ${adminUrl.replace(/\/\/[^@]*@/, '//')}`);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  console.log(`\n${'database'.padEnd(10)} ${'jobs'.padStart(6)} ${'seconds'.padStart(8)} ${'jobs/s'.padStart(7)}  ${'target'.padEnd(10)} ${'CPU ms/job'.padStart(10)}  mails (distinct / duplicated)  not done`);
  for (const r of results) {
    const met = r.perSecond >= TARGET_PER_SECOND ? `≥ ${TARGET_PER_SECOND} met` : `≥ ${TARGET_PER_SECOND} MISSED`;
    console.log(
      `${r.dialect.padEnd(10)} ${String(r.jobs).padStart(6)} ${String(r.seconds).padStart(8)} ${String(r.perSecond).padStart(7)}  ${met.padEnd(10)} ${String(r.cpuMsPerJob).padStart(10)}  ${`${r.distinctMails} / ${r.duplicates}`.padEnd(29)}  ${r.notDone}`,
    );
  }
  // Every mail exactly once and every job done, or the run failed; a missed target is reported, not failed.
  return results.every((r) => r.distinctMails === r.jobs && r.duplicates === 0 && r.notDone === 0);
}

let ok = false;
try {
  ok = await main();
} catch (err) {
  console.error(`Bench failed: ${err instanceof Error ? err.stack : String(err)}`);
}
process.exit(ok ? 0 : 1);
