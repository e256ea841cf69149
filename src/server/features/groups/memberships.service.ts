import { randomUUID } from 'node:crypto';
import type { GroupRole } from '../../../shared/groups.js';
import type { DB, Executor } from '../../db/database.js';
import { NotFound } from '../../errors.js';
import { AgreementOutdated, InvitationRequired, LastFacilitator, requireFacilitator } from './groups.policy.js';
import * as groups from './groups.repository.js';
import { agreementOf, coreTeamGroup, findGroupOrThrow, memberGroup, viewFor, type MemberView } from './groups.service.js';
import * as repo from './memberships.repository.js';
import type { MemberListRow, MembershipRow } from './memberships.repository.js';

export type JoinResult = { status: 'active'; view: MemberView } | { status: 'pending'; groupId: string };

/**
 * Makes the account an active (or, for request groups, pending) member, reusing the row of
 * an earlier membership so history stays one row per person and group.
 */
export async function activate(
  db: Executor,
  groupId: string,
  accountId: string,
  existing: MembershipRow | undefined,
  fields: { status: 'active' | 'pending'; agreementVersion: number; message?: string | null },
): Promise<MembershipRow> {
  const now = new Date().toISOString();
  const values = {
    role: 'member',
    status: fields.status,
    agreement_version: fields.agreementVersion,
    request_message: fields.message ?? null,
    updated_at: now,
  };
  if (existing) return repo.updateMembership(db, existing.id, values);
  return repo.insertMembershipIfAbsent(db, {
    id: randomUUID(),
    group_id: groupId,
    account_id: accountId,
    show_username: 0,
    created_at: now,
    ...values,
  });
}

/**
 * Joins an open group or asks to join a request group, accepting its current agreement.
 * An unlisted group stays invisible (404) to anyone who was never part of it; a removed
 * member comes back only through a fresh invitation.
 */
export async function join(
  db: DB,
  key: string,
  accountId: string,
  input: { agreementVersion: number; message?: string | undefined },
): Promise<JoinResult> {
  const group = await findGroupOrThrow(db, key);
  const existing = await repo.findMembership(db, group.id, accountId);
  const knowsGroup = existing !== undefined && existing.status !== 'removed';
  if (group.listed !== 1 && !knowsGroup) throw new NotFound('No such group.');
  if (existing?.status === 'active') return { status: 'active', view: await viewFor(db, group, existing) };
  if (existing?.status === 'removed' || group.join_policy === 'invite') throw new InvitationRequired();

  const agreement = await agreementOf(db, group.id);
  if (input.agreementVersion !== agreement.version) throw new AgreementOutdated(agreement.version);
  if (group.join_policy === 'open') {
    const membership = await activate(db, group.id, accountId, existing, { status: 'active', agreementVersion: agreement.version });
    if (membership.status !== 'active') throw new InvitationRequired();
    return { status: 'active', view: { group, agreement, membership } };
  }
  await activate(db, group.id, accountId, existing, {
    status: 'pending',
    agreementVersion: agreement.version,
    message: input.message || null,
  });
  return { status: 'pending', groupId: group.id };
}

export async function listRequests(db: DB, key: string, accountId: string): Promise<MemberListRow[]> {
  const { group } = await coreTeamGroup(db, key, accountId);
  return repo.listMemberships(db, group.id, 'pending');
}

async function pendingRequest(db: DB, groupId: string, membershipId: string): Promise<MembershipRow> {
  const request = await repo.findMembershipById(db, groupId, membershipId);
  if (request?.status !== 'pending') throw new NotFound('That request is not waiting any more.');
  return request;
}

export async function approveRequest(db: DB, key: string, accountId: string, membershipId: string) {
  const { group } = await coreTeamGroup(db, key, accountId);
  const request = await pendingRequest(db, group.id, membershipId);
  await repo.updateMembership(db, request.id, { status: 'active', request_message: null, updated_at: new Date().toISOString() });
  return memberRow(db, request.id);
}

/** Declining deletes the request: the person may ask again later. */
export async function declineRequest(db: DB, key: string, accountId: string, membershipId: string): Promise<void> {
  const { group } = await coreTeamGroup(db, key, accountId);
  const request = await pendingRequest(db, group.id, membershipId);
  await repo.deleteMembership(db, request.id);
}

export async function listMembers(db: DB, key: string, accountId: string): Promise<MemberListRow[]> {
  const { group } = await memberGroup(db, key, accountId);
  return repo.listMemberships(db, group.id, 'active');
}

/** A member's own settings in the group; allowed before accepting a new agreement. */
export async function updateMyMembership(db: DB, key: string, accountId: string, showUsername: boolean): Promise<MemberView> {
  const { group, membership } = await memberGroup(db, key, accountId, { allowOutdatedAgreement: true });
  const updated = await repo.updateMembership(db, membership.id, {
    show_username: showUsername ? 1 : 0,
    updated_at: new Date().toISOString(),
  });
  return viewFor(db, group, updated);
}

async function memberRow(db: Executor, id: string): Promise<MemberListRow> {
  const row = await repo.findMemberListRow(db, id);
  if (!row) throw new NotFound('No such member.');
  return row;
}

/**
 * Ends or changes a membership under the group's lock, so the group always keeps at least
 * one active facilitator even when two changes race.
 */
async function changeLeadership(
  db: DB,
  group: { id: string },
  target: MembershipRow,
  changes: { status?: 'left' | 'removed'; role?: GroupRole },
): Promise<MembershipRow> {
  return db.transaction().execute(async (trx) => {
    await groups.lockGroup(trx, group.id);
    const fresh = await repo.findMembershipById(trx, group.id, target.id);
    if (fresh?.status !== 'active') throw new NotFound('No such member.');
    const stopsFacilitating = fresh.role === 'facilitator' && (changes.status !== undefined || changes.role !== 'facilitator');
    if (stopsFacilitating && (await repo.countActiveFacilitators(trx, group.id)) <= 1) throw new LastFacilitator();
    return repo.updateMembership(trx, fresh.id, { ...changes, updated_at: new Date().toISOString() });
  });
}

/** Leaving is always possible, also before accepting a new agreement, except for the last facilitator. */
export async function leave(db: DB, key: string, accountId: string): Promise<{ groupId: string; accountId: string }> {
  const { group, membership } = await memberGroup(db, key, accountId, { allowOutdatedAgreement: true });
  await changeLeadership(db, group, membership, { status: 'left' });
  return { groupId: group.id, accountId };
}

async function activeTarget(db: DB, groupId: string, membershipId: string): Promise<MembershipRow> {
  const target = await repo.findMembershipById(db, groupId, membershipId);
  if (target?.status !== 'active') throw new NotFound('No such member.');
  return target;
}

/** The core team removes a member; only a facilitator removes a facilitator. */
export async function removeMember(db: DB, key: string, accountId: string, membershipId: string): Promise<{ groupId: string; accountId: string }> {
  const { group, membership: actor } = await coreTeamGroup(db, key, accountId);
  const target = await activeTarget(db, group.id, membershipId);
  if (target.role === 'facilitator') requireFacilitator(actor);
  await changeLeadership(db, group, target, { status: 'removed' });
  return { groupId: group.id, accountId: target.account_id };
}

/** Facilitators share or hand over roles; the group always keeps a facilitator. */
export async function changeRole(db: DB, key: string, accountId: string, membershipId: string, role: GroupRole) {
  const { group, membership: actor } = await coreTeamGroup(db, key, accountId);
  requireFacilitator(actor);
  const target = await activeTarget(db, group.id, membershipId);
  await changeLeadership(db, group, target, { role });
  return memberRow(db, target.id);
}
