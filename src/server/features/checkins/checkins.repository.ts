import type { Insertable, Selectable } from 'kysely';
import type { CheckinTable, Executor } from '../../db/database.js';

export type CheckinRow = Selectable<CheckinTable>;

/** One check-in per member and local date: a second save of the same day updates it. */
export function upsertCheckin(db: Executor, row: Insertable<CheckinTable>): Promise<CheckinRow> {
  const { id: _id, account_id: _account, date: _date, created_at: _created, ...changes } = row;
  return db
    .insertInto('checkins')
    .values(row)
    .onConflict((oc) => oc.columns(['account_id', 'date']).doUpdateSet(changes))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findCheckin(db: Executor, accountId: string, date: string): Promise<CheckinRow | undefined> {
  return db.selectFrom('checkins').selectAll().where('account_id', '=', accountId).where('date', '=', date).executeTakeFirst();
}

export function checkinsBetween(db: Executor, accountId: string, from: string, to: string): Promise<CheckinRow[]> {
  return db
    .selectFrom('checkins')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .execute();
}

export async function deleteCheckin(db: Executor, accountId: string, date: string): Promise<boolean> {
  const result = await db.deleteFrom('checkins').where('account_id', '=', accountId).where('date', '=', date).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The strategy lists of the member's latest check-ins, newest first. */
export async function recentStrategyLists(db: Executor, accountId: string, checkins = 30): Promise<string[]> {
  const rows = await db
    .selectFrom('checkins')
    .select('strategies')
    .where('account_id', '=', accountId)
    .where('strategies', '!=', '[]')
    .orderBy('date', 'desc')
    .limit(checkins)
    .execute();
  return rows.map((r) => r.strategies);
}

export function latestCheckinDate(db: Executor, accountId: string): Promise<string | undefined> {
  return db
    .selectFrom('checkins')
    .select('date')
    .where('account_id', '=', accountId)
    .orderBy('date', 'desc')
    .limit(1)
    .executeTakeFirst()
    .then((r) => r?.date);
}
