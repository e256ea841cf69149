import type { Executor, SessionRow } from '../../db/database.js';

export async function insertSession(db: Executor, session: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

/** One query for every authenticated request: the live session and its account. */
export function findLiveSession(db: Executor, tokenHash: string, nowIso: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select([
      'sessions.id as session_id',
      'sessions.last_seen_at',
      'accounts.id',
      'accounts.username',
      'accounts.username_key',
      'accounts.display_name',
      'accounts.email',
      'accounts.password_hash',
      'accounts.locale',
      'accounts.time_zone',
      'accounts.country',
      'accounts.role',
      'accounts.created_at',
      'accounts.updated_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', nowIso)
    .executeTakeFirst();
}

export async function touchSession(db: Executor, id: string, nowIso: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: nowIso, expires_at: expiresAt }).where('id', '=', id).execute();
}

export function listSessions(db: Executor, accountId: string, nowIso: string): Promise<SessionRow[]> {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('expires_at', '>', nowIso)
    .orderBy('last_seen_at', 'desc')
    .execute();
}

/** Deletes one of the account's sessions; returns how many rows went (0 when not theirs). */
export async function deleteSession(db: Executor, accountId: string, id: string): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteOtherSessions(db: Executor, accountId: string, keepId: string): Promise<void> {
  await db.deleteFrom('sessions').where('account_id', '=', accountId).where('id', '!=', keepId).execute();
}

export async function deleteExpiredSessions(db: Executor, nowIso: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', nowIso).execute();
}
