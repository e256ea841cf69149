import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor, MembershipTable } from '../../db/database.js';
import type { GroupRow } from './groups.repository.js';

export type MembershipRow = Selectable<MembershipTable>;
export type MemberListRow = Pick<MembershipRow, 'id' | 'role' | 'show_username' | 'request_message' | 'created_at'> & {
  display_name: string;
  username: string;
};

export function findMembership(db: Executor, groupId: string, accountId: string): Promise<MembershipRow | undefined> {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('group_id', '=', groupId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

export function findMembershipById(db: Executor, groupId: string, id: string): Promise<MembershipRow | undefined> {
  return db.selectFrom('memberships').selectAll().where('group_id', '=', groupId).where('id', '=', id).executeTakeFirst();
}

export async function currentAgreementVersion(db: Executor, groupId: string): Promise<number> {
  const row = await db
    .selectFrom('group_agreements')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('group_id', '=', groupId)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

export async function insertMembership(db: Executor, membership: Insertable<MembershipTable>): Promise<MembershipRow> {
  return db.insertInto('memberships').values(membership).returningAll().executeTakeFirstOrThrow();
}

export async function updateMembership(
  db: Executor,
  id: string,
  changes: Updateable<MembershipTable>,
): Promise<MembershipRow> {
  return db.updateTable('memberships').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteMembership(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('memberships').where('id', '=', id).execute();
}

export async function countActiveFacilitators(db: Executor, groupId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('group_id', '=', groupId)
    .where('status', '=', 'active')
    .where('role', '=', 'facilitator')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Memberships with the member's names: no e-mail is ever read here. */
function memberListQuery(db: Executor) {
  return db    .selectFrom('memberships')
    .innerJoin('accounts', 'accounts.id', 'memberships.account_id')
    .select([
      'memberships.id',
      'memberships.role',
      'memberships.show_username',
      'memberships.request_message',
      'memberships.created_at',
      'accounts.display_name',
      'accounts.username',
    ]);
}

export function listMemberships(db: Executor, groupId: string, status: 'active' | 'pending'): Promise<MemberListRow[]> {
  return memberListQuery(db)
    .where('memberships.group_id', '=', groupId)
    .where('memberships.status', '=', status)
    .orderBy('memberships.created_at')
    .orderBy('memberships.id')
    .execute();
}

export type MyGroupRow = GroupRow & { membership: MembershipRow; current_version: number };

/** The groups an account is an active member of, with its membership and each group's agreement version. */
export async function listActiveGroupsOf(db: Executor, accountId: string): Promise<MyGroupRow[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('groups', 'groups.id', 'memberships.group_id')
    .selectAll('groups')
    .select([
      'memberships.id as m_id',
      'memberships.role as m_role',
      'memberships.status as m_status',
      'memberships.agreement_version as m_agreement_version',
      'memberships.show_username as m_show_username',
    ])
    .select((eb) =>
      eb
        .selectFrom('group_agreements')
        .select((ea) => ea.fn.max('version').as('v'))
        .whereRef('group_agreements.group_id', '=', 'groups.id')
        .as('current_version'),
    )
    .where('memberships.account_id', '=', accountId)
    .where('memberships.status', '=', 'active')
    .orderBy('groups.name')
    .execute();
  return rows.map(({ m_id, m_role, m_status, m_agreement_version, m_show_username, current_version, ...group }) => ({
    ...group,
    current_version: Number(current_version ?? 0),
    membership: {
      id: m_id,
      group_id: group.id,
      account_id: accountId,
      role: m_role,
      status: m_status,
      agreement_version: m_agreement_version,
      show_username: m_show_username,
      request_message: null,
      created_at: group.created_at,
      updated_at: group.updated_at,
    },
  }));
}

export async function activeGroupIds(db: Executor, accountId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('group_id')
    .where('account_id', '=', accountId)
    .where('status', '=', 'active')
    .execute();
  return rows.map((r) => r.group_id);
}

export function findMemberListRow(db: Executor, id: string): Promise<MemberListRow | undefined> {
  return memberListQuery(db)
    .where('memberships.id', '=', id)
    .executeTakeFirst();
}

/** Inserts a membership unless one appeared meanwhile (a double click); either way returns the row. */
export async function insertMembershipIfAbsent(db: Executor, membership: Insertable<MembershipTable>): Promise<MembershipRow> {
  await db
    .insertInto('memberships')
    .values(membership)
    .onConflict((oc) => oc.columns(['group_id', 'account_id']).doNothing())
    .execute();
  const row = await findMembership(db, membership.group_id, membership.account_id);
  if (!row) throw new Error('membership vanished after insert');
  return row;
}

/** Basics of the groups an account is an active member of, in one query. */
function myActiveGroups(db: Executor, accountId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('groups', 'groups.id', 'memberships.group_id')
    .select(['groups.id', 'groups.slug', 'groups.name', 'groups.time_zone'])
    .where('memberships.account_id', '=', accountId)
    .where('memberships.status', '=', 'active');
}

export function activeGroupBasicsOf(db: Executor, accountId: string): Promise<Array<Pick<GroupRow, 'id' | 'slug' | 'name' | 'time_zone'>>> {
  return myActiveGroups(db, accountId).execute();
}

/** Like activeGroupBasicsOf, less the groups whose current agreement the member has yet to accept. */
export function groupsInGoodStandingOf(db: Executor, accountId: string): Promise<Array<Pick<GroupRow, 'id' | 'slug' | 'name' | 'time_zone'>>> {
  return myActiveGroups(db, accountId)
    .where((eb) =>
      eb(
        'memberships.agreement_version',
        '=',
        eb.selectFrom('group_agreements').select((a) => a.fn.max('group_agreements.version').as('v')).whereRef('group_agreements.group_id', '=', 'memberships.group_id'),
      ),
    )
    .execute();
}

/** Active members with their display names (an attendance sheet): no e-mail or username is read. */
export function activeMemberNames(db: Executor, groupId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('accounts', 'accounts.id', 'memberships.account_id')
    .select(['memberships.id', 'memberships.account_id', 'accounts.display_name'])
    .where('memberships.group_id', '=', groupId)
    .where('memberships.status', '=', 'active')
    .orderBy('accounts.display_name')
    .execute();
}

/** The account ids of a group's active facilitators and co-facilitators. */
export async function coreTeamIds(db: Executor, groupId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('account_id')
    .where('group_id', '=', groupId)
    .where('status', '=', 'active')
    .where('role', 'in', ['facilitator', 'co_facilitator'])
    .execute();
  return rows.map((r) => r.account_id);
}
