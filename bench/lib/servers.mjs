// Child-process servers for the benchmark: spawning, readiness, peak memory, cleanup.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const children = new Set();

/** A port that was free a moment ago (the OS picks it; we release it for the child). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Spawns `node <flags> <script>`; stderr is kept so a failed start can say why. */
export function spawnServer(name, script, { nodeFlags, env, cwd }) {
  const child = spawn(process.execPath, [...nodeFlags, script], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const server = { name, child, stderr: '', exited: false };
  child.stderr.on('data', (chunk) => {
    server.stderr = (server.stderr + chunk).slice(-4000);
  });
  server.exit = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      server.exited = true;
      children.delete(server);
      resolve({ code, signal });
    });
  });
  children.add(server);
  return server;
}

/** Polls `url` every `everyMs` until it answers 200; rejects if the child dies or time runs out. */
export async function waitFor200(server, url, { everyMs = 20, timeoutMs = 30_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exited) throw new Error(`${server.name} exited before it was ready:\n${server.stderr}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`${server.name} did not answer 200 on ${url} within ${timeoutMs} ms:\n${server.stderr}`);
}

/** Peak resident set size of a live process in MiB (VmHWM), or null when unreadable. */
export function peakRssMiB(pid) {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round((Number(match[1]) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

/** SIGTERM, then SIGKILL if the server has not gone within `graceMs`. */
export async function stopServer(server, graceMs = 5000) {
  if (server.exited) return;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), graceMs);
  await server.exit;
  clearTimeout(timer);
}

export async function stopAll() {
  await Promise.all([...children].map((server) => stopServer(server)));
}

/** Last resort when the bench process itself is exiting: no waiting possible. */
export function killAllNow() {
  for (const server of children) server.child.kill('SIGKILL');
}

let ticksPerSecond;

/** CPU seconds (user + system) a live process has used so far, or null when unreadable. */
export function cpuSeconds(pid) {
  try {
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return null;
  }
}
