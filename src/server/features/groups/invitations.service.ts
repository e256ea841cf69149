import { randomBytes, randomUUID } from 'node:crypto';
import { INVITATION_DAYS, type CreateInvitationInput } from '../../../shared/groups.js';
import type { AppContext } from '../../context.js';
import { NotFound } from '../../errors.js';
import { hashToken } from '../auth/auth.service.js';
import { AgreementOutdated, InvitationInvalid } from './groups.policy.js';
import * as groups from './groups.repository.js';
import { agreementOf, coreTeamGroup, viewFor, type MemberView } from './groups.service.js';
import * as repo from './invitations.repository.js';
import type { InvitationRow } from './invitations.repository.js';
import * as memberships from './memberships.repository.js';
import { activate } from './memberships.service.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Creates an invitation link; its token is returned once and stored only as a keyed hash. */
export async function createInvitation(ctx: AppContext, key: string, accountId: string, input: CreateInvitationInput) {
  const { group } = await coreTeamGroup(ctx.db, key, accountId);
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  const row = await repo.insertInvitation(ctx.db, {
    id: randomUUID(),
    group_id: group.id,
    token_hash: hashToken(ctx, token),
    created_by: accountId,
    expires_at: new Date(now + (input.expiresInDays ?? INVITATION_DAYS.default) * DAY_MS).toISOString(),
    max_uses: input.maxUses ?? null,
    uses: 0,
    revoked_at: null,
    created_at: new Date(now).toISOString(),
  });
  return { row, token };
}

export async function listInvitations(ctx: AppContext, key: string, accountId: string): Promise<InvitationRow[]> {
  const { group } = await coreTeamGroup(ctx.db, key, accountId);
  return repo.listUsableInvitations(ctx.db, group.id, new Date().toISOString());
}

export async function revokeInvitation(ctx: AppContext, key: string, accountId: string, invitationId: string) {
  const { group } = await coreTeamGroup(ctx.db, key, accountId);
  const revoked = await repo.revokeInvitation(ctx.db, group.id, invitationId, new Date().toISOString());
  if (revoked === 0) throw new NotFound('That invitation does not exist or was already revoked.');
}

async function usableInvitation(ctx: AppContext, token: string) {
  const invitation = await repo.findUsableInvitation(ctx.db, hashToken(ctx, token), new Date().toISOString());
  if (!invitation) throw new InvitationInvalid();
  const group = await groups.findGroup(ctx.db, invitation.group_id);
  if (!group) throw new InvitationInvalid();
  return { invitation, group };
}

/** What an invitation link shows before joining: the group and its agreement. */
export async function previewInvitation(ctx: AppContext, token: string) {
  const { group } = await usableInvitation(ctx, token);
  return { group, agreement: await agreementOf(ctx.db, group.id) };
}

/** Thrown inside the transaction to give back the use when the person turned out to be a member already. */
class AlreadyMember extends Error {}

/**
 * Joins through an invitation, whatever the group's join policy, and also after having been
 * removed. Taking a use is one guarded UPDATE, and the membership is read after it inside
 * the same transaction, so neither concurrent strangers nor the same person twice can use
 * more than they should. An active member is answered as a member without using anything.
 */
export async function acceptInvitation(
  ctx: AppContext,
  token: string,
  accountId: string,
  agreementVersion: number,
): Promise<MemberView> {
  const { invitation, group } = await usableInvitation(ctx, token);
  const existing = await memberships.findMembership(ctx.db, group.id, accountId);
  if (existing?.status === 'active') return viewFor(ctx.db, group, existing);
  const agreement = await agreementOf(ctx.db, group.id);
  if (agreementVersion !== agreement.version) throw new AgreementOutdated(agreement.version);
  try {
    const membership = await ctx.db.transaction().execute(async (trx) => {
      if (!(await repo.takeUse(trx, invitation.id, new Date().toISOString()))) throw new InvitationInvalid();
      const current = await memberships.findMembership(trx, group.id, accountId);
      if (current?.status === 'active') throw new AlreadyMember();
      const joined = await activate(trx, group.id, accountId, current, { status: 'active', agreementVersion });
      if (joined.status !== 'active') throw new AlreadyMember();
      return joined;
    });
    return { group, agreement, membership };
  } catch (err) {
    if (!(err instanceof AlreadyMember)) throw err;
    const membership = await memberships.findMembership(ctx.db, group.id, accountId);
    if (membership?.status !== 'active') throw new InvitationInvalid();
    return viewFor(ctx.db, group, membership);
  }
}
