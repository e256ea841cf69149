import { z } from 'zod';
import { NOTIFICATION_KINDS } from './notifications.js';

/**
 * What the server sends down the WebSocket (`GET /api/live`), one JSON object a message.
 * Events carry ids only: the app fetches anything else over HTTP, through the routes that
 * check who may read it. Keep them small — on PostgreSQL they travel in a NOTIFY payload.
 *
 * - `hello` — first message of every connection (also after a reconnect: refetch what
 *   may have been missed, e.g. the unread count).
 * - `notification` — a new notification in the member's centre. `sos.alert` is shown
 *   prominently by the safety feature (useLiveEvent('notification', …)); the calm toast
 *   leaves it to that view.
 * - `notification.read` — notifications were read on another device (`id` absent: all).
 * - `sos.response` — someone answered the member's SOS.
 * - `sos.resolved` — the member of an SOS addressed to this member said they are OK now.
 * - `grant.revoked` — a member revoked what they shared with this member.
 * - `partner.message` — a new message in a partnership thread.
 * - `meeting.live` — a live session started (or ended) in one of the member's groups.
 *
 * The server closes a connection whose session ended with code 4401 (do not reconnect:
 * sign in again).
 */
export const liveEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello') }),
  z.object({ type: z.literal('notification'), id: z.string(), kind: z.enum(NOTIFICATION_KINDS) }),
  z.object({ type: z.literal('notification.read'), id: z.string().optional() }),
  z.object({ type: z.literal('sos.response'), sosId: z.string() }),
  z.object({ type: z.literal('sos.resolved'), sosId: z.string() }),
  z.object({ type: z.literal('grant.revoked'), grantId: z.string(), ownerId: z.string() }),
  z.object({ type: z.literal('partner.message'), partnershipId: z.string(), messageId: z.string() }),
  z.object({ type: z.literal('meeting.live'), sessionId: z.string(), groupId: z.string(), status: z.enum(['running', 'ended']) }),
]);

export type LiveEvent = z.infer<typeof liveEventSchema>;
export type LiveEventType = LiveEvent['type'];
export type LiveEventOf<T extends LiveEventType> = Extract<LiveEvent, { type: T }>;

export { LIVE_SESSION_ENDED } from './live-close.js';
