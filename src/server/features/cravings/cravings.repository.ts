import type { Insertable, Selectable } from 'kysely';
import type { CravingTable, Executor } from '../../db/database.js';

export type CravingRow = Selectable<CravingTable>;

export function insertCraving(db: Executor, row: Insertable<CravingTable>): Promise<CravingRow> {
  return db.insertInto('cravings').values(row).returningAll().executeTakeFirstOrThrow();
}

export function cravingsBetween(db: Executor, accountId: string, from: string, to: string): Promise<CravingRow[]> {
  return db
    .selectFrom('cravings')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('at', '>=', from)
    .where('at', '<', to)
    .orderBy('at', 'desc')
    .execute();
}

export function cravingsSinceDate(db: Executor, accountId: string, fromDate: string): Promise<CravingRow[]> {
  return db.selectFrom('cravings').selectAll().where('account_id', '=', accountId).where('local_date', '>=', fromDate).orderBy('at').execute();
}

export async function deleteCraving(db: Executor, accountId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('cravings').where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
