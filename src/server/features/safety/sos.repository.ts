import type { Selectable } from 'kysely';
import type { Executor, SosAlertTable, SosRecipientTable } from '../../db/database.js';

export type SosAlertRow = Selectable<SosAlertTable>;
export type SosRecipientRow = Selectable<SosRecipientTable>;

export async function insertAlert(db: Executor, row: SosAlertRow, recipientIds: readonly string[]) {
  await db.insertInto('sos_alerts').values(row).execute();
  if (recipientIds.length === 0) return;
  await db
    .insertInto('sos_recipients')
    .values(recipientIds.map((recipientId) => ({ sos_id: row.id, recipient_id: recipientId, response: null, responded_at: null })))
    .execute();
}

export function findAlert(db: Executor, id: string): Promise<SosAlertRow | undefined> {
  return db.selectFrom('sos_alerts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The member's newest alert created at or after `since`, to fold an accidental second tap into the first. */
export function recentAlertOf(db: Executor, accountId: string, since: string): Promise<SosAlertRow | undefined> {
  return db
    .selectFrom('sos_alerts')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('created_at', '>=', since)
    .where('resolved_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function latestAlertOf(db: Executor, accountId: string): Promise<SosAlertRow | undefined> {
  return db.selectFrom('sos_alerts').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
}

export function recipientsOf(db: Executor, sosId: string): Promise<SosRecipientRow[]> {
  return db.selectFrom('sos_recipients').selectAll().where('sos_id', '=', sosId).execute();
}

export async function setResponse(db: Executor, sosId: string, recipientId: string, response: string, at: string): Promise<void> {
  await db.updateTable('sos_recipients').set({ response, responded_at: at }).where('sos_id', '=', sosId).where('recipient_id', '=', recipientId).execute();
}

export async function resolveAlert(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable('sos_alerts').set({ resolved_at: at }).where('id', '=', id).where('resolved_at', 'is', null).execute();
}

/** Unresolved alerts addressed to the recipient, sent at or after `since`, newest first. */
export function openAlertsFor(db: Executor, recipientId: string, since: string) {
  return db
    .selectFrom('sos_recipients')
    .innerJoin('sos_alerts', 'sos_alerts.id', 'sos_recipients.sos_id')
    .select(['sos_alerts.id', 'sos_alerts.account_id', 'sos_alerts.created_at', 'sos_recipients.response'])
    .where('sos_recipients.recipient_id', '=', recipientId)
    .where('sos_alerts.resolved_at', 'is', null)
    .where('sos_alerts.created_at', '>=', since)
    .orderBy('sos_alerts.created_at', 'desc')
    .execute();
}

/** Marks the follow-up sent; false when it already was (a retried job). */
export async function markFollowedUp(db: Executor, id: string, at: string): Promise<boolean> {
  const result = await db.updateTable('sos_alerts').set({ followed_up_at: at }).where('id', '=', id).where('followed_up_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
