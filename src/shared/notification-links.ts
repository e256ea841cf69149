import type { NotificationKind } from './notifications.js';

type Data = Record<string, unknown>;

const id = (data: Data, key: string) => {
  const value = data[key];
  return typeof value === 'string' && value !== '' ? encodeURIComponent(value) : null;
};

const partnership = (data: Data) => (id(data, 'partnershipId') ? `/partners/${id(data, 'partnershipId')}` : '/partners');
const group = (data: Data) => (id(data, 'groupId') ? `/groups/${id(data, 'groupId')}` : '/groups');
const sos = (data: Data) => (id(data, 'sosId') ? `/sos/${id(data, 'sosId')}` : '/notifications');

/**
 * Where each kind of notification leads in the app, built from the ids in its data
 * (`partnershipId`, `groupId`, `sosId`). Used by the notification centre and by e-mails
 * (prefixed with PUBLIC_URL). A missing id falls back to the list it would be found in.
 */
const PATHS: Record<NotificationKind, (data: Data) => string> = {
  'partner.request': partnership,
  'partner.accepted': partnership,
  'partner.nudge': partnership,
  'partner.message': partnership,
  'mentor.request': partnership,
  'mentor.accepted': partnership,
  'mentor.approval_request': group,
  'mentor.approved': group,
  'sos.alert': sos,
  'sos.response': sos,
  // The next day's gentle question is answered with a check-in.
  'sos.followup': () => '/checkin',
  'reminder.checkin': () => '/checkin',
  'reminder.high_risk': () => '/plan',
  'reminder.partner_high_risk': partnership,
  'grant.received': () => '/settings#sharing',
};

export function notificationPath(kind: NotificationKind, data: Data = {}): string {
  return PATHS[kind](data);
}
