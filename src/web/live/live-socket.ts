import { LIVE_SESSION_ENDED } from '../../shared/live-close.js';
import type { LiveEvent } from '../../shared/live-events.js';
import { reconnectDelay } from './reconnect.js';

export interface LiveSocketHandlers {
  onEvent: (event: LiveEvent) => void;
  /** The server closed the socket because the session ended: sign in again, do not reconnect. */
  onSessionEnded: () => void;
}

/** The address of the live socket on this page's own origin (wss on https). */
export function liveUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/live`;
}

/**
 * One WebSocket to /api/live, kept open: reconnects with back-off and jitter after a drop,
 * at once when the device comes back online or the page becomes visible.
 */
export class LiveSocket {
  private socket: WebSocket | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly handlers: LiveSocketHandlers,
  ) {}

  start(): void {
    window.addEventListener('online', this.reconnectNow);
    document.addEventListener('visibilitychange', this.reconnectNow);
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    window.removeEventListener('online', this.reconnectNow);
    document.removeEventListener('visibilitychange', this.reconnectNow);
    this.socket?.close(1000);
    this.socket = undefined;
  }

  private connect(): void {
    if (this.stopped) return;
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.onmessage = (message) => {
      const event = parse(message.data);
      if (!event) return;
      if (event.type === 'hello') this.failures = 0;
      this.handlers.onEvent(event);
    };
    socket.onclose = (close) => {
      if (this.socket !== socket || this.stopped) return;
      this.socket = undefined;
      if (close.code === LIVE_SESSION_ENDED) {
        this.handlers.onSessionEnded();
        return;
      }
      this.timer = setTimeout(() => this.connect(), reconnectDelay(this.failures));
      this.failures += 1;
    };
  }

  private readonly reconnectNow = () => {
    if (this.stopped || this.socket || document.visibilityState === 'hidden') return;
    clearTimeout(this.timer);
    this.connect();
  };
}

function parse(data: unknown): LiveEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const event = JSON.parse(data) as LiveEvent;
    return typeof event?.type === 'string' ? event : null;
  } catch {
    return null;
  }
}
