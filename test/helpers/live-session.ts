import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import WebSocket from 'ws';
import type { App } from '../../src/server/app.js';
import type { BEAT_MESSAGE, SocketMessage } from '../../src/shared/live-session/api.js';
import { replay } from '../../src/shared/live-session/machine.js';
import type { SessionState } from '../../src/shared/live-session/schema.js';
import { localDate, WEEKDAYS } from '../../src/shared/recurrence.js';
import { TEST_ORIGIN } from './app.js';
import type { TestClient } from './client.js';
import { buildMeeting } from './factories.js';
import { browserSocket, opened, refusalOf, Waiters } from './live.js';

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
  const socket = browserSocket(url, cookie, origin);
  const messages: SocketMessage[] = [];
  let current: { state: SessionState; seq: number } | undefined;
  const waiters = new Waiters();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as SocketMessage | typeof BEAT_MESSAGE;
    if (message.type === 'beat') return;
    messages.push(message);
    if (message.type === 'sync') current = { state: message.state, seq: message.seq };
    else if (current) current = replay(current.state, current.seq, [message.event]);
    waiters.wake();
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  return opened(socket, {
    socket,
    messages,
    closed,
    state: () => current,
    reach: async (seq, timeoutMs = 10_000) => {
      await waiters.until(() => (current && current.seq >= seq ? true : undefined), timeoutMs, () => `did not reach event ${seq}; at ${current?.seq}`);
    },
  });
}

/** The HTTP status a refused session socket handshake answered with (101 when it opened). */
export function sessionRefusal(url: string, cookie: string | undefined, origin: string | null = TEST_ORIGIN): Promise<number> {
  return refusalOf(() => openSession(url, cookie, origin));
}

/** The seq of every event a session socket sent, in the order they came. */
export const eventSeqs = (messages: SocketMessage[]) => messages.flatMap((m) => (m.type === 'event' ? [m.event.seq] : []));

/** The numbers from `first` to `last`, both included (empty when last < first). */
export const seqRange = (first: number, last: number) => Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);

/**
 * The state a client that already had `from` replays from what a resumed socket sent (a
 * sync, if one came, starts over), as the app does after a reconnect.
 */
export function replayFrom(from: { state: SessionState; seq: number }, messages: SocketMessage[]): { state: SessionState; seq: number } {
  let current = { state: structuredClone(from.state), seq: from.seq };
  for (const message of messages) {
    if (message.type === 'sync') current = { state: structuredClone(message.state), seq: message.seq };
    else current = replay(current.state, current.seq, [message.event]);
  }
  return current;
}

/** Resolves with the first message (already received or to come) that matches. */
export function sessionMessage(client: SessionClient, match: (message: SocketMessage) => boolean, timeoutMs = 10_000): Promise<SocketMessage> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = client.messages.find(match);
      if (!found) return;
      clearTimeout(timer);
      client.socket.off('message', check);
      resolve(found);
    };
    const timer = setTimeout(() => {
      client.socket.off('message', check);
      reject(new Error(`no matching session message in ${timeoutMs} ms; got ${JSON.stringify(client.messages.map((m) => (m.type === 'sync' ? `sync ${m.seq}` : m.event.seq)))}`));
    }, timeoutMs);
    // Registered after openSession's own listener: the message is in `messages` when this runs.
    client.socket.on('message', check);
    check();
  });
}

/** The ws:// address of a session's socket on a server process at `baseUrl` (http://host:port). */
export function sessionSocketAt(baseUrl: string, sessionId: string, since?: number): string {
  const url = new URL(`/api/live-sessions/${sessionId}/socket`, baseUrl);
  url.protocol = 'ws:';
  if (since !== undefined) url.searchParams.set('since', String(since));
  return url.toString();
}

/**
 * Every client saw, after its sync, exactly the events up to `last` in order (no gap, no
 * duplicate), the same events as every other client, and replays the server's state.
 */
export function expectSameEvents(clients: SessionClient[], last: number, server: { seq: number; state: SessionState }) {
  const bySeq = new Map<number, unknown>();
  for (const client of clients) {
    const [sync, ...rest] = client.messages;
    if (sync?.type !== 'sync') throw new Error(`the first message was not a sync: ${JSON.stringify(sync)}`);
    expect(rest.map((m) => m.type)).not.toContain('sync');
    expect(eventSeqs(rest)).toEqual(seqRange(sync.seq + 1, last));
    for (const message of rest) {
      if (message.type !== 'event') continue;
      const seen = bySeq.get(message.event.seq);
      if (seen) expect(message.event).toEqual(seen);
      else bySeq.set(message.event.seq, message.event);
    }
    expect(client.state()).toEqual({ state: server.state, seq: last });
  }
  expect(server.seq).toBe(last);
}
