import type { Insertable, Selectable } from 'kysely';
import type { Executor, MentorApprovalTable, MentorProfileTable } from '../../db/database.js';

export type MentorProfileRow = Selectable<MentorProfileTable>;
export type MentorApprovalRow = Selectable<MentorApprovalTable>;

export function findProfile(db: Executor, accountId: string): Promise<MentorProfileRow | undefined> {
  return db.selectFrom('mentor_profiles').selectAll().where('account_id', '=', accountId).executeTakeFirst();
}

export function profilesOf(db: Executor, accountIds: readonly string[]): Promise<MentorProfileRow[]> {
  if (accountIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('mentor_profiles').selectAll().where('account_id', 'in', accountIds).execute();
}

export async function upsertProfile(db: Executor, row: Insertable<MentorProfileTable>): Promise<MentorProfileRow> {
  const { account_id: _key, created_at: _created, ...changes } = row;
  return db
    .insertInto('mentor_profiles')
    .values(row)
    .onConflict((oc) => oc.column('account_id').doUpdateSet(changes))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findApproval(db: Executor, groupId: string, accountId: string): Promise<MentorApprovalRow | undefined> {
  return db.selectFrom('mentor_approvals').selectAll().where('group_id', '=', groupId).where('account_id', '=', accountId).executeTakeFirst();
}

export function approvalsOf(db: Executor, accountId: string): Promise<MentorApprovalRow[]> {
  return db.selectFrom('mentor_approvals').selectAll().where('account_id', '=', accountId).execute();
}

/** The offers in the given groups, in the given states. */
export function approvalsIn(db: Executor, groupIds: readonly string[], statuses: readonly string[]): Promise<MentorApprovalRow[]> {
  if (groupIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('mentor_approvals')
    .selectAll()
    .where('group_id', 'in', groupIds)
    .where('status', 'in', statuses)
    .orderBy('created_at')
    .execute();
}

/** A new offer, or a declined one offered again; an open offer stays as it is. */
export async function offer(db: Executor, row: Insertable<MentorApprovalTable>): Promise<MentorApprovalRow> {
  return db
    .insertInto('mentor_approvals')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['group_id', 'account_id'])
        .doUpdateSet({ status: 'pending', decided_by: null, decided_at: null, created_at: row.created_at })
        .where('mentor_approvals.status', '=', 'declined'),
    )
    .returningAll()
    .executeTakeFirst()
    .then(async (r) => r ?? (await findApproval(db, row.group_id, row.account_id))!);
}

export function decide(db: Executor, groupId: string, accountId: string, status: string, decidedBy: string) {
  return db
    .updateTable('mentor_approvals')
    .set({ status, decided_by: decidedBy, decided_at: new Date().toISOString() })
    .where('group_id', '=', groupId)
    .where('account_id', '=', accountId)
    .returningAll()
    .executeTakeFirst();
}
