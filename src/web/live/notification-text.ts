import type { TFunction } from 'i18next';
import type { NotificationItem } from '../../shared/notification-items.js';
import type { NotificationKind } from '../../shared/notifications.js';

/** A kind as a translation key ('partner.request' → 'partner_request'; i18next splits keys on dots). */
export const kindKey = (kind: NotificationKind) => kind.replace('.', '_');

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);

/** The human sentence of a notification, from who caused it and the facts in its data. */
export function notificationSentence(t: TFunction, item: Pick<NotificationItem, 'kind' | 'data' | 'actorName'>): string {
  return t(`notifications.sentence.${kindKey(item.kind)}`, {
    name: item.actorName ?? text(item.data.name) ?? t('notifications.someone'),
    group: text(item.data.groupName) ?? t('notifications.yourGroup'),
  });
}

/** The member's own words to themselves that a notification carries (a high-risk reminder's message). */
export function ownWords(item: Pick<NotificationItem, 'kind' | 'data'>): string | null {
  return item.kind === 'reminder.high_risk' ? text(item.data.message) : null;
}
