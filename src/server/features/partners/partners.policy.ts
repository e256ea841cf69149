import type { Executor } from '../../db/database.js';
import { Conflict, Forbidden, NotFound } from '../../errors.js';
import { findPartnership, type PartnershipRow } from './partners.repository.js';

/**
 * A partnership is for its two people only: anyone else learns nothing, not even that it
 * exists (404). Between the two, an action meant for the other side is 403 and an action
 * the partnership's state does not allow is 409.
 */
export async function requireParticipant(db: Executor, id: string, accountId: string): Promise<PartnershipRow> {
  const row = await findPartnership(db, id);
  if (!row || (row.requester_id !== accountId && row.addressee_id !== accountId)) throw new NotFound('No such partnership.');
  return row;
}

export function otherOf(row: PartnershipRow, accountId: string): string {
  return row.requester_id === accountId ? row.addressee_id : row.requester_id;
}

export function requireAddressee(row: PartnershipRow, accountId: string): void {
  if (row.addressee_id !== accountId) throw new Forbidden('Only the person who was asked can answer this request.', 'addressee_only');
}

export function requireRequester(row: PartnershipRow, accountId: string): void {
  if (row.requester_id !== accountId) throw new Forbidden('Only the person who asked can withdraw this request.', 'requester_only');
}

export function requireStatus(row: PartnershipRow, ...statuses: string[]): void {
  if (!statuses.includes(row.status)) {
    throw new Conflict(row.status === 'pending' ? 'This request is still waiting for an answer.' : 'This request or partnership is closed.', 'partnership_state');
  }
}
