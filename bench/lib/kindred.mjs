// Starting the built Kindred server and signing a member in, as the benchmark needs them.
import { performance } from 'node:perf_hooks';
import { spawnServer, waitFor200 } from './servers.mjs';

/** Spawns dist/server/main.js and returns it with the ms from spawn to the first 200 on /readyz. */
export async function startKindred({ root, dataDir, port, nodeFlags, env = {} }) {
  const started = performance.now();
  const server = spawnServer('Kindred', 'dist/server/main.js', {
    cwd: root,
    nodeFlags,
    env: { DATA_DIR: dataDir, LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1', ...env },
  });
  await waitFor200(server, `http://127.0.0.1:${port}/readyz`);
  return { server, startupMs: Math.round(performance.now() - started) };
}

/** Signs up a bench member and returns the `kindred_session=…` cookie pair. */
export async function signUp(origin, username, password) {
  const res = await fetch(`${origin}/api/auth/signup`, {
    method: 'POST',
    // The server's CSRF check wants the Origin of its own PUBLIC_URL (http://HOST:PORT).
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ username, password }),
  });
  const body = await res.text();
  if (res.status !== 201) throw new Error(`signup answered ${res.status}: ${body}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kindred_session='));
  if (!cookie) throw new Error('signup set no kindred_session cookie');
  return cookie.split(';')[0];
}

/** One API call as the signed-in member (with the Origin the CSRF check wants); the JSON answer. */
export async function apiJson(origin, cookie, method, url, body) {
  const res = await fetch(`${origin}${url}`, {
    method,
    headers: { cookie, origin, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}: ${await res.text()}`);
  return res.json();
}
