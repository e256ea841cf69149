import type { NotificationItem } from '../../../shared/notification-items.js';
import {
  DEFAULT_PREFERENCES,
  type KindPreference,
  type NotificationPreferences,
  type NotificationPreferencesBody,
  type QuietHours,
} from '../../../shared/notification-preferences.js';
import { NOTIFICATION_KINDS, type NotificationKind } from '../../../shared/notifications.js';
import type { AppContext } from '../../context.js';
import type { DB, Executor } from '../../db/database.js';
import { NotFound } from '../../errors.js';
import { publishLive } from '../../realtime/live.js';
import { displayNamesOf } from '../accounts/accounts.service.js';
import { presentNotification } from './notifications.presenter.js';
import * as repo from './notifications.repository.js';

/** Rows to API items, with the display names of whoever caused them. */
export async function present(db: Executor, rows: repo.NotificationRow[]): Promise<NotificationItem[]> {
  const names = await displayNamesOf(db, rows.flatMap((r) => (r.actor_id ? [r.actor_id] : [])));
  return rows.map((r) => presentNotification(r, (r.actor_id && names.get(r.actor_id)) || null));
}

export async function listNotifications(db: Executor, accountId: string, page: { before?: string; limit: number }) {
  const before = page.before ? new Date(page.before).toISOString() : undefined;
  return present(db, await repo.listNotifications(db, accountId, before, page.limit));
}

export async function getNotification(db: Executor, accountId: string, id: string): Promise<NotificationItem> {
  const row = await repo.findNotification(db, id);
  if (!row || row.account_id !== accountId) throw new NotFound('No such notification.');
  const [item] = await present(db, [row]);
  return item!;
}

export const unreadCount = (db: Executor, accountId: string) => repo.countUnread(db, accountId);

// Telling the member's other open apps is a courtesy: a failure must not fail the read itself.
const tellOtherApps = (ctx: AppContext, accountId: string, id?: string) =>
  publishLive(ctx.hub, accountId, { type: 'notification.read', ...(id && { id }) }).catch(() => {});

export async function markRead(ctx: AppContext, accountId: string, id: string): Promise<void> {
  if (!(await repo.markRead(ctx.db, accountId, id, new Date().toISOString()))) throw new NotFound('No such notification.');
  await tellOtherApps(ctx, accountId, id);
}

export async function markAllRead(ctx: AppContext, accountId: string): Promise<void> {
  await repo.markAllRead(ctx.db, accountId, new Date().toISOString());
  await tellOtherApps(ctx, accountId);
}

/** The member's choice for one kind, or the default. */
export async function preferenceFor(db: Executor, accountId: string, kind: NotificationKind): Promise<KindPreference> {
  const row = await repo.preferenceRow(db, accountId, kind);
  return row ? { inApp: row.in_app === 1, email: row.email === 1 } : DEFAULT_PREFERENCES[kind];
}

export async function quietHoursOf(db: Executor, accountId: string): Promise<QuietHours | null> {
  const row = await repo.quietHoursRow(db, accountId);
  return row ? { start: row.start_time, end: row.end_time } : null;
}

export async function preferencesOf(db: Executor, accountId: string): Promise<NotificationPreferences> {
  const chosen = new Map((await repo.preferenceRows(db, accountId)).map((r) => [r.kind, r]));
  const kinds = NOTIFICATION_KINDS.map((kind) => {
    const row = chosen.get(kind);
    return { kind, ...(row ? { inApp: row.in_app === 1, email: row.email === 1 } : DEFAULT_PREFERENCES[kind]) };
  });
  return { kinds, quietHours: await quietHoursOf(db, accountId) };
}

export async function updatePreferences(db: DB, accountId: string, body: NotificationPreferencesBody): Promise<NotificationPreferences> {
  await db.transaction().execute(async (trx) => {
    for (const k of body.kinds ?? []) await repo.upsertPreference(trx, accountId, k.kind, k.inApp, k.email);
    if (body.quietHours === null) await repo.clearQuietHours(trx, accountId);
    else if (body.quietHours) await repo.setQuietHours(trx, accountId, body.quietHours.start, body.quietHours.end);
  });
  return preferencesOf(db, accountId);
}
