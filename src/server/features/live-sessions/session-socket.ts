import type { WebSocket } from 'ws';
import { KeepAlive } from '../../realtime/keep-alive.js';
import { BEAT_MESSAGE, type SocketMessage } from '../../../shared/live-session/api.js';
import type { SessionEvent } from '../../../shared/live-session/schema.js';
import { LIVE_SESSION_ENDED } from '../../../shared/live-events.js';
import type { AppContext } from '../../context.js';
import { authenticate } from '../auth/auth.service.js';
import type { LiveEvent } from '../../realtime/hub.js';
import { LIVE_CLOSE } from '../../realtime/live.js';
import { sessionAccess, stateOf } from './live-sessions.policy.js';
import * as repo from './live-sessions.repository.js';
import { SESSION_EVENT, sessionTopic } from './live-sessions.service.js';

/** Close code: the account may no longer be in this session (left the group, removed, left the session). */
export const SESSION_NOT_ALLOWED = 4403;
const NORMAL = 1000;
const BEAT = JSON.stringify(BEAT_MESSAGE);

/** Who is present at a session's latest event: parsed once per event, not once per socket and beat. */
const presence = new Map<string, { seq: number; present: Set<string> }>();
function presentIn(row: repo.LiveSessionRow): Set<string> {
  const known = presence.get(row.id);
  if (known?.seq === row.seq) return known.present;
  if (presence.size > 200) presence.clear();
  const present = new Set(stateOf(row).participants.filter((p) => p.present).map((p) => p.accountId));
  presence.set(row.id, { seq: row.seq, present });
  return present;
}

/** One message serialised once for every socket in this process (the hub hands them the same object). */
const serialised = new WeakMap<object, string>();
function messageOf(event: SessionEvent): string {
  let text = serialised.get(event);
  if (text === undefined) serialised.set(event, (text = JSON.stringify({ type: 'event', event } satisfies SocketMessage)));
  return text;
}

/**
 * A present participant's socket on one session. Sends the state (or, resuming, the events
 * missed since `since`), then every event in order: each is numbered, so anything that
 * arrives out of order or after a gap (another process's NOTIFY overtaking, a listener
 * reconnect) is filled from the stored events, and nothing is sent twice. Work is done one
 * message at a time on a chain so the order holds.
 */
export class SessionSocket {
  private last = -1;
  private readonly keepAlive: KeepAlive;
  private chain: Promise<void> = Promise.resolve();
  private readonly unsubscribe: Array<() => void>;

  constructor(
    private readonly socket: WebSocket,
    private readonly ctx: AppContext,
    private readonly who: { accountId: string; sessionId: string; token: string },
    private readonly liveSessionId: string,
    since: number | undefined,
    onClosed: (connection: SessionSocket) => void,
  ) {
    this.unsubscribe = [
      ctx.hub.subscribe(sessionTopic(liveSessionId), (message: LiveEvent) => {
        if (message.type === SESSION_EVENT) this.enqueue(() => this.receive(message.event as SessionEvent));
      }),
      // A logout, a revoked session, a password change, a deleted account: closed at once,
      // as the account's live sockets are, not at the next heartbeat.
      ctx.hub.subscribe(who.accountId, (message: LiveEvent) => {
        if (message.type === LIVE_CLOSE && (message.sessionId === undefined || message.sessionId === who.sessionId)) {
          this.close(LIVE_SESSION_ENDED, 'signed out');
        }
      }),
    ];
    this.keepAlive = new KeepAlive(socket, () => this.recheck());
    socket.on('close', () => {
      for (const stop of this.unsubscribe) stop();
      onClosed(this);
    });
    socket.on('message', () => {});
    this.enqueue(() => this.begin(since));
  }

  private enqueue(work: () => Promise<void> | void): void {
    this.chain = this.chain.then(work).catch(() => this.socket.terminate());
  }

  private async begin(since: number | undefined): Promise<void> {
    const row = await repo.findSession(this.ctx.db, this.liveSessionId);
    if (!row) return this.close(SESSION_NOT_ALLOWED, 'no such session');
    if (since !== undefined && since <= row.seq && row.status === 'running' && (await this.resume(since, row.seq))) return;
    this.sendSync(row);
  }

  /** Sends the events after `since` when they are all still stored (they go when the session ends). */
  private async resume(since: number, seq: number): Promise<boolean> {
    if (since === seq) {
      this.last = since;
      return true;
    }
    const events = (await repo.eventsSince(this.ctx.db, this.liveSessionId, since)).map((e) => JSON.parse(e) as SessionEvent);
    if (events[0]?.seq !== since + 1) return false;
    this.last = since;
    for (const event of events) this.deliver(event);
    return true;
  }

  private sendSync(row: repo.LiveSessionRow): void {
    this.last = row.seq;
    this.sendRaw(JSON.stringify({ type: 'sync', seq: row.seq, state: stateOf(row) } satisfies SocketMessage));
    if (row.status === 'ended') this.close(NORMAL, 'session ended');
  }

  private async receive(event: SessionEvent): Promise<void> {
    if (event.seq <= this.last) return;
    if (event.seq > this.last + 1) {
      // Missed something: fill the gap from the store, or start over from the state.
      const row = await repo.findSession(this.ctx.db, this.liveSessionId);
      if (!row) return this.close(SESSION_NOT_ALLOWED, 'no such session');
      if (row.status === 'ended' || !(await this.resume(this.last, row.seq))) return this.sendSync(row);
      return;
    }
    this.deliver(event);
  }

  private deliver(event: SessionEvent): void {
    if (event.seq <= this.last) return;
    this.last = event.seq;
    this.sendRaw(messageOf(event));
    if (event.type === 'session.end') this.close(NORMAL, 'session ended');
    if (event.type === 'participant.left' && event.accountId === this.who.accountId) this.close(SESSION_NOT_ALLOWED, 'left the session');
  }

  /** Heartbeat: ping, and re-check that this socket may stay open. */
  beat(spreadMs: number): void {
    this.keepAlive.beat(spreadMs);
    // Pings are invisible to a browser's code: a message lets the app notice a dead connection.
    // It waits its turn on the chain, so it never comes before the first sync or in between
    // the events a resume is still sending.
    this.enqueue(() => this.sendRaw(BEAT));
  }

  private async recheck(): Promise<void> {
    try {
      const auth = await authenticate(this.ctx, this.who.token);
      if (auth?.sessionId !== this.who.sessionId) return this.close(LIVE_SESSION_ENDED, 'signed out');
      const { row } = await sessionAccess(this.ctx.db, this.liveSessionId, this.who.accountId);
      if (row.status === 'running' && !presentIn(row).has(this.who.accountId)) this.close(SESSION_NOT_ALLOWED, 'not present');
    } catch (err) {
      if ((err as { status?: number }).status === 404) this.close(SESSION_NOT_ALLOWED, 'not a member');
      // Otherwise the database did not answer: ask again at the next beat.
    }
  }

  private sendRaw(text: string): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(text);
  }

  private close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.close(code, reason);
  }
}
