// Kept apart from sos.ts (which carries zod) so the app's first download stays without zod.

/** The longest note a member may add to an SOS. */
export const SOS_MESSAGE_MAX = 280;
