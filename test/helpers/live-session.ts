import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import type { App } from '../../src/server/app.js';
import type { SocketMessage } from '../../src/shared/live-session/api.js';
import { replay } from '../../src/shared/live-session/machine.js';
import type { SessionState } from '../../src/shared/live-session/schema.js';
import { localDate, WEEKDAYS } from '../../src/shared/recurrence.js';
import { TEST_ORIGIN } from './app.js';
import type { TestClient } from './client.js';
import { buildMeeting } from './factories.js';
import { RefusedError } from './live.js';

/** The local date, HH:MM and weekday of an instant in a zone. */
export function slotAt(zone: string, instant: Date) {
  const date = localDate(zone, instant);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
  return { date, time, weekday };
}

/** A weekly series whose occurrence starts at `instant` (in the group's zone); its id and that date. */
export async function seriesAt(client: TestClient, groupId: string, zone: string, instant: Date, overrides: Record<string, unknown> = {}) {
  const slot = slotAt(zone, instant);
  const res = await client.post(`/api/groups/${groupId}/meetings`, buildMeeting({
    title: 'Evening circle', recurrence: { freq: 'weekly', byDay: [slot.weekday] }, startDate: slot.date, startTime: slot.time, durationMinutes: 60, ...overrides,
  }));
  if (res.statusCode !== 201) throw new Error(res.body);
  return { seriesId: res.json().id as string, date: slot.date };
}

export const occurrenceUrl = (groupId: string, s: { seriesId: string; date: string }, rest = 'live-session') =>
  `/api/groups/${groupId}/meetings/${s.seriesId}/occurrences/${s.date}/${rest}`;

/** Starts the app on a loopback port (once) and gives the ws:// address of a session's socket. */
export async function sessionSocketUrl(app: App, sessionId: string, since?: number): Promise<string> {
  if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return `ws://127.0.0.1:${port}/api/live-sessions/${sessionId}/socket${since === undefined ? '' : `?since=${since}`}`;
}

export interface SessionClient {
  socket: WebSocket;
  messages: SocketMessage[];
  /** The state replayed from the sync and the events, as the app does. */
  state(): { state: SessionState; seq: number } | undefined;
  /** Resolves once the replayed state reached event `seq`. */
  reach(seq: number, timeoutMs?: number): Promise<void>;
  closed: Promise<number>;
}

/** A session socket as the browser opens it; rejects with the HTTP status if the upgrade is refused. */
export function openSession(url: string, cookie: string | undefined, origin: string | null = TEST_ORIGIN): Promise<SessionClient> {
  const headers: Record<string, string> = {};
  if (origin) headers.origin = origin;
  if (cookie) headers.cookie = cookie;
  const socket = new WebSocket(url, { headers });
  const messages: SocketMessage[] = [];
  let current: { state: SessionState; seq: number } | undefined;
  const waiters = new Set<() => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as SocketMessage;
    messages.push(message);
    if (message.type === 'sync') current = { state: message.state, seq: message.seq };
    else if (current) current = replay(current.state, current.seq, [message.event]);
    for (const wake of waiters) wake();
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  const client: SessionClient = {
    socket,
    messages,
    closed,
    state: () => current,
    reach(seq, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!current || current.seq < seq) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`did not reach event ${seq}; at ${current?.seq}`));
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

/** The HTTP status a refused session socket handshake answered with (101 when it opened). */
export async function sessionRefusal(url: string, cookie: string | undefined, origin: string | null = TEST_ORIGIN): Promise<number> {
  try {
    const client = await openSession(url, cookie, origin);
    client.socket.close();
    return 101;
  } catch (err) {
    if (err instanceof RefusedError) return err.status;
    throw err;
  }
}
