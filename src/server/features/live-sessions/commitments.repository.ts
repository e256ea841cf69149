import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { CommitmentRow, CommitmentTable, SessionCheckinTable } from '../../db/live-tables.js';

export type { CommitmentRow };

export async function insertCommitment(db: Executor, row: Insertable<CommitmentTable>): Promise<void> {
  await db.insertInto('commitments').values(row).execute();
}

/** The member's latest commitment in the group from an earlier session, not yet reported on. */
export function openCommitment(db: Executor, accountId: string, groupId: string, sessionId: string): Promise<CommitmentRow | undefined> {
  return db
    .selectFrom('commitments')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('group_id', '=', groupId)
    .where('reported_at', 'is', null)
    .where((eb) => eb.or([eb('session_id', 'is', null), eb('session_id', '!=', sessionId)]))
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function reportCommitment(db: Executor, id: string, outcome: string, tried: string | null, at: string, sessionId: string): Promise<void> {
  await db
    .updateTable('commitments')
    .set({ outcome, tried, reported_at: at, reported_session_id: sessionId })
    .where('id', '=', id)
    .where('reported_at', 'is', null)
    .execute();
}

export function commitmentsOf(db: Executor, accountId: string, limit: number): Promise<CommitmentRow[]> {
  return db.selectFrom('commitments').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').limit(limit).execute();
}

export async function countCommitmentsMadeIn(db: Executor, sessionId: string): Promise<number> {
  const row = await db.selectFrom('commitments').select((eb) => eb.fn.countAll<number>().as('n')).where('session_id', '=', sessionId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One in-meeting check-in per member and session; a second share in the same session replaces it. */
export async function upsertSessionCheckin(db: Executor, row: Insertable<SessionCheckinTable>): Promise<void> {
  await db
    .insertInto('session_checkins')
    .values(row)
    .onConflict((oc) => oc.columns(['session_id', 'account_id']).doUpdateSet({ mood: row.mood, energy: row.energy, craving: row.craving, note: row.note }))
    .execute();
}

export function sessionCheckinsOf(db: Executor, accountId: string, limit: number) {
  return db
    .selectFrom('session_checkins')
    .innerJoin('live_sessions', 'live_sessions.id', 'session_checkins.session_id')
    .select(['session_checkins.session_id', 'live_sessions.group_id', 'session_checkins.created_at', 'mood', 'energy', 'craving', 'note'])
    .where('session_checkins.account_id', '=', accountId)
    .orderBy('session_checkins.created_at', 'desc')
    .limit(limit)
    .execute();
}
