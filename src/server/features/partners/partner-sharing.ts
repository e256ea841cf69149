import type { ShareScope } from '../../../shared/partners.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { activeGrantsBetween, insertGrant, revokeGrant, revokePartnershipGrants } from '../grants/grants.repository.js';
import { notify } from '../notifications/notify.js';

/** The grants owner made to grantee within this partnership that are still running. */
export async function partnershipGrants(db: Executor, partnershipId: string, ownerId: string, granteeId: string) {
  return (await activeGrantsBetween(db, ownerId, granteeId)).filter((g) => g.partnership_id === partnershipId);
}

export async function partnershipScopes(db: Executor, partnershipId: string, ownerId: string, granteeId: string): Promise<ShareScope[]> {
  const grants = await partnershipGrants(db, partnershipId, ownerId, granteeId);
  return [...new Set(grants.flatMap((g) => JSON.parse(g.scopes) as ShareScope[]))].sort();
}

/**
 * Replaces what I share with my partner within the partnership: my earlier grants end and
 * one new grant carries the chosen scopes (none: nothing shared). The partner's open views
 * hear of a revocation at once; new scopes arrive as a 'grant.received' notification.
 */
export async function setPartnershipScopes(
  ctx: AppContext,
  partnershipId: string,
  ownerId: string,
  granteeId: string,
  ownerName: string,
  scopes: readonly ShareScope[],
): Promise<ShareScope[]> {
  const { revoked, removedAny } = await ctx.db.transaction().execute(async (trx) => {
    const previous = await partnershipGrants(trx, partnershipId, ownerId, granteeId);
    const before = new Set(previous.flatMap((g) => JSON.parse(g.scopes) as ShareScope[]));
    const revokedIds: string[] = [];
    for (const g of previous) if (await revokeGrant(trx, ownerId, g.id)) revokedIds.push(g.id);
    const added = scopes.filter((s) => !before.has(s));
    if (scopes.length > 0) {
      const grantId = await insertGrant(trx, { ownerId, granteeId, scopes, partnershipId, purpose: null });
      if (added.length > 0) {
        await notify(trx, { accountId: granteeId, kind: 'grant.received', data: { grantId, name: ownerName, scopes: added }, actorId: ownerId });
      }
    }
    return { revoked: revokedIds, removedAny: [...before].some((s) => !scopes.includes(s)) };
  });
  ctx.worker.wake();
  if (removedAny) for (const grantId of revoked) await ctx.hub.publish(granteeId, { type: 'grant.revoked', ownerId, grantId });
  return [...scopes].sort();
}

/** Ending a partnership ends every grant made within it, both ways; open views are told. */
export async function endPartnershipGrants(db: Executor, partnershipId: string, a: string, b: string) {
  const running = [...(await partnershipGrants(db, partnershipId, a, b)), ...(await partnershipGrants(db, partnershipId, b, a))];
  await revokePartnershipGrants(db, partnershipId);
  return running.map((g) => ({ grantId: g.id, ownerId: g.owner_id, granteeId: g.grantee_id }));
}
