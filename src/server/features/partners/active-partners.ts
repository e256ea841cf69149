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

/**
 * The quiet hours two partners agreed on, for one of them: null unless the partnership is
 * active, the account is in it and quiet hours are set. E-mails about the partnership wait
 * them out (read on the recipient's own clock).
 */
export async function partnershipQuietHours(db: Executor, partnershipId: string, accountId: string): Promise<{ start: string; end: string } | null> {
  const row = await db
    .selectFrom('partnerships')
    .select(['quiet_start', 'quiet_end'])
    .where('id', '=', partnershipId)
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('requester_id', '=', accountId), eb('addressee_id', '=', accountId)]))
    .executeTakeFirst();
  return row?.quiet_start && row.quiet_end ? { start: row.quiet_start, end: row.quiet_end } : null;
}
