import { z } from 'zod';
import { NOTIFICATION_KINDS, type NotificationKind } from './notifications.js';

export interface KindPreference {
  inApp: boolean;
  email: boolean;
}

/**
 * What a member gets before they change anything — the one place these defaults live.
 * Every kind shows in the notification centre whatever is chosen here; `inApp` decides
 * the live alert (bell count and toast), `email` the e-mail.
 *
 * - E-mail on: SOS (someone needs support now, or answered), partner and mentor requests
 *   and answers, the approvals a core team gives, and the member's own reminders — what
 *   matters when the app is closed.
 * - E-mail off (in the app only): partner messages and nudges (a chat would flood the
 *   inbox) and a share received (nothing to do at once).
 */
export const DEFAULT_PREFERENCES: Record<NotificationKind, KindPreference> = {
  'partner.request': { inApp: true, email: true },
  'partner.accepted': { inApp: true, email: true },
  'partner.nudge': { inApp: true, email: false },
  'partner.message': { inApp: true, email: false },
  'mentor.request': { inApp: true, email: true },
  'mentor.accepted': { inApp: true, email: true },
  'mentor.approval_request': { inApp: true, email: true },
  'mentor.approved': { inApp: true, email: true },
  'sos.alert': { inApp: true, email: true },
  'sos.response': { inApp: true, email: true },
  'sos.followup': { inApp: true, email: true },
  'reminder.checkin': { inApp: true, email: true },
  'reminder.high_risk': { inApp: true, email: true },
  'reminder.partner_high_risk': { inApp: true, email: true },
  'grant.received': { inApp: true, email: false },
};

/** Someone asking for support now always reaches an open app: its live alert cannot be turned off. */
export const ALWAYS_IN_APP: readonly NotificationKind[] = ['sos.alert'];

/** SOS kinds: their e-mails go at once, also during quiet hours. */
export const isUrgentKind = (kind: NotificationKind) => kind.startsWith('sos.');

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (00:00–23:59)');

/** Quiet hours in the member's own time zone; a window may wrap midnight (22:00–07:00). */
export const quietHoursSchema = z
  .strictObject({ start: timeOfDay, end: timeOfDay })
  .refine((q) => q.start !== q.end, { message: 'must differ from start', path: ['end'] });
export type QuietHours = z.infer<typeof quietHoursSchema>;

export const kindPreferenceSchema = z.strictObject({
  kind: z.enum(NOTIFICATION_KINDS),
  inApp: z.boolean(),
  email: z.boolean(),
});

export const notificationPreferencesSchema = z.object({
  kinds: z.array(kindPreferenceSchema),
  quietHours: quietHoursSchema.nullable(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** PUT body: the kinds given change (others stay); quietHours null turns them off, absent leaves them. */
export const notificationPreferencesBody = z
  .strictObject({
    kinds: z.array(kindPreferenceSchema).max(NOTIFICATION_KINDS.length * 2).optional(),
    quietHours: quietHoursSchema.nullable().optional(),
  })
  .superRefine((body, ctx) => {
    body.kinds?.forEach((k, i) => {
      if (!k.inApp && ALWAYS_IN_APP.includes(k.kind)) {
        ctx.addIssue({ code: 'custom', path: ['kinds', i, 'inApp'], message: 'cannot be turned off for someone asking for support now' });
      }
    });
  });
export type NotificationPreferencesBody = z.infer<typeof notificationPreferencesBody>;
