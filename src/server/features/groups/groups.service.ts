import { randomUUID } from 'node:crypto';
import type { CreateGroupInput, UpdateGroupInput } from '../../../shared/groups.js';
import type { DB, Executor } from '../../db/database.js';
import { NotFound } from '../../errors.js';
import { DEFAULT_AGREEMENT } from './default-agreement.js';
import { AgreementOutdated, isActive, requireCoreTeam, requireMember } from './groups.policy.js';
import * as repo from './groups.repository.js';
import type { AgreementRow, GroupRow } from './groups.repository.js';
import * as memberships from './memberships.repository.js';
import type { MembershipRow } from './memberships.repository.js';
import { slugify, uniqueSlug } from './slug.js';

/** A group with its current agreement, and the caller's membership when they have one. */
export interface GroupView {
  group: GroupRow;
  agreement: AgreementRow;
  membership: MembershipRow | null;
}

/** A group seen by one of its active members. */
export interface MemberView extends GroupView {
  membership: MembershipRow;
}

export async function findGroupOrThrow(db: Executor, key: string): Promise<GroupRow> {
  const group = await repo.findGroup(db, key);
  if (!group) throw new NotFound('No such group.');
  return group;
}

export async function agreementOf(db: Executor, groupId: string): Promise<AgreementRow> {
  const agreement = await repo.currentAgreement(db, groupId);
  if (!agreement) throw new NotFound('No such group.');
  return agreement;
}

export async function viewFor<M extends MembershipRow | null>(
  db: Executor,
  group: GroupRow,
  membership: M,
): Promise<GroupView & { membership: M }> {
  return { group, agreement: await agreementOf(db, group.id), membership };
}

/** The group and the caller's active membership (404 for anyone else; see requireMember). */
export async function memberGroup(db: Executor, key: string, accountId: string, options?: { allowOutdatedAgreement?: boolean }) {
  const group = await findGroupOrThrow(db, key);
  return { group, membership: await requireMember(db, group.id, accountId, options) };
}

export async function coreTeamGroup(db: Executor, key: string, accountId: string) {
  const group = await findGroupOrThrow(db, key);
  return { group, membership: await requireCoreTeam(db, group.id, accountId) };
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint/i.test(e.message ?? '');
}

/**
 * Creates a group: its slug, agreement version 1 and the creator as its active facilitator,
 * in one transaction. Two groups created with the same name at once both get a slug: the
 * loser of the race retries with the next free one.
 */
export async function createGroup(db: DB, accountId: string, input: CreateGroupInput): Promise<MemberView> {
  const base = slugify(input.name);
  for (let attempt = 0; ; attempt += 1) {
    const slug = uniqueSlug(base, await repo.slugsLike(db, base));
    try {
      const created = await insertNewGroup(db, accountId, input, slug);
      groupsChanged();
      return created;
    } catch (err) {
      if (attempt >= 4 || !isUniqueViolation(err)) throw err;
    }
  }
}

function insertNewGroup(db: DB, accountId: string, input: CreateGroupInput, slug: string): Promise<MemberView> {
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const group = await repo.insertGroup(trx, {
      id: randomUUID(),
      slug,
      name: input.name,
      description: input.description ?? '',
      languages: JSON.stringify(input.languages ?? []),
      time_zone: input.timeZone,
      join_policy: input.joinPolicy,
      listed: input.listed ? 1 : 0,
      created_at: now,
      updated_at: now,
    });
    const agreement = await repo.insertAgreement(trx, {
      id: randomUUID(),
      group_id: group.id,
      version: 1,
      text: input.agreementText ?? DEFAULT_AGREEMENT,
      created_by: accountId,
      created_at: now,
    });
    const membership = await memberships.insertMembership(trx, {
      id: randomUUID(),
      group_id: group.id,
      account_id: accountId,
      role: 'facilitator',
      status: 'active',
      agreement_version: 1,
      request_message: null,
      show_username: 0,
      created_at: now,
      updated_at: now,
    });
    return { group, agreement, membership };
  });
}

export function listMyGroups(db: DB, accountId: string) {
  return memberships.listActiveGroupsOf(db, accountId);
}

/**
 * What the caller may see of a group: everything for its active members (also while they
 * still have to accept a new agreement, so they can see what changed), the public view of
 * a listed group for anyone else, and for an unlisted group nothing at all (404).
 */
export async function viewGroup(db: DB, key: string, accountId: string | null): Promise<GroupView> {
  const group = await findGroupOrThrow(db, key);
  const membership = accountId ? await memberships.findMembership(db, group.id, accountId) : undefined;
  if (isActive(membership)) return viewFor(db, group, membership);
  if (group.listed !== 1) throw new NotFound('No such group.');
  return viewFor(db, group, null);
}

export async function updateGroup(db: DB, key: string, accountId: string, patch: UpdateGroupInput): Promise<MemberView> {
  const { group, membership } = await coreTeamGroup(db, key, accountId);
  const updated = await repo.updateGroup(db, group.id, {
    ...(patch.name !== undefined && { name: patch.name }),
    ...(patch.description !== undefined && { description: patch.description }),
    ...(patch.languages !== undefined && { languages: JSON.stringify(patch.languages) }),
    ...(patch.timeZone !== undefined && { time_zone: patch.timeZone }),
    ...(patch.joinPolicy !== undefined && { join_policy: patch.joinPolicy }),
    ...(patch.listed !== undefined && { listed: patch.listed ? 1 : 0 }),
    updated_at: new Date().toISOString(),
  });
  groupsChanged();
  return viewFor(db, updated, membership);
}

/** Publishes the next agreement version; the core-team member who wrote it has accepted it. */
export async function publishAgreement(db: DB, key: string, accountId: string, text: string): Promise<MemberView> {
  const { group, membership } = await coreTeamGroup(db, key, accountId);
  return db.transaction().execute(async (trx) => {
    await repo.lockGroup(trx, group.id);
    const version = (await memberships.currentAgreementVersion(trx, group.id)) + 1;
    const now = new Date().toISOString();
    const agreement = await repo.insertAgreement(trx, {
      id: randomUUID(),
      group_id: group.id,
      version,
      text,
      created_by: accountId,
      created_at: now,
    });
    const accepted = await memberships.updateMembership(trx, membership.id, { agreement_version: version, updated_at: now });
    return { group, agreement, membership: accepted };
  });
}

export async function acceptAgreement(db: DB, key: string, accountId: string, version: number): Promise<MemberView> {
  const { group, membership } = await memberGroup(db, key, accountId, { allowOutdatedAgreement: true });
  const agreement = await agreementOf(db, group.id);
  if (version !== agreement.version) throw new AgreementOutdated(agreement.version);
  const accepted = await memberships.updateMembership(db, membership.id, {
    agreement_version: version,
    updated_at: new Date().toISOString(),
  });
  return { group, agreement, membership: accepted };
}

/** For other features: the ids of the groups the account is an active member of. */
export function activeGroupIds(db: Executor, accountId: string): Promise<string[]> {
  return memberships.activeGroupIds(db, accountId);
}

/* Bulk reads for other features (meetings, feeds), so they never query groups' tables. */

export type { GroupBasics, ListedGroupRow } from './groups.repository.js';

/** Name, slug and zone of each of the given groups (unknown ids are left out). */
export function groupBasics(db: Executor, ids: readonly string[]) {
  return repo.findGroupBasics(db, ids);
}

/** Name, slug and zone of every group the account is an active member of. */
export function activeGroupsOf(db: Executor, accountId: string) {
  return memberships.activeGroupBasicsOf(db, accountId);
}

/** The groups the account takes part in now: active, and the current agreement accepted. */
export function groupsInGoodStandingOf(db: Executor, accountId: string) {
  return memberships.groupsInGoodStandingOf(db, accountId);
}

/** The groups listed in the public directory. */
export function listedGroups(db: Executor) {
  return repo.listedGroups(db);
}

/** A group's active members with their display names only. */
export function activeMemberNames(db: Executor, groupId: string) {
  return memberships.activeMemberNames(db, groupId);
}

/** The core team (facilitators and co-facilitators) of a group: whom to ask about mentors. */
export function coreTeamIds(db: Executor, groupId: string) {
  return memberships.coreTeamIds(db, groupId);
}

/** Changes in the database whenever any group is added, changed or removed (any process). */
export function groupsStamp(db: Executor): Promise<string> {
  return repo.groupsStamp(db);
}

let localGroupChanges = 0;

/**
 * Counts group writes made by this process, so the public feeds can tell at once that
 * they must look again (writes by other processes show through groupsStamp). Every write
 * to a group's row should call groupsChanged.
 */
function groupsChanged(): void {
  localGroupChanges += 1;
}

export function groupsVersion(): number {
  return localGroupChanges;
}
