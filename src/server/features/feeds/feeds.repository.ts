import type { Selectable } from 'kysely';
import type { CalendarTokenTable, Executor } from '../../db/database.js';

export type CalendarTokenRow = Selectable<CalendarTokenTable>;

export async function insertToken(db: Executor, row: CalendarTokenRow): Promise<void> {
  await db.insertInto('calendar_tokens').values(row).execute();
}

export function findLiveToken(db: Executor, tokenHash: string): Promise<CalendarTokenRow | undefined> {
  return db
    .selectFrom('calendar_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export function listLiveTokens(db: Executor, accountId: string): Promise<CalendarTokenRow[]> {
  return db
    .selectFrom('calendar_tokens')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Revokes one of the account's live tokens; returns how many rows changed (0 when not theirs). */
export async function revokeToken(db: Executor, accountId: string, id: string, nowIso: string): Promise<number> {
  const result = await db
    .updateTable('calendar_tokens')
    .set({ revoked_at: nowIso })
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
