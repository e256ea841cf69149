// Issue 5's SOS bench: one process (SQLite), a member who granted 'sos' to 10 people, each
// with the app open (a WebSocket on /api/live). Measures the time from pressing "I need
// support now" (the POST leaving the client) to the in-app alert reaching each recipient,
// over many presses (each resolved before the next, so none folds into the one before).
// Target: p99 ≤ 500 ms. `npm run bench:sos`; also run at the end of `npm run bench`.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { startKindred } from './lib/kindred.mjs';
import { freePort, stopAll } from './lib/servers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PASSWORD = 'quiet river morning 42';
const RECIPIENTS = 10;
const TARGET_P99_MS = 500;

let ip = 0;
/** Every person signs up from their own address (the server trusts X-Forwarded-For here). */
async function call(origin, cookie, method, url, body, forwardedFor) {
  const res = await fetch(`${origin}${url}`, {
    method,
    headers: {
      origin,
      ...(cookie && { cookie }),
      ...(forwardedFor && { 'x-forwarded-for': forwardedFor }),
      ...(body && { 'content-type': 'application/json' }),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}: ${text}`);
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('kindred_session='));
  return { json: text ? JSON.parse(text) : null, cookie: setCookie?.split(';')[0] };
}

async function person(origin, username) {
  ip += 1;
  const { json, cookie } = await call(origin, null, 'POST', '/api/auth/signup', { username, password: PASSWORD }, `10.9.${ip >> 8}.${ip & 255}`);
  return { id: json.id, cookie };
}

function connect(origin, cookie) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${origin.replace('http', 'ws')}/api/live`, { headers: { cookie, origin } });
    ws.once('error', reject);
    ws.on('message', function first(data) {
      if (JSON.parse(String(data)).type === 'hello') {
        ws.off('message', first);
        resolve(ws);
      }
    });
  });
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs the scenario against a fresh server; returns the latency summary. */
export async function measureSos({ presses = Number(process.env.BENCH_SOS_PRESSES ?? 200), warmup = 20 } = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kindred-bench-sos-'));
  const port = await freePort();
  try {
    const { server } = await startKindred({ root, dataDir, port, nodeFlags: [], env: { TRUST_PROXY: 'true' } });
    const origin = `http://127.0.0.1:${port}`;
    const member = await person(origin, 'sos_member');
    const group = (await call(origin, member.cookie, 'POST', '/api/groups', { name: 'SOS bench circle', timeZone: 'Europe/London', joinPolicy: 'invite', listed: false })).json;
    const { token } = (await call(origin, member.cookie, 'POST', `/api/groups/${group.id}/invitations`, {})).json;
    const recipients = [];
    for (let i = 0; i < RECIPIENTS; i += 1) {
      const r = await person(origin, `sos_recipient_${i}`);
      await call(origin, r.cookie, 'POST', `/api/invitations/${token}/accept`, { agreementVersion: group.agreement.version });
      await call(origin, member.cookie, 'POST', '/api/grants', { granteeAccountId: r.id, scopes: ['sos'] });
      recipients.push({ ...r, ws: await connect(origin, r.cookie) });
    }

    const latencies = [];
    for (let press = 0; press < warmup + presses; press += 1) {
      let started = 0;
      const arrivals = recipients.map(
        (r) =>
          new Promise((resolve) => {
            const onMessage = (data) => {
              const event = JSON.parse(String(data));
              if (event.type === 'notification' && event.kind === 'sos.alert') {
                r.ws.off('message', onMessage);
                resolve(performance.now() - started);
              }
            };
            r.ws.on('message', onMessage);
          }),
      );
      started = performance.now();
      const { json: alert } = await call(origin, member.cookie, 'POST', '/api/sos', { message: 'bench' });
      if (alert.recipients.length !== RECIPIENTS) throw new Error(`the SOS reached ${alert.recipients.length} recipients, not ${RECIPIENTS}`);
      const times = await Promise.all(arrivals);
      if (press >= warmup) latencies.push(...times);
      await call(origin, member.cookie, 'POST', `/api/sos/${alert.id}/resolve`);
    }
    for (const r of recipients) r.ws.close();
    await stopAll();
    void server;
    latencies.sort((a, b) => a - b);
    const round = (ms) => Math.round(ms * 10) / 10;
    const p99 = round(percentile(latencies, 99));
    return {
      presses,
      recipients: RECIPIENTS,
      deliveries: latencies.length,
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      p99Ms: p99,
      maxMs: round(latencies[latencies.length - 1]),
      targetP99Ms: TARGET_P99_MS,
      met: p99 <= TARGET_P99_MS,
    };
  } finally {
    await stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printSos(r) {
  console.log(`\nSOS, press → in-app alert at ${r.recipients} connected recipients (one process, SQLite; ${r.presses} presses, ${r.deliveries} deliveries):`);
  console.log(`  p50 ${r.p50Ms} ms   p95 ${r.p95Ms} ms   p99 ${r.p99Ms} ms   max ${r.maxMs} ms   target p99 ≤ ${r.targetP99Ms} ms: ${r.met ? 'PASS' : 'NOT MET'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const result = await measureSos();
    printSos(result);
    process.exit(result.met ? 0 : 1);
  } catch (err) {
    console.error(`SOS bench failed: ${err instanceof Error ? err.message : String(err)}`);
    await stopAll();
    process.exit(1);
  }
}
