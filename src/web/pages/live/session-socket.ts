import { QUIET_LIMIT_MS, type SocketMessage } from '../../../shared/live-session/api.js';
import { sessionSocketUrl } from '../../api/live-sessions.js';
import { reconnectDelay } from '../../live/reconnect.js';

export type Connection = 'connecting' | 'open' | 'reconnecting' | 'closed';
/** Why the server closed the socket for good: the session ended, we were signed out, or we may not be there. */
export type ClosedReason = 'ended' | 'signed_out' | 'not_allowed';

const FINAL_CODES: Record<number, ClosedReason> = { 1000: 'ended', 4401: 'signed_out', 4403: 'not_allowed' };

interface Handlers {
  onMessage: (message: SocketMessage) => void;
  onConnection: (connection: Connection) => void;
  onClosed: (reason: ClosedReason) => void;
  /** A connection failed before it opened (refused, say, because we are no longer present): worth asking over HTTP. */
  onRefused: () => void;
}

/**
 * The socket of one live session. It resumes from the last event applied (`since`), reconnects
 * with back-off after a drop, and at once when the phone wakes (a locked screen kills sockets)
 * or comes back online. When the device says it went offline, the socket is let go at once
 * (a dead one can look open for minutes) and nothing is tried until it is back online.
 */
export class SessionSocket {
  private socket: WebSocket | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Fires when the server has said nothing (not even its heartbeat beat) for too long. */
  private quiet: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly sessionId: string,
    /** The seq of the last event applied, read at each (re)connect. */
    private readonly since: () => number | null,
    private readonly handlers: Handlers,
  ) {}

  start(): void {
    window.addEventListener('online', this.reconnectNow);
    window.addEventListener('offline', this.dropNow);
    document.addEventListener('visibilitychange', this.reconnectNow);
    this.connect('connecting');
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.quiet);
    window.removeEventListener('online', this.reconnectNow);
    window.removeEventListener('offline', this.dropNow);
    document.removeEventListener('visibilitychange', this.reconnectNow);
    const socket = this.socket;
    this.socket = undefined;
    socket?.close(1000);
  }

  /** Events went missing: start again from what we have. */
  resync(): void {
    const socket = this.socket;
    this.socket = undefined;
    socket?.close(1000);
    clearTimeout(this.timer);
    this.connect('reconnecting');
  }

  private connect(connection: Connection): void {
    if (this.stopped) return;
    this.handlers.onConnection(connection);
    // Offline, a try can only fail: the 'online' event connects again.
    if (!navigator.onLine) return;
    const socket = new WebSocket(sessionSocketUrl(this.sessionId, this.since()));
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      opened = true;
      this.failures = 0;
      this.listen(socket);
      this.handlers.onConnection('open');
    };
    socket.onmessage = (message) => {
      if (this.socket !== socket) return;
      this.listen(socket);
      const parsed = parse(message.data);
      if (parsed) this.handlers.onMessage(parsed);
    };
    socket.onclose = (close) => {
      if (this.socket !== socket || this.stopped) return;
      this.socket = undefined;
      const reason = FINAL_CODES[close.code];
      if (reason) {
        this.stopped = true;
        this.handlers.onConnection('closed');
        this.handlers.onClosed(reason);
        return;
      }
      this.handlers.onConnection('reconnecting');
      if (!opened) this.handlers.onRefused();
      this.timer = setTimeout(() => this.connect('reconnecting'), reconnectDelay(this.failures));
      this.failures += 1;
    };
  }

  /** Heard from the server: a connection that stays silent past the limit is dead (Wi-Fi up, no internet). */
  private listen(socket: WebSocket): void {
    clearTimeout(this.quiet);
    this.quiet = setTimeout(() => {
      if (this.socket !== socket || this.stopped) return;
      this.socket = undefined;
      socket.close(1000);
      this.connect('reconnecting');
    }, QUIET_LIMIT_MS);
  }

  private readonly dropNow = () => {
    if (this.stopped) return;
    const socket = this.socket;
    this.socket = undefined;
    clearTimeout(this.timer);
    socket?.close(1000);
    this.handlers.onConnection('reconnecting');
  };

  private readonly reconnectNow = () => {
    if (this.stopped || this.socket || document.visibilityState === 'hidden') return;
    clearTimeout(this.timer);
    this.connect('reconnecting');
  };
}

function parse(data: unknown): SocketMessage | null {
  if (typeof data !== 'string') return null;
  try {
    const message = JSON.parse(data) as SocketMessage;
    return message?.type === 'sync' || message?.type === 'event' ? message : null;
  } catch {
    return null;
  }
}
