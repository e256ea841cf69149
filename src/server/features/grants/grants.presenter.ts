import type { Grant, GrantStatus, Scope } from '../../../shared/sharing.js';
import type { GrantRow } from './grants.repository.js';

export function grantStatus(row: Pick<GrantRow, 'revoked_at' | 'expires_at'>, now = new Date().toISOString()): GrantStatus {
  if (row.revoked_at) return 'revoked';
  if (row.expires_at && row.expires_at <= now) return 'expired';
  return 'active';
}

/** The only place a grant row becomes JSON; `names` maps account ids to display names. */
export function presentGrant(row: GrantRow, names: ReadonlyMap<string, string>): Grant {
  return {
    id: row.id,
    ownerId: row.owner_id,
    ownerName: names.get(row.owner_id) ?? '',
    granteeId: row.grantee_id,
    granteeName: names.get(row.grantee_id) ?? '',
    scopes: JSON.parse(row.scopes) as Scope[],
    purpose: row.purpose,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    status: grantStatus(row),
    partnershipId: row.partnership_id,
  };
}
