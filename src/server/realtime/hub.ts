/**
 * The real-time hub every feature publishes to: an event for an account reaches every
 * WebSocket that account has open, in this process and (on PostgreSQL) in every other
 * process through LISTEN/NOTIFY. Events carry ids, never personal content beyond what the
 * recipient may already read; clients fetch details over HTTP.
 */
export interface LiveEvent {
  /** e.g. 'notification', 'sos.response', 'grant.revoked' */
  type: string;
  [key: string]: unknown;
}

export type LiveListener = (event: LiveEvent) => void;

/**
 * Events are keyed: by an account id (every socket of that account) or by a topic such as
 * `live-session:<id>` (every socket following that session).
 */
export interface Hub {
  /** Sends to every listener of the key, in this process and the others. */
  publish(key: string, event: LiveEvent): Promise<void>;
  /** Listens for the key's events in this process; returns the unsubscribe. */
  subscribe(key: string, listener: LiveListener): () => void;
  /** Starts listening to other processes (PostgreSQL); resolves once it does. */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** One process: a map of listeners. */
export class MemoryHub implements Hub {
  private readonly listeners = new Map<string, Set<LiveListener>>();

  async publish(accountId: string, event: LiveEvent): Promise<void> {
    this.deliver(accountId, event);
  }

  /** Hands an event to this process's listeners (also used by the PostgreSQL fan-out). */
  deliver(accountId: string, event: LiveEvent): void {
    for (const listener of this.listeners.get(accountId) ?? []) {
      try {
        listener(event);
      } catch {
        // One broken connection must not stop the others.
      }
    }
  }

  subscribe(accountId: string, listener: LiveListener): () => void {
    let set = this.listeners.get(accountId);
    if (!set) this.listeners.set(accountId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(accountId);
    };
  }

  async start(): Promise<void> {}

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
