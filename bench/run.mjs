// `npm run bench`: Kindred against a bare-Fastify baseline, measured the same way.
// See bench/README.md for what the numbers mean.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { signUp, startKindred } from './lib/kindred.mjs';
import { seedGroups } from './lib/seed.mjs';
import { measureRecurrence } from './recurrence.mjs';
import { measureProgressDerivation, recoveryScenarios } from './recovery.mjs';
import { isClean, measure } from './lib/load.mjs';
import { printScenarios, printStartup, saveResults } from './lib/report.mjs';
import { freePort, killAllNow, peakRssMiB, spawnServer, stopAll, stopServer, waitFor200 } from './lib/servers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

const settings = {
  connections: 64,
  warmupSeconds: 2,
  durationSeconds: Number(process.env.BENCH_DURATION ?? 10),
  // Same flags for both servers, e.g. BENCH_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof".
  nodeFlags: (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean),
  startupTargetMs: 2000,
  meTargetPercent: 60,
};

const SCENARIOS = [
  { name: 'GET /api/me (signed in)', path: '/api/me', authenticated: true, targetPercent: settings.meTargetPercent },
  { name: 'GET /healthz', path: '/healthz', authenticated: false, targetPercent: null },
  { name: 'GET /readyz (1 DB query)', path: '/readyz', authenticated: false, targetPercent: null },
  { name: 'GET /api/me/meetings (Today, 5 groups × 2 series)', path: '/api/me/meetings?days=14', authenticated: true, targetPercent: 40 },
  // Feed readers (the Meeting Guide app, tsml-ui, browsers) all send this header, so the load does too.
  {
    name: 'GET /api/public/meetings.json (1,000 meetings, br)',
    path: '/api/public/meetings.json',
    authenticated: false,
    headers: { 'accept-encoding': 'gzip, deflate, br' },
    targetPercent: 40,
  },
];

// The member's Today: 5 groups of 2 series; the public feed: 1,000 listed open meetings in all.
const SEED = { mine: { groups: 5, seriesPerGroup: 2 }, directory: { groups: 99, seriesPerGroup: 10 } };

if (!(settings.durationSeconds > 0)) {
  console.error(`BENCH_DURATION must be a positive number of seconds, not "${process.env.BENCH_DURATION}".`);
  process.exit(2);
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kindred-bench-'));
process.on('exit', () => {
  killAllNow();
  rmSync(dataDir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping servers.`);
    void stopAll().finally(() => process.exit(130));
  });
}

async function startBaseline() {
  const port = await freePort();
  const server = spawnServer('baseline', path.join(here, 'baseline-server.mjs'), {
    cwd: root,
    nodeFlags: settings.nodeFlags,
    env: { PORT: String(port) },
  });
  await waitFor200(server, `http://127.0.0.1:${port}/`);
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** Kindred's start-up twice: on a fresh data dir (migrations run), then on the migrated one. */
async function measureStartup() {
  const first = await startKindred({ root, dataDir, port: await freePort(), nodeFlags: settings.nodeFlags });
  await stopServer(first.server);
  const port = await freePort();
  const second = await startKindred({ root, dataDir, port, nodeFlags: settings.nodeFlags });
  const startup = { freshMs: first.startupMs, migratedMs: second.startupMs, targetMs: settings.startupTargetMs };
  return { startup, kindred: second.server, origin: `http://127.0.0.1:${port}` };
}

async function runScenario(scenario, baseline, kindred, origin, cookie) {
  const load = { connections: settings.connections, warmupSeconds: settings.warmupSeconds, durationSeconds: settings.durationSeconds };
  console.log(`… ${scenario.name}: baseline, then Kindred`);
  const base = await measure(baseline.url, { ...load, serverPid: baseline.server.child.pid });
  base.peakRssMiB = peakRssMiB(baseline.server.child.pid);
  const headers = { ...scenario.headers, ...(scenario.authenticated && { cookie }) };
  const run = await measure(`${origin}${scenario.path}`, { ...load, headers, method: scenario.method, body: scenario.body, serverPid: kindred.child.pid });
  run.peakRssMiB = peakRssMiB(kindred.child.pid);
  base.clean = isClean(base);
  run.clean = isClean(run);
  const ratioPercent = base.requestsPerSecond > 0 ? (run.requestsPerSecond / base.requestsPerSecond) * 100 : 0;
  return {
    ...scenario,
    baseline: base,
    kindred: run,
    ratioPercent: Math.round(ratioPercent * 10) / 10,
    ratioMet: scenario.targetPercent === null ? null : ratioPercent >= scenario.targetPercent,
  };
}

async function main() {
  const timestamp = new Date().toISOString();
  console.log(`Kindred bench: ${settings.connections} connections, ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s measured, ${os.availableParallelism()} CPUs`);
  const baseline = await startBaseline();
  const { startup, kindred, origin } = await measureStartup();
  const cookie = await signUp(origin, 'bench_user', 'quiet river morning 42');
  console.log('… seeding groups and meetings through the API');
  await seedGroups(origin, cookie, { ...SEED.mine, prefix: 'My' });
  const organiser = await signUp(origin, 'bench_organiser', 'quiet river morning 42');
  await seedGroups(origin, organiser, { ...SEED.directory, prefix: 'Directory' });
  const recurrence = await measureRecurrence();
  const progressDerivation = await measureProgressDerivation();
  console.log('… giving the member a year of check-ins and goal days');
  const recovery = await recoveryScenarios({ origin, cookie, dataDir });

  const scenarios = [];
  for (const scenario of [...SCENARIOS, ...recovery]) scenarios.push(await runScenario(scenario, baseline, kindred, origin, cookie));

  printStartup(startup);
  printScenarios(scenarios);
  console.log('\nRecurrence expansion (one series, one year; target well under 1 ms):');
  for (const r of recurrence) console.log(`  ${r.name.padEnd(54)} ${String(r.occurrences).padStart(4)} occurrences  ${r.perExpansionMs} ms`);
  console.log('\nGoal progress derived from a year of day records (pure function; target well under 1 ms):');
  for (const r of progressDerivation) console.log(`  ${r.name.padEnd(54)} ${r.perDerivationMs} ms`);
  const ok = scenarios.every((s) => s.baseline.clean && s.kindred.clean);
  const file = saveResults(path.join(here, 'results'), {
    timestamp,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    settings,
    startup,
    seed: SEED,
    recurrence,
    progressDerivation,
    scenarios,
    ok,
  });
  console.log(`\nResults: ${path.relative(root, file)} (and bench/results/latest.json)`);
  if (!ok) console.error('Some runs had errors, timeouts or non-2xx answers: see the err/non2xx column.');
  return ok;
}

let ok = false;
try {
  ok = await main();
} catch (err) {
  console.error(`Bench failed: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  await stopAll();
}
process.exit(ok ? 0 : 1);
