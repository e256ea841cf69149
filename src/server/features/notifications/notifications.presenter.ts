import { notificationPath } from '../../../shared/notification-links.js';
import type { NotificationItem } from '../../../shared/notification-items.js';
import type { NotificationKind } from '../../../shared/notifications.js';
import type { NotificationRow } from './notifications.repository.js';

export function notificationData(row: NotificationRow): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(row.data);
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function presentNotification(row: NotificationRow, actorName: string | null): NotificationItem {
  const kind = row.kind as NotificationKind;
  const data = notificationData(row);
  return { id: row.id, kind, createdAt: row.created_at, readAt: row.read_at, data, actorName, path: notificationPath(kind, data) };
}
