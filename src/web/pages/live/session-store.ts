import type { SocketMessage } from '../../../shared/live-session/api.js';
import { replay } from '../../../shared/live-session/machine.js';
import type { SessionState } from '../../../shared/live-session/schema.js';

/** The session as this app knows it: the state after every event up to `seq`. */
export interface Synced {
  state: SessionState;
  seq: number;
}

/**
 * One socket message applied to what we know. A `sync` replaces it (unless older); an event
 * already applied is ignored; an event further ahead than the next one means we missed some:
 * `gap` asks the socket to reconnect from our `seq`.
 */
export function applyMessage(current: Synced | null, message: SocketMessage): { synced: Synced | null; gap: boolean } {
  if (message.type === 'sync') {
    if (current && current.seq > message.seq) return { synced: current, gap: false };
    return { synced: { state: message.state, seq: message.seq }, gap: false };
  }
  if (!current) return { synced: null, gap: true };
  if (message.event.seq <= current.seq) return { synced: current, gap: false };
  if (message.event.seq > current.seq + 1) return { synced: current, gap: true };
  return { synced: replay(current.state, current.seq, [message.event]), gap: false };
}

/** A newer state fetched over HTTP (after a command, or a reconnect) wins over an older one. */
export function newer(current: Synced | null, fetched: Synced): Synced {
  return current && current.seq >= fetched.seq ? current : fetched;
}
