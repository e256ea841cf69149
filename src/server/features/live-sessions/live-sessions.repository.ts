import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { LiveSessionRow, LiveSessionTable } from '../../db/live-tables.js';

export type { LiveSessionRow };

export function findSession(db: Executor, id: string): Promise<LiveSessionRow | undefined> {
  return db.selectFrom('live_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The session row, locked for the rest of the transaction on PostgreSQL (SQLite serialises writers). */
export function lockSession(db: Executor, id: string, dialect: 'sqlite' | 'postgres'): Promise<LiveSessionRow | undefined> {
  const query = db.selectFrom('live_sessions').selectAll().where('id', '=', id);
  return (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

export function findSessionOfOccurrence(db: Executor, seriesId: string, date: string): Promise<LiveSessionRow | undefined> {
  return db.selectFrom('live_sessions').selectAll().where('series_id', '=', seriesId).where('occurrence_date', '=', date).executeTakeFirst();
}

export async function insertSession(db: Executor, row: Insertable<LiveSessionTable>): Promise<void> {
  await db.insertInto('live_sessions').values(row).execute();
}

/** Stores the state after event `seq` and the event itself. */
export async function appendEvent(db: Executor, id: string, seq: number, state: string, event: string): Promise<void> {
  await db.updateTable('live_sessions').set({ seq, state }).where('id', '=', id).execute();
  await db.insertInto('live_session_events').values({ session_id: id, seq, event }).execute();
}

/** Events after `since`, in order. */
export async function eventsSince(db: Executor, id: string, since: number): Promise<string[]> {
  const rows = await db
    .selectFrom('live_session_events')
    .select('event')
    .where('session_id', '=', id)
    .where('seq', '>', since)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.event);
}

/** The end: what was said goes (events deleted, state scrubbed); the summary stays. */
export async function closeSession(db: Executor, id: string, at: string, state: string, summary: string): Promise<void> {
  await db.updateTable('live_sessions').set({ status: 'ended', ended_at: at, state, summary }).where('id', '=', id).execute();
  await db.deleteFrom('live_session_events').where('session_id', '=', id).execute();
}

/** Sessions of these groups: running ones, and those ended since `endedSince`. */
export function sessionsOfGroups(db: Executor, groupIds: readonly string[], endedSince: string): Promise<LiveSessionRow[]> {
  if (groupIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('live_sessions')
    .selectAll()
    .where('group_id', 'in', groupIds)
    .where((eb) => eb.or([eb('status', '=', 'running'), eb('ended_at', '>=', endedSince)]))
    .orderBy('started_at', 'desc')
    .execute();
}

export function sessionsOfGroup(db: Executor, groupId: string, limit: number): Promise<LiveSessionRow[]> {
  return db.selectFrom('live_sessions').selectAll().where('group_id', '=', groupId).orderBy('started_at', 'desc').limit(limit).execute();
}

export function runningSessionsOfGroup(db: Executor, groupId: string): Promise<LiveSessionRow[]> {
  return db.selectFrom('live_sessions').selectAll().where('group_id', '=', groupId).where('status', '=', 'running').execute();
}

/** Running sessions started before `before`: the only ones that can have been idle that long. */
export function runningSessionsStartedBefore(db: Executor, before: string): Promise<LiveSessionRow[]> {
  return db.selectFrom('live_sessions').selectAll().where('status', '=', 'running').where('started_at', '<', before).execute();
}

/** When the session's latest event happened, if it has any. */
export async function lastEventAt(db: Executor, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('live_session_events').select('event').where('session_id', '=', id).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row ? (JSON.parse(row.event) as { at: string }).at : undefined;
}
