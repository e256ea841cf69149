import type { LiveEvent } from '../../shared/live-events.js';
import type { Hub } from './hub.js';

/** Internal control event: never sent to a client, it closes the account's sockets. */
export const LIVE_CLOSE = 'live.close';

/**
 * For other features: sends a live event (shared/live-events.ts) to every app the account
 * has open, in this process and the others. Ids only; call after the change committed.
 */
export function publishLive(hub: Hub, accountId: string, event: LiveEvent): Promise<void> {
  return hub.publish(accountId, event);
}

/**
 * For other features: closes the account's live connections everywhere (code 4401), or
 * only those of one session — e.g. after a logout or a revoked session, so the app stops
 * receiving at once instead of at the next heartbeat's session check.
 */
export function closeLiveConnections(hub: Hub, accountId: string, sessionId?: string): Promise<void> {
  return hub.publish(accountId, { type: LIVE_CLOSE, ...(sessionId && { sessionId }) });
}
