import type { WebSocket } from 'ws';
import { KeepAlive } from './keep-alive.js';
import { LIVE_SESSION_ENDED } from '../../shared/live-events.js';
import type { AppContext } from '../context.js';
import { authenticate } from '../features/auth/auth.service.js';
import type { LiveEvent } from './hub.js';
import { LIVE_CLOSE } from './live.js';

/**
 * One open WebSocket of a signed-in app: subscribed to its account's events for as long as
 * it lives. Each heartbeat pings it (a socket that did not answer the last ping is dropped)
 * and checks its session is still live (logged out, revoked or expired: closed with 4401).
 */
export class LiveConnection {
  private readonly keepAlive: KeepAlive;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly socket: WebSocket,
    private readonly ctx: AppContext,
    private readonly session: { accountId: string; sessionId: string; token: string },
    onClosed: (connection: LiveConnection) => void,
  ) {
    this.unsubscribe = ctx.hub.subscribe(session.accountId, (event) => this.receive(event));
    this.keepAlive = new KeepAlive(socket, () => this.checkSession());
    socket.on('close', () => {
      this.unsubscribe();
      onClosed(this);
    });
    // Messages from the app carry nothing we act on.
    socket.on('message', () => {});
    this.send({ type: 'hello' });
  }

  /** Heartbeat: ping, and re-check that this socket may stay open. */
  beat(spreadMs: number): void {
    this.keepAlive.beat(spreadMs);
  }

  private async checkSession(): Promise<void> {
    let live: boolean;
    try {
      const auth = await authenticate(this.ctx, this.session.token);
      live = auth?.sessionId === this.session.sessionId;
    } catch {
      return; // The database did not answer: ask again at the next beat.
    }
    if (!live) this.endSession();
  }

  private receive(event: LiveEvent): void {
    if (event.type === LIVE_CLOSE) {
      if (event.sessionId === undefined || event.sessionId === this.session.sessionId) this.endSession();
      return;
    }
    this.send(event);
  }

  private endSession(): void {
    this.socket.close(LIVE_SESSION_ENDED, 'session ended');
  }

  private send(event: LiveEvent): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify(event));
  }
}
