import type { CreateGrantInput, GrantList } from '../../../shared/sharing.js';
import type { AppContext } from '../../context.js';
import { NotFound } from '../../errors.js';
import { enqueue } from '../../jobs/queue.js';
import { displayNamesOf } from '../accounts/accounts.service.js';
import { notify } from '../notifications/notify.js';
import { presentGrant } from './grants.presenter.js';
import * as repo from './grants.repository.js';
import { isKnownTo } from './people.service.js';

export const GRANT_EXPIRED_JOB = 'grant.expired';

/** Grants `input.scopes` to someone the owner knows in Kindred; tells the grantee. */
export async function createGrant(ctx: AppContext, ownerId: string, input: CreateGrantInput) {
  if (!(await isKnownTo(ctx.db, ownerId, input.granteeAccountId))) {
    // Same answer for a stranger, a deleted account and oneself: nobody is enumerated.
    throw new NotFound('body.granteeAccountId is not someone you can share with.');
  }
  const names = await displayNamesOf(ctx.db, [ownerId, input.granteeAccountId]);
  const expiresAt = input.expiresAt ? new Date(input.expiresAt).toISOString() : null;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const grantId = await repo.insertGrant(trx, {
      ownerId,
      granteeId: input.granteeAccountId,
      scopes: input.scopes,
      purpose: input.purpose || null,
      expiresAt,
    });
    await notify(trx, {
      accountId: input.granteeAccountId,
      kind: 'grant.received',
      data: { grantId, name: names.get(ownerId) ?? '', scopes: input.scopes },
      actorId: ownerId,
    });
    // The read check already refuses an expired grant; this tells open views to drop it.
    if (expiresAt) await enqueue(trx, { kind: GRANT_EXPIRED_JOB, payload: { grantId }, runAt: new Date(expiresAt), dedupeKey: `grant-expired:${grantId}` });
    return grantId;
  });
  ctx.worker.wake();
  const row = await repo.findGrant(ctx.db, id);
  return presentGrant(row!, names);
}

/** Stops a grant at once (owner only; anyone else gets 404) and tells the grantee's open views. */
export async function stopGrant(ctx: AppContext, ownerId: string, grantId: string): Promise<void> {
  const row = await repo.findGrant(ctx.db, grantId);
  if (!row || row.owner_id !== ownerId) throw new NotFound('No such grant.');
  if (row.revoked_at) return;
  const granteeId = await repo.revokeGrant(ctx.db, ownerId, grantId);
  if (granteeId) await ctx.hub.publish(granteeId, { type: 'grant.revoked', ownerId, grantId });
}

/** Job: a grant reached its expiry; open views of the grantee drop it. Idempotent. */
export async function grantExpired(ctx: AppContext, grantId: string): Promise<void> {
  const row = await repo.findGrant(ctx.db, grantId);
  if (!row || row.revoked_at || !row.expires_at || row.expires_at > new Date().toISOString()) return;
  await ctx.hub.publish(row.grantee_id, { type: 'grant.revoked', ownerId: row.owner_id, grantId });
}

export async function grantsOf(ctx: AppContext, accountId: string): Promise<GrantList> {
  const [given, received] = await Promise.all([repo.grantsGivenBy(ctx.db, accountId), repo.grantsReceivedBy(ctx.db, accountId)]);
  const names = await displayNamesOf(ctx.db, [...given, ...received].flatMap((g) => [g.owner_id, g.grantee_id]));
  return { given: given.map((g) => presentGrant(g, names)), received: received.map((g) => presentGrant(g, names)) };
}
