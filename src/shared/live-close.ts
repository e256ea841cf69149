// Kept apart from live-events.ts (which carries zod) so the app's first download stays without zod.

/** Close code of a live connection whose session ended (logged out, revoked, expired): do not reconnect, sign in again. */
export const LIVE_SESSION_ENDED = 4401;
