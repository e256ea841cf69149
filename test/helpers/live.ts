import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import type { App } from '../../src/server/app.js';
import type { LiveEvent } from '../../src/shared/live-events.js';
import { TEST_ORIGIN } from './app.js';

/** Starts the app on a loopback port (once) and gives its ws:// address of /api/live. */
export async function liveUrl(app: App): Promise<string> {
  if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return `ws://127.0.0.1:${port}/api/live`;
}

export interface LiveClient {
  socket: WebSocket;
  events: LiveEvent[];
  /** Resolves with the first event (already received or to come) that matches. */
  next(match: (event: LiveEvent) => boolean, timeoutMs?: number): Promise<LiveEvent>;
  /** Resolves with the close code once the server closed the socket. */
  closed: Promise<number>;
}

/** A WebSocket client as the browser would open it: our Origin and the session cookie. */
export function openLive(url: string, cookie: string | undefined, options: { origin?: string | null; autoPong?: boolean } = {}): Promise<LiveClient> {
  const headers: Record<string, string> = {};
  const origin = options.origin === undefined ? TEST_ORIGIN : options.origin;
  if (origin) headers.origin = origin;
  if (cookie) headers.cookie = cookie;
  const socket = new WebSocket(url, { headers, autoPong: options.autoPong ?? true });
  const events: LiveEvent[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data) => {
    events.push(JSON.parse(String(data)) as LiveEvent);
    for (const wake of waiters) wake();
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  const client: LiveClient = {
    socket,
    events,
    closed,
    next(match, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching live event in ${timeoutMs} ms; got ${JSON.stringify(events)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(client));
    socket.once('unexpected-response', (_req, res) => reject(new RefusedError(res.statusCode ?? 0)));
    socket.once('error', reject);
  });
}

export class RefusedError extends Error {
  constructor(readonly status: number) {
    super(`refused with ${status}`);
  }
}

/** The HTTP status a refused WebSocket handshake answered with. */
export async function refusal(url: string, cookie: string | undefined, origin?: string | null): Promise<number> {
  try {
    const client = await openLive(url, cookie, { origin });
    client.socket.close();
    return 101;
  } catch (err) {
    if (err instanceof RefusedError) return err.status;
    throw err;
  }
}
