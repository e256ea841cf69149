import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import type { Connection } from '../../src/server/db/connect.js';
import { uniqueIp } from './client.js';

const root = path.resolve(import.meta.dirname, '../..');
/** Builds of dist/ in this checkout take turns on this lock (shared with the browser tests). */
export const BUILD_LOCK = '/tmp/kindred-e2e.lock';
const run = promisify(execFile);

/**
 * Builds the production server when dist/ is older than the sources, under BUILD_LOCK so
 * that concurrent runs never write dist/ at once. When this run was itself started under
 * that lock (`flock /tmp/kindred-e2e.lock npm test`), it already holds it: building at once
 * is safe, and waiting would wait for ourselves.
 */
export async function buildServerIfStale(): Promise<void> {
  const build = [path.join(root, 'scripts/build.mjs'), '--if-stale'];
  const [command, args] = runningUnderLock() ? [process.execPath, build] : ['flock', [BUILD_LOCK, process.execPath, ...build]];
  try {
    await run(command, args, { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    const { stdout = '', stderr = '' } = err as { stdout?: string; stderr?: string };
    throw new Error(`building Kindred failed:\n${stdout}\n${stderr}`);
  }
}

function runningUnderLock(): boolean {
  for (let pid = process.ppid; pid > 1; ) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (path.basename(cmdline[0] ?? '') === 'flock' && cmdline.includes(BUILD_LOCK)) return true;
      pid = Number(/^\d+ \(.*\) \S (\d+)/s.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1] ?? 0);
    } catch {
      return false;
    }
  }
  return false;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The postgres:// URL of a test database, for a server process to connect to it too. */
export async function urlOf(connection: Connection): Promise<string> {
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(connection.db);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${rows[0]!.name}`;
  return url.toString();
}

export interface ServerOptions {
  dataDir: string;
  /** PostgreSQL; SQLite (DATA_DIR/kindred.sqlite) when omitted. */
  databaseUrl?: string;
  smtpUrl?: string;
  runWorker: boolean;
  jobPollMs?: number;
  jobLeaseSeconds?: number;
  /** More environment, e.g. MAIL_FROM. */
  env?: Record<string, string>;
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** What the process wrote to stdout and stderr so far. */
  output(): string;
  /** Sends the signal (SIGKILL: no shutdown at all) and waits for the process to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** A graceful stop: SIGTERM, then SIGKILL if it has not exited after 10 s. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
// A failed test must not leave servers behind.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts `node dist/server/main.js` (build it first: buildServerIfStale) and waits for /readyz. */
export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(root, 'dist/server/main.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: options.dataDir,
      DATABASE_URL: options.databaseUrl ?? '',
      SMTP_URL: options.smtpUrl ?? '',
      RUN_WORKER: String(options.runWorker),
      JOB_POLL_MS: String(options.jobPollMs ?? 100),
      JOB_LEASE_SECONDS: String(options.jobLeaseSeconds ?? 60),
      LOG_LEVEL: 'warn',
      SECRET_KEY: 'process-test-secret-key-long-enough-0123456789',
      // Each test client says it is a different address (X-Forwarded-For), so per-IP sign-up limits hold per client.
      TRUST_PROXY: 'true',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));

  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const server: ServerProcess = {
    url,
    child,
    output: () => output,
    kill,
    async stop() {
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await kill('SIGTERM');
      clearTimeout(force);
    },
  };
  try {
    await waitForReady(server);
  } catch (err) {
    await kill();
    throw err;
  }
  return server;
}

async function waitForReady(server: ServerProcess) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`Kindred exited with code ${server.child.exitCode}:\n${server.output()}`);
    try {
      if ((await fetch(`${server.url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Kindred did not become ready in 20 s:\n${server.output()}`);
}

/** A browser-like client of a server process: keeps its session cookie, sends the Origin on writes. */
export class HttpClient {
  private cookie: string | undefined;
  private readonly ip = uniqueIp();

  constructor(private readonly baseUrl: string) {}

  async request<T = unknown>(method: string, pathname: string, body?: unknown): Promise<{ status: number; json: T }> {
    const headers: Record<string, string> = { accept: 'application/json', 'x-forwarded-for': this.ip };
    if (method !== 'GET') headers.origin = this.baseUrl;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    const res = await fetch(`${this.baseUrl}${pathname}`, { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) });
    const session = res.headers.getSetCookie().find((c) => c.startsWith('kindred_session='));
    if (session) this.cookie = session.split(';')[0];
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : null) as T };
  }

  /** The same session against another process (every process shares the database and SECRET_KEY). */
  on(baseUrl: string): HttpClient {
    const other = new HttpClient(baseUrl);
    other.cookie = this.cookie;
    return other;
  }
}
