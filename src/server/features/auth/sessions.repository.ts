import type { CompiledQuery } from 'kysely';
import type { Executor, MemberRow, SessionRow } from '../../db/database.js';

export async function insertSession(db: Executor, session: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

function liveSessionQuery(db: Executor, tokenHash: string, nowIso: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select([
      'sessions.id as session_id',
      'sessions.last_seen_at',
      'accounts.id',
      'accounts.username',
      'accounts.display_name',
      'accounts.email',
      'accounts.locale',
      'accounts.time_zone',
      'accounts.country',
      'accounts.role',
      'accounts.created_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', nowIso);
}

export type LiveSession = MemberRow & { session_id: string; last_seen_at: string };
const compiledLiveSession = new WeakMap<Executor, CompiledQuery<LiveSession>>();

/**
 * One query for every authenticated request: the live session and its account. It runs
 * on every request, so it is built and compiled once per database and then executed with
 * fresh parameters (token hash, now), in the order its where clauses bind them. Only the
 * columns a signed-in request uses: each column read costs time on every request.
 */
export async function findLiveSession(db: Executor, tokenHash: string, nowIso: string): Promise<LiveSession | undefined> {
  let compiled = compiledLiveSession.get(db);
  if (!compiled) {
    compiled = liveSessionQuery(db, '$token', '$now').compile();
    if (compiled.parameters.join() !== '$token,$now') throw new Error('live-session query parameters moved');
    compiledLiveSession.set(db, compiled);
  }
  const result = await db.executeQuery<LiveSession>({ ...compiled, parameters: [tokenHash, nowIso] });
  return result.rows[0];
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
