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

/** A WebSocket as the browser opens it: our Origin (unless null) and the session cookie. */
export function browserSocket(url: string, cookie: string | undefined, origin: string | null = TEST_ORIGIN, autoPong = true): WebSocket {
  const headers: Record<string, string> = {};
  if (origin) headers.origin = origin;
  if (cookie) headers.cookie = cookie;
  return new WebSocket(url, { headers, autoPong });
}

/** Whoever waits for a socket's messages: woken on each, `until` resolves once `ready` gives a value. */
export class Waiters {
  private readonly waiting = new Set<() => void>();

  wake(): void {
    for (const check of this.waiting) check();
  }

  until<T>(ready: () => T | undefined, timeoutMs: number, failure: () => string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = ready();
        if (value === undefined) return;
        clearTimeout(timer);
        this.waiting.delete(check);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.waiting.delete(check);
        reject(new Error(failure()));
      }, timeoutMs);
      this.waiting.add(check);
      check();
    });
  }
}

/** Resolves with `client` once the socket opened; rejects with a RefusedError carrying the HTTP status otherwise. */
export function opened<C>(socket: WebSocket, client: C): Promise<C> {
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(client));
    socket.once('unexpected-response', (_req, res) => reject(new RefusedError(res.statusCode ?? 0)));
    socket.once('error', reject);
  });
}

/** A WebSocket client as the browser would open it: our Origin and the session cookie. */
export function openLive(url: string, cookie: string | undefined, options: { origin?: string | null; autoPong?: boolean } = {}): Promise<LiveClient> {
  const socket = browserSocket(url, cookie, options.origin === undefined ? TEST_ORIGIN : options.origin, options.autoPong ?? true);
  const events: LiveEvent[] = [];
  const waiters = new Waiters();
  socket.on('message', (data) => {
    events.push(JSON.parse(String(data)) as LiveEvent);
    waiters.wake();
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  return opened(socket, {
    socket,
    events,
    closed,
    next: (match, timeoutMs = 10_000) => waiters.until(() => events.find(match), timeoutMs, () => `no matching live event in ${timeoutMs} ms; got ${JSON.stringify(events)}`),
  });
}

export class RefusedError extends Error {
  constructor(readonly status: number) {
    super(`refused with ${status}`);
  }
}

/** The HTTP status a refused WebSocket handshake answered with (101 when it opened). */
export async function refusal(url: string, cookie: string | undefined, origin?: string | null): Promise<number> {
  return refusalOf(() => openLive(url, cookie, { origin }));
}

export async function refusalOf(open: () => Promise<{ socket: WebSocket }>): Promise<number> {
  try {
    const client = await open();
    client.socket.close();
    return 101;
  } catch (err) {
    if (err instanceof RefusedError) return err.status;
    throw err;
  }
}
