import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor, ReminderTable } from '../../db/database.js';

export type ReminderRow = Selectable<ReminderTable>;

export function listReminders(db: Executor, accountId: string): Promise<ReminderRow[]> {
  return db.selectFrom('reminders').selectAll().where('account_id', '=', accountId).orderBy('created_at').orderBy('id').execute();
}

export function findReminder(db: Executor, id: string): Promise<ReminderRow | undefined> {
  return db.selectFrom('reminders').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countReminders(db: Executor, accountId: string): Promise<number> {
  const row = await db.selectFrom('reminders').select((eb) => eb.fn.countAll().as('n')).where('account_id', '=', accountId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function insertReminder(db: Executor, row: Insertable<ReminderTable>): Promise<ReminderRow> {
  return db.insertInto('reminders').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateReminder(db: Executor, id: string, changes: Updateable<ReminderTable>): Promise<ReminderRow> {
  return db.updateTable('reminders').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/**
 * Moves a reminder on from the fire at `from` to `to`, only if `from` is still its next
 * fire: a compare-and-set, so of two runs of the same job only one goes on to notify.
 */
export async function advanceReminder(db: Executor, id: string, from: string, to: string): Promise<boolean> {
  const result = await db.updateTable('reminders').set({ next_at: to }).where('id', '=', id).where('active', '=', 1).where('next_at', '=', from).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteReminder(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('reminders').where('id', '=', id).execute();
}
