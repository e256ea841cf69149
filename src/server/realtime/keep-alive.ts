import type { WebSocket } from 'ws';

/**
 * A socket's heartbeat: each beat pings it (one that did not answer the last ping is
 * dropped) and runs its re-check (is the sign-in, the membership… still good?) at a random
 * moment within the interval, so hundreds of sockets never hit the database at one instant.
 */
export class KeepAlive {
  private alive = true;

  constructor(
    private readonly socket: WebSocket,
    private readonly recheck: () => Promise<void>,
  ) {
    socket.on('pong', () => {
      this.alive = true;
    });
  }

  beat(spreadMs: number): void {
    if (!this.alive) {
      this.socket.terminate();
      return;
    }
    this.alive = false;
    this.socket.ping();
    setTimeout(() => void this.recheck(), Math.random() * spreadMs).unref();
  }
}
