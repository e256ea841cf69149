import type { Selectable } from 'kysely';
import type { Executor, MembershipTable } from '../../db/database.js';

export type MembershipRow = Selectable<MembershipTable>;

export function findMembership(db: Executor, groupId: string, accountId: string): Promise<MembershipRow | undefined> {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('group_id', '=', groupId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

export async function currentAgreementVersion(db: Executor, groupId: string): Promise<number> {
  const row = await db
    .selectFrom('group_agreements')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('group_id', '=', groupId)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}
