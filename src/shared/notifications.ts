/**
 * Every kind of notification. The data of each kind holds ids and short, non-personal
 * facts; what a member wrote (an SOS message, a nudge) is fetched by the recipient over
 * HTTP, through the routes that check they may read it.
 */
export const NOTIFICATION_KINDS = [
  'partner.request',
  'partner.accepted',
  'partner.nudge',
  'partner.message',
  'mentor.request',
  'mentor.accepted',
  'mentor.approval_request',
  'mentor.approved',
  'sos.alert',
  'sos.response',
  'sos.followup',
  'reminder.checkin',
  'reminder.high_risk',
  'reminder.partner_high_risk',
  'grant.received',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
