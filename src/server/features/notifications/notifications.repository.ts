import type { Selectable } from 'kysely';
import type { Executor, NotificationTable } from '../../db/database.js';

export type NotificationRow = Selectable<NotificationTable>;

/** The account's notifications created before `before` (an ISO instant), newest first. */
export function listNotifications(db: Executor, accountId: string, before: string | undefined, limit: number): Promise<NotificationRow[]> {
  let query = db.selectFrom('notifications').selectAll().where('account_id', '=', accountId);
  if (before) query = query.where('created_at', '<', before);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export function findNotification(db: Executor, id: string): Promise<NotificationRow | undefined> {
  return db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countUnread(db: Executor, accountId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks one of the account's notifications read (keeping the first read time); false when not theirs. */
export async function markRead(db: Executor, accountId: string, id: string, nowIso: string): Promise<boolean> {
  const row = await db
    .updateTable('notifications')
    .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(nowIso)) }))
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(row.numUpdatedRows) > 0;
}

export async function markAllRead(db: Executor, accountId: string, nowIso: string): Promise<void> {
  await db.updateTable('notifications').set({ read_at: nowIso }).where('account_id', '=', accountId).where('read_at', 'is', null).execute();
}

export function preferenceRows(db: Executor, accountId: string) {
  return db.selectFrom('notification_preferences').select(['kind', 'in_app', 'email']).where('account_id', '=', accountId).execute();
}

export function preferenceRow(db: Executor, accountId: string, kind: string) {
  return db
    .selectFrom('notification_preferences')
    .select(['in_app', 'email'])
    .where('account_id', '=', accountId)
    .where('kind', '=', kind)
    .executeTakeFirst();
}

export async function upsertPreference(db: Executor, accountId: string, kind: string, inApp: boolean, email: boolean): Promise<void> {
  const values = { in_app: inApp ? 1 : 0, email: email ? 1 : 0 };
  await db
    .insertInto('notification_preferences')
    .values({ account_id: accountId, kind, ...values })
    .onConflict((oc) => oc.columns(['account_id', 'kind']).doUpdateSet(values))
    .execute();
}

export function quietHoursRow(db: Executor, accountId: string) {
  return db.selectFrom('quiet_hours').select(['start_time', 'end_time']).where('account_id', '=', accountId).executeTakeFirst();
}

export async function setQuietHours(db: Executor, accountId: string, start: string, end: string): Promise<void> {
  await db
    .insertInto('quiet_hours')
    .values({ account_id: accountId, start_time: start, end_time: end })
    .onConflict((oc) => oc.column('account_id').doUpdateSet({ start_time: start, end_time: end }))
    .execute();
}

export async function clearQuietHours(db: Executor, accountId: string): Promise<void> {
  await db.deleteFrom('quiet_hours').where('account_id', '=', accountId).execute();
}
