import { z } from 'zod';
import { NOTIFICATION_KINDS } from './notifications.js';

/** One entry of the notification centre. */
export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  /** Ids and short facts the sentence and link are built from (see notification-links.ts). */
  data: z.record(z.string(), z.unknown()),
  /** Display name of who caused it; null when nobody did or their account is gone. */
  actorName: z.string().nullable(),
  /** Where it leads in the app. */
  path: z.string(),
});
export type NotificationItem = z.infer<typeof notificationSchema>;

export const NOTIFICATIONS_PAGE_MAX = 100;

export const notificationListQuery = z.strictObject({
  /** Only those created before this instant (the createdAt of the last one shown). */
  before: z.iso.datetime({ offset: true, error: 'must be an ISO date-time' }).optional(),
  limit: z.coerce.number().int('must be a whole number').min(1).max(NOTIFICATIONS_PAGE_MAX).default(30),
});
