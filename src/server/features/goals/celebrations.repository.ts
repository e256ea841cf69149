import type { Insertable } from 'kysely';
import type { CelebrationTable, Executor } from '../../db/database.js';

export function findCelebration(db: Executor, key: { goalId: string; groupId: string; kind: string; days: number }) {
  return db
    .selectFrom('celebrations')
    .select('id')
    .where('goal_id', '=', key.goalId)
    .where('group_id', '=', key.groupId)
    .where('kind', '=', key.kind)
    .where('days', '=', key.days)
    .executeTakeFirst();
}

export async function insertCelebration(db: Executor, row: Insertable<CelebrationTable>): Promise<void> {
  await db.insertInto('celebrations').values(row).execute();
}

export function groupCelebrations(db: Executor, groupId: string, limit: number) {
  return db.selectFrom('celebrations').selectAll().where('group_id', '=', groupId).orderBy('created_at', 'desc').limit(limit).execute();
}

/** Every celebration the member shared, newest first (a member shares a handful, so no index of its own). */
export function celebrationsBy(db: Executor, accountId: string) {
  return db
    .selectFrom('celebrations')
    .select(['id', 'goal_id', 'group_id', 'kind', 'days', 'unit', 'created_at'])
    .where('account_id', '=', accountId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function deleteCelebration(db: Executor, accountId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('celebrations').where('id', '=', id).where('account_id', '=', accountId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
