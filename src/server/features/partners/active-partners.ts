import type { Executor } from '../../db/database.js';

/**
 * The accounts in an active partnership with the member (partners, and mentors both ways),
 * with the partnership's id: what reminders and other features may ask of partners.
 */
export async function activePartnersOf(db: Executor, accountId: string) {
  const rows = await db
    .selectFrom('partnerships')
    .select(['id', 'kind', 'requester_id', 'addressee_id'])
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('requester_id', '=', accountId), eb('addressee_id', '=', accountId)]))
    .execute();
  return rows.map((r) => ({
    partnershipId: r.id,
    kind: r.kind,
    accountId: r.requester_id === accountId ? r.addressee_id : r.requester_id,
  }));
}
