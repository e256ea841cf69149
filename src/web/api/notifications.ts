import type { NotificationItem } from '../../shared/notification-items.js';
import type { NotificationPreferences, NotificationPreferencesBody } from '../../shared/notification-preferences.js';
import { apiRequest } from './client.js';

export const NOTIFICATIONS_PAGE = 30;

/** My notifications, newest first; `before` is the createdAt of the last one shown. */
export function listNotifications(before?: string): Promise<NotificationItem[]> {
  const query = new URLSearchParams({ limit: String(NOTIFICATIONS_PAGE) });
  if (before) query.set('before', before);
  return apiRequest('GET', `/api/notifications?${query}`);
}

export const getNotification = (id: string) => apiRequest<NotificationItem>('GET', `/api/notifications/${encodeURIComponent(id)}`);
export const unreadCount = () => apiRequest<{ count: number }>('GET', '/api/notifications/unread-count').then((r) => r.count);
export const markRead = (id: string) => apiRequest<void>('POST', `/api/notifications/${encodeURIComponent(id)}/read`);
export const markAllRead = () => apiRequest<void>('POST', '/api/notifications/read-all');

export const getPreferences = () => apiRequest<NotificationPreferences>('GET', '/api/me/notification-preferences');
export const savePreferences = (body: NotificationPreferencesBody) => apiRequest<NotificationPreferences>('PUT', '/api/me/notification-preferences', body);
