// Issue 6's live-session bench: 300 people in one session, each with the session socket open
// (/api/live-sessions/:id/socket), and the facilitator moving the session on. Measures the
// time from a command leaving the facilitator's client (POST …/commands) to its numbered event
// arriving at each of the 300 sockets, over many commands, each delivered everywhere before
// the next is sent. The headline command is `phase.next` through a 12-phase agenda (11 per
// session); `phase.extend` (a timer change) is measured between them as a second figure.
//   A: one process on a fresh SQLite data dir (the `npm start` setup). Target p99 ≤ 100 ms.
//   B: two processes on one PostgreSQL (a database made and dropped here), 150 sockets on
//      each; events reach the second process through LISTEN/NOTIFY. Target p99 ≤ 250 ms.
//      First with every command sent to process 1, then alternating between the two.
// Also the server's memory per connected socket: RSS and heap after a forced GC, before the
// sockets connect and after, divided by their number.
// `npm run bench:live`. BENCH_LIVE_CLIENTS (300), BENCH_LIVE_SESSIONS (10: A's, and B's with
// commands to process 1), BENCH_LIVE_ALTERNATING_SESSIONS (3), BENCH_LIVE_GAP_MS (50: mean
// pause between commands, jittered ±50 %) and BENCH_DATABASE_URL
// (postgres://postgres@127.0.0.1:5432/postgres) change it.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import WebSocket from 'ws';
import { startKindred } from './lib/kindred.mjs';
import { postgresAvailable } from './lib/postgres.mjs';
import { freePort, killAllNow, stopAll } from './lib/servers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLIENTS = Number(process.env.BENCH_LIVE_CLIENTS ?? 300);
const SESSIONS = Number(process.env.BENCH_LIVE_SESSIONS ?? 10);
const ALTERNATING_SESSIONS = Number(process.env.BENCH_LIVE_ALTERNATING_SESSIONS ?? 3);
const GAP_MS = Number(process.env.BENCH_LIVE_GAP_MS ?? 50);
const WARMUP_COMMANDS = 3;
const TARGET_ONE_PROCESS_MS = 100;
const TARGET_TWO_PROCESSES_MS = 250;
const ARRIVAL_TIMEOUT_MS = 15_000;
const HTTP_TIMEOUT_MS = 30_000;
const PASSWORD = 'quiet river morning 42';
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const probe = pathToFileURL(path.join(root, 'bench/lib/memory-probe.mjs')).href;

/** The longest agenda a series may have: 12 phases, so 11 `phase.next` per session. */
const AGENDA = [
  { kind: 'opening_checkin', title: 'Opening check-in', minutes: 10 },
  ...Array.from({ length: 3 }, (_, i) => ({ kind: 'discussion', title: `Discussion ${i + 1}`, minutes: 10 })),
  ...Array.from({ length: 3 }, (_, i) => ({ kind: 'skill_practice', title: `Practice ${i + 1}`, minutes: 5 })),
  ...Array.from({ length: 4 }, (_, i) => ({ kind: 'custom', title: `Break ${i + 1}`, minutes: 5 })),
  { kind: 'closing_reflection', title: 'Closing reflections', minutes: 10 },
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const round1 = (ms) => Math.round(ms * 10) / 10;

/** Runs `fn` over `items` with at most `limit` at a time; keeps the order of results. */
async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * One API call to the process at `base`, with the deployment's public origin (the CSRF check)
 * and, for sign-ups, an address of its own (the server trusts X-Forwarded-For here).
 */
async function call(base, publicOrigin, cookie, method, url, body, forwardedFor) {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: {
      origin: publicOrigin,
      ...(cookie && { cookie }),
      ...(forwardedFor && { 'x-forwarded-for': forwardedFor }),
      ...(body && { 'content-type': 'application/json' }),
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}: ${text.slice(0, 300)}`);
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('kindred_session='));
  return { json: text ? JSON.parse(text) : null, cookie: setCookie?.split(';')[0] };
}

/** A zone where it is around midday now, so the occurrences of the run stay on one local day. */
function middayZone() {
  const zones = ['Pacific/Honolulu', 'America/Los_Angeles', 'America/Chicago', 'America/New_York', 'America/Sao_Paulo', 'Europe/London', 'Europe/Berlin', 'Asia/Dubai', 'Asia/Kolkata', 'Asia/Shanghai', 'Asia/Tokyo', 'Australia/Sydney', 'Pacific/Auckland'];
  const hour = (zone) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(new Date()));
  return zones.reduce((best, zone) => (Math.abs(hour(zone) - 12) < Math.abs(hour(best) - 12) ? zone : best));
}

/** The local date, HH:MM and RRULE weekday of an instant in a zone. */
function slotAt(zone, instant) {
  const part = (options) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, ...options }).format(instant);
  const date = part({ year: 'numeric', month: '2-digit', day: '2-digit' });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  const weekday = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${date}T00:00:00Z`).getUTCDay()];
  return { date, time, weekday };
}

/**
 * The deployment: `processes` are [{ base }] (the first is where the facilitator's commands
 * go unless told otherwise); account i is served by process i % processes.length.
 */
async function setUpGroup(processes, publicOrigin) {
  const zone = middayZone();
  let ip = 0;
  const signUp = async (username, i) => {
    ip += 1;
    const base = processes[i % processes.length].base;
    const { json, cookie } = await call(base, publicOrigin, null, 'POST', '/api/auth/signup', { username, password: PASSWORD }, `10.77.${ip >> 8}.${ip & 255}`);
    return { id: json.id, cookie, proc: i % processes.length };
  };
  const p1 = processes[0].base;
  const facilitator = await signUp('live_facilitator', 0);
  const group = (await call(p1, publicOrigin, facilitator.cookie, 'POST', '/api/groups', { name: 'Live bench circle', timeZone: zone, joinPolicy: 'invite', listed: false })).json;
  const { token } = (await call(p1, publicOrigin, facilitator.cookie, 'POST', `/api/groups/${group.id}/invitations`, { maxUses: null })).json;
  const members = await pool(Array.from({ length: CLIENTS - 1 }, (_, i) => i + 1), 4, async (i) => {
    const member = await signUp(`live_member_${i}`, i);
    await call(processes[member.proc].base, publicOrigin, member.cookie, 'POST', `/api/invitations/${token}/accept`, { agreementVersion: group.agreement.version });
    return member;
  });
  return { zone, group, facilitator, people: [facilitator, ...members] };
}

/** A weekly series with the 12-phase agenda whose occurrence starts `minutesAhead` from now. */
async function seriesSoon(base, publicOrigin, community, minutesAhead) {
  const slot = slotAt(community.zone, new Date(Date.now() + minutesAhead * 60_000));
  const { json } = await call(base, publicOrigin, community.facilitator.cookie, 'POST', `/api/groups/${community.group.id}/meetings`, {
    title: `Live bench ${minutesAhead}`,
    recurrence: { freq: 'weekly', byDay: [slot.weekday] },
    startDate: slot.date,
    startTime: slot.time,
    durationMinutes: 90,
    format: 'online',
    conferenceUrl: 'https://meet.example.org/live-bench',
    open: true,
    agenda: AGENDA,
  });
  return { seriesId: json.id, date: slot.date };
}

/**
 * Every socket of the session: arrival times per event seq (taken first thing in the message
 * handler), and a wait for "every socket has event n".
 */
class Audience {
  constructor() {
    this.clients = [];
    this.counts = new Map();
    this.waiter = null;
    this.failure = null;
  }

  open(url, origin, cookie, proc) {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers: { cookie, origin }, perMessageDeflate: false });
      const client = { ws, proc, seq: -1, arrivals: new Map(), closed: false };
      const timer = setTimeout(() => reject(new Error('a session socket sent no sync within 15 s')), 15_000);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`a session socket was refused with ${res.statusCode}`)));
      ws.once('error', reject);
      ws.on('message', (data) => {
        const at = performance.now();
        const message = JSON.parse(String(data));
        if (message.type === 'sync') {
          client.seq = message.seq;
          clearTimeout(timer);
          resolve(client);
          return;
        }
        if (message.type !== 'event') return; // the heartbeat's { type: 'beat' }
        const { seq } = message.event;
        client.seq = seq;
        client.arrivals.set(seq, at);
        const count = (this.counts.get(seq) ?? 0) + 1;
        this.counts.set(seq, count);
        if (this.waiter?.seq === seq && count === this.clients.length) this.waiter.resolve();
      });
      ws.on('close', (code) => {
        client.closed = true;
        if (this.waiter && !this.ending) this.waiter.reject(new Error(`a session socket closed (${code}) during the run`));
      });
      this.clients.push(client);
    });
  }

  /** Resolves when every socket has received event `seq`. */
  everyoneHas(seq) {
    if ((this.counts.get(seq) ?? 0) === this.clients.length) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const missing = this.clients.filter((c) => !c.arrivals.has(seq)).length;
        reject(new Error(`event ${seq} had not reached ${missing} of ${this.clients.length} sockets after ${ARRIVAL_TIMEOUT_MS} ms`));
      }, ARRIVAL_TIMEOUT_MS);
      this.waiter = {
        seq,
        resolve: () => {
          clearTimeout(timer);
          this.waiter = null;
          resolve();
        },
        reject: (err) => {
          clearTimeout(timer);
          this.waiter = null;
          reject(err);
        },
      };
    });
  }

  /** Closes every socket (the session's end closes them from the server; this is the fallback). */
  async close() {
    this.ending = true;
    await Promise.all(
      this.clients.map(
        (c) =>
          new Promise((resolve) => {
            if (c.closed) return resolve();
            c.ws.once('close', resolve);
            c.ws.close();
            setTimeout(() => {
              c.ws.terminate();
              resolve();
            }, 2000).unref();
          }),
      ),
    );
  }
}

/** RSS and heap of a server with the memory probe, after a forced GC (MiB). */
async function memoryOf(server, file) {
  rmSync(file, { force: true });
  server.child.kill('SIGUSR2');
  const deadline = Date.now() + 10_000;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`${server.name} wrote no memory figures (is the probe loaded?)`);
    await sleep(20);
  }
  const usage = JSON.parse(readFileSync(file, 'utf8'));
  const mib = (bytes) => bytes / 1024 / 1024;
  return { rssMiB: mib(usage.rss), heapUsedMiB: mib(usage.heapUsed), gc: usage.gc };
}

/**
 * One session: started by the facilitator, joined by everyone, every socket opened, then the
 * measured commands; `target(i)` picks the process the i-th command goes to. Returns latency
 * samples per command type ({ ms, proc }) and the memory before and after the sockets.
 */
async function runSession({ processes, publicOrigin, community, minutesAhead, target, memory }) {
  const p1 = processes[0].base;
  const { facilitator, people } = community;
  const occurrence = await seriesSoon(p1, publicOrigin, community, minutesAhead);
  const started = (await call(p1, publicOrigin, facilitator.cookie, 'POST', `/api/groups/${community.group.id}/meetings/${occurrence.seriesId}/occurrences/${occurrence.date}/live-session`, { mode: 'online' })).json;
  const sessionId = started.info.id;
  const phaseIds = started.state.phases.map((p) => p.id);
  let seq = started.seq;
  await pool(people.slice(1), 8, async (person) => {
    const view = (await call(processes[person.proc].base, publicOrigin, person.cookie, 'POST', `/api/live-sessions/${sessionId}/join`, { mode: 'online' })).json;
    seq = Math.max(seq, view.seq);
  });

  const before = memory ? await Promise.all(processes.map((p) => memoryOf(p.server, p.memoryFile))) : null;
  const audience = new Audience();
  try {
    const connectStarted = performance.now();
    await pool(people, 16, (person) => {
      const url = `${processes[person.proc].base.replace('http', 'ws')}/api/live-sessions/${sessionId}/socket`;
      return audience.open(url, publicOrigin, person.cookie, person.proc);
    });
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    if (audience.clients.some((c) => c.seq !== seq)) throw new Error(`a socket synced at another seq than ${seq}`);
    // Let the sync messages drain before the heap is read.
    await sleep(500);
    const after = memory ? await Promise.all(processes.map((p) => memoryOf(p.server, p.memoryFile))) : null;

    const samples = { 'phase.next': [], 'phase.extend': [] };
    const answers = [];
    const commands = [];
    let sent = 0;
    const send = async (command, record) => {
      const expected = seq + 1;
      const proc = target(sent++);
      const arrived = audience.everyoneHas(expected);
      const at = performance.now();
      const answered = call(processes[proc].base, publicOrigin, facilitator.cookie, 'POST', `/api/live-sessions/${sessionId}/commands`, command).then((r) => {
        if (record) answers.push(performance.now() - at);
        return r;
      });
      const [{ json }] = await Promise.all([answered, arrived]);
      if (json.seq !== expected) throw new Error(`${command.type} was numbered ${json.seq}, not ${expected}: something else wrote to the session`);
      seq = expected;
      if (record) {
        let slowest = 0;
        for (const c of audience.clients) {
          const ms = c.arrivals.get(expected) - at;
          samples[command.type].push({ ms, proc: c.proc });
          slowest = Math.max(slowest, ms);
        }
        commands.push({ type: command.type, proc, atS: round1((at - processes[0].startedAt) / 1000), slowestMs: round1(slowest) });
      }
      for (const c of audience.clients) c.arrivals.delete(expected);
      audience.counts.delete(expected);
      // Jittered, so the commands do not fall in step with the servers' 25 s heartbeat.
      await sleep(GAP_MS * (0.5 + Math.random()));
    };

    for (let i = 0; i < WARMUP_COMMANDS; i++) await send({ type: 'phase.extend', minutes: 1 }, false);
    for (let i = 0; i < phaseIds.length - 1; i++) {
      await send({ type: 'phase.extend', minutes: 1 }, true);
      await send({ type: 'phase.next', expectedPhaseId: phaseIds[i] }, true);
    }
    audience.ending = true;
    await call(p1, publicOrigin, facilitator.cookie, 'POST', `/api/live-sessions/${sessionId}/commands`, { type: 'session.end' });
    return { samples, answers, commands, before, after, sockets: audience.clients.length, connectSeconds };
  } finally {
    await audience.close();
  }
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return { samples: 0 };
  return {
    samples: sorted.length,
    p50Ms: round1(percentile(sorted, 50)),
    p95Ms: round1(percentile(sorted, 95)),
    p99Ms: round1(percentile(sorted, 99)),
    maxMs: round1(sorted[sorted.length - 1]),
  };
}

/**
 * Memory per socket, per process: from the first session (cold: also counts what the first
 * sockets load once) and, when there were more, the last (warm; RSS may reuse pages the
 * sessions before freed, so it can read low).
 */
function memoryPerClient(runs, procCount) {
  const per = (run) =>
    Array.from({ length: procCount }, (_, p) => {
      const sockets = run.sockets / procCount;
      const kib = (a, b) => Math.round(((a - b) * 1024 * 10) / sockets) / 10;
      return {
        sockets,
        rssBeforeMiB: round1(run.before[p].rssMiB),
        rssAfterMiB: round1(run.after[p].rssMiB),
        rssKiBPerClient: kib(run.after[p].rssMiB, run.before[p].rssMiB),
        heapUsedBeforeMiB: round1(run.before[p].heapUsedMiB),
        heapUsedAfterMiB: round1(run.after[p].heapUsedMiB),
        heapUsedKiBPerClient: kib(run.after[p].heapUsedMiB, run.before[p].heapUsedMiB),
        forcedGc: run.after[p].gc,
      };
    });
  return runs.length === 1 ? { first: per(runs[0]) } : { first: per(runs[0]), last: per(runs[runs.length - 1]) };
}

/** Runs `sessions` sessions one after another on the same processes and folds their samples. */
async function measure({ label, processes, publicOrigin, community, sessions, target, targetMs, minutesFrom, memory = true }) {
  const runs = [];
  for (let s = 0; s < sessions; s++) {
    process.stdout.write(`… ${label}: session ${s + 1} of ${sessions}\n`);
    runs.push(await runSession({ processes, publicOrigin, community, minutesAhead: minutesFrom + s, target, memory }));
  }
  const all = (type) => runs.flatMap((r) => r.samples[type]);
  const byProc = (type) =>
    processes.length === 1 ? undefined : processes.map((_, p) => summary(all(type).filter((x) => x.proc === p).map((x) => x.ms)));
  const next = summary(all('phase.next').map((x) => x.ms));
  const nextCommands = runs.flatMap((r) => r.commands).filter((c) => c.type === 'phase.next');
  return {
    label,
    processes: processes.length,
    sessions,
    clients: runs[0].sockets,
    socketsConnectedPerSecond: Math.round(runs[0].sockets / runs[0].connectSeconds),
    phaseNext: { ...next, byProcess: byProc('phase.next') },
    /** Commands, not samples: each reached every socket, so one slow command is `clients` slow samples. */
    phaseNextCommands: nextCommands.length,
    phaseNextCommandsOverTarget: nextCommands.filter((c) => c.slowestMs > targetMs).length,
    phaseExtend: { ...summary(all('phase.extend').map((x) => x.ms)), byProcess: byProc('phase.extend') },
    commandAnswered: summary(runs.flatMap((r) => r.answers)),
    // When they were sent (seconds since process 1 started; its heartbeat checks every socket each 25 s).
    slowestCommands: runs
      .flatMap((r) => r.commands)
      .sort((a, b) => b.slowestMs - a.slowestMs)
      .slice(0, 5),
    memory: memory ? memoryPerClient(runs, processes.length) : null,
    targetP99Ms: targetMs,
    met: next.p99Ms <= targetMs,
  };
}

function spawnOptions(dataDir, port, memoryFile, env) {
  return {
    root,
    dataDir,
    port,
    nodeFlags: ['--expose-gc', '--import', probe],
    env: { TRUST_PROXY: 'true', BENCH_MEMORY_FILE: memoryFile, ...env },
  };
}

async function scenarioOneProcess(tmp) {
  const port = await freePort();
  const dataDir = path.join(tmp, 'a-data');
  const memoryFile = path.join(tmp, 'a-memory.json');
  const startedAt = performance.now();
  const { server } = await startKindred(spawnOptions(dataDir, port, memoryFile, {}));
  try {
    const base = `http://127.0.0.1:${port}`;
    const processes = [{ base, server, memoryFile, startedAt }];
    process.stdout.write(`… A: signing up ${CLIENTS} people into one group\n`);
    const community = await setUpGroup(processes, base);
    return await measure({ label: 'A  1 process, SQLite', processes, publicOrigin: base, community, sessions: SESSIONS, target: () => 0, targetMs: TARGET_ONE_PROCESS_MS, minutesFrom: 1 });
  } finally {
    await stopAll();
  }
}

async function adminQuery(text) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function scenarioTwoProcesses(tmp, database) {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const [port1, port2] = [await freePort(), await freePort()];
  const publicOrigin = `http://127.0.0.1:${port1}`;
  // One deployment: one database, one secret, one public address; the processes are interchangeable.
  const shared = { DATABASE_URL: url.toString(), SECRET_KEY: randomBytes(32).toString('hex'), PUBLIC_URL: publicOrigin };
  const processes = [];
  try {
    for (const [i, port] of [port1, port2].entries()) {
      const memoryFile = path.join(tmp, `b${i + 1}-memory.json`);
      // The first migrates the fresh database; the second starts on the migrated one.
      const startedAt = performance.now();
      const { server } = await startKindred(spawnOptions(path.join(tmp, `b${i + 1}-data`), port, memoryFile, shared));
      processes.push({ base: `http://127.0.0.1:${port}`, server, memoryFile, startedAt });
    }
    process.stdout.write(`… B: signing up ${CLIENTS} people into one group (half on each process)\n`);
    const community = await setUpGroup(processes, publicOrigin);
    const toFirst = await measure({ label: 'B  2 processes, PG; cmds → 1', processes, publicOrigin, community, sessions: SESSIONS, target: () => 0, targetMs: TARGET_TWO_PROCESSES_MS, minutesFrom: 1 });
    const alternating = await measure({ label: 'B  2 processes, PG; cmds 1/2', processes, publicOrigin, community, sessions: ALTERNATING_SESSIONS, target: (i) => i % 2, targetMs: TARGET_TWO_PROCESSES_MS, minutesFrom: 1 + SESSIONS, memory: false });
    return [toFirst, alternating];
  } finally {
    await stopAll();
  }
}

function printResults(results) {
  const cols = [
    ['scenario', 29],
    ['command', 12],
    ['clients on', 11],
    ['samples', 8],
    ['p50 ms', 7],
    ['p95 ms', 7],
    ['p99 ms', 7],
    ['max ms', 7],
    ['target', 16],
  ];
  const line = (values) => values.map((v, i) => String(v ?? '').padEnd(cols[i][1])).join(' ');
  console.log(`\nLive session: command sent → its event at every socket (${CLIENTS} clients; ${GAP_MS} ms between commands)`);
  console.log('cmds → 1: every command to process 1; cmds 1/2: alternating. HTTP answer: the facilitator\'s own round trip.');
  console.log(line(cols.map(([t]) => t)));
  console.log(cols.map(([, w]) => '-'.repeat(w)).join(' '));
  for (const r of results) {
    const verdict = `p99 ≤ ${r.targetP99Ms}: ${r.met ? 'PASS' : 'FAIL'}`;
    const rows = [['phase.next', r.phaseNext, verdict], ['phase.extend', r.phaseExtend, '']];
    for (const [i, [command, s, v]] of rows.entries()) {
      console.log(line([i === 0 ? r.label : '', command, 'all', s.samples, s.p50Ms, s.p95Ms, s.p99Ms, s.maxMs, v]));
      for (const [p, sp] of (s.byProcess ?? []).entries()) {
        console.log(line(['', '', `process ${p + 1}`, sp.samples, sp.p50Ms, sp.p95Ms, sp.p99Ms, sp.maxMs, '']));
      }
    }
    const a = r.commandAnswered;
    console.log(line(['', 'HTTP answer', 'facilitator', a.samples, a.p50Ms, a.p95Ms, a.p99Ms, a.maxMs, '']));
  }
  console.log('\nphase.next commands whose last socket was reached later than the target, and the slowest commands');
  console.log('(sent t seconds after process 1 started, to process n; every server heartbeat, each 25 s, rechecks every socket):');
  for (const r of results) {
    console.log(`  ${r.label.padEnd(29)} ${r.phaseNextCommandsOverTarget} of ${r.phaseNextCommands} over ${r.targetP99Ms} ms; slowest: ${r.slowestCommands.map((c) => `${c.type} ${c.slowestMs} ms (t ${c.atS} s, → ${c.proc + 1})`).join(', ')}`);
  }
  console.log('\nServer memory per connected socket: (after − before the sockets connect) / sockets, each read after a');
  console.log('forced GC; includes the socket, its ws buffers, the hub subscription and the SessionSocket.');
  for (const r of results.filter((x) => x.memory)) {
    for (const [when, figures] of Object.entries(r.memory)) {
      for (const [p, m] of figures.entries()) {
        console.log(
          `  ${r.label.padEnd(29)} process ${p + 1}, ${`${when} session:`.padEnd(15)} ${m.sockets} sockets  RSS ${m.rssBeforeMiB} → ${m.rssAfterMiB} MiB = ${m.rssKiBPerClient} KiB/client   heap used ${m.heapUsedBeforeMiB} → ${m.heapUsedAfterMiB} MiB = ${m.heapUsedKiBPerClient} KiB/client`,
        );
      }
    }
  }
  console.log('  first session: cold (also counts what the first sockets load once); last: warm (RSS may reuse pages freed before).');
}

let database = null;
let tmp = null;
let cleaned = false;
async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  await stopAll().catch(() => killAllNow());
  if (database) await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch((err) => console.error(`could not drop ${database}: ${err.message}`));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}

async function main() {
  console.log(`Live-session bench: ${CLIENTS} sockets in one session, ${SESSIONS} sessions per scenario (+${ALTERNATING_SESSIONS} alternating in B), ${os.availableParallelism()} CPUs (load average ${os.loadavg()[0].toFixed(1)})`);
  tmp = mkdtempSync(path.join(os.tmpdir(), 'kindred-bench-live-'));
  const results = [await scenarioOneProcess(tmp)];
  if (await postgresAvailable(adminUrl)) {
    database = `kindred_bench_live_${process.pid}`;
    await adminQuery(`CREATE DATABASE ${database}`);
    results.push(...(await scenarioTwoProcesses(tmp, database)));
  } else {
    console.log(`… B skipped: no PostgreSQL answers at ${adminUrl.replace(/\/\/[^@]*@/, '//')} (set BENCH_DATABASE_URL)`);
  }
  printResults(results);
  console.log(`\n${JSON.stringify({ bench: 'live', clients: CLIENTS, gapMs: GAP_MS, results })}`);
  return results;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killAllNow();
    void cleanUp().finally(() => process.exit(130));
  });
}

let ok = false;
try {
  await main();
  // A missed target is reported in the table, not failed; errors (a lost event, a refused call) fail.
  ok = true;
} catch (err) {
  console.error(`Live-session bench failed: ${err instanceof Error ? err.stack : String(err)}`);
} finally {
  await cleanUp();
}
process.exit(ok ? 0 : 1);
