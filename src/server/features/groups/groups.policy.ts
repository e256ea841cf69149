import type { Executor } from '../../db/database.js';
import { AppError, Conflict, Forbidden, NotFound } from '../../errors.js';
import { currentAgreementVersion, findMembership, type MembershipRow } from './memberships.repository.js';

export const CORE_TEAM_ROLES = ['facilitator', 'co_facilitator'] as const;

export function isActive(m: MembershipRow | undefined): m is MembershipRow {
  return m?.status === 'active';
}

export function isCoreTeam(m: MembershipRow | undefined): boolean {
  return isActive(m) && (CORE_TEAM_ROLES as readonly string[]).includes(m.role);
}

export class AgreementRequired extends AppError {
  constructor(readonly version: number) {
    super(409, 'agreement_required', 'The group has updated its agreement. Please read and accept it to continue.', {
      version,
    });
  }
}

/**
 * Everything about a group but its public listing is for its active members only. A
 * non-member learns nothing, not even that the group exists: 404, never 403. A member
 * who has not accepted the current agreement must accept it first (409 agreement_required),
 * unless the caller is only reading the agreement itself.
 */
export async function requireMember(
  db: Executor,
  groupId: string,
  accountId: string,
  options: { allowOutdatedAgreement?: boolean } = {},
): Promise<MembershipRow> {
  const membership = await findMembership(db, groupId, accountId);
  if (!isActive(membership)) throw new NotFound('No such group.');
  if (!options.allowOutdatedAgreement) {
    const current = await currentAgreementVersion(db, groupId);
    if ((membership.agreement_version ?? 0) < current) throw new AgreementRequired(current);
  }
  return membership;
}

/** Core-team actions: facilitators and co-facilitators of the group. */
export async function requireCoreTeam(db: Executor, groupId: string, accountId: string): Promise<MembershipRow> {
  const membership = await requireMember(db, groupId, accountId, { allowOutdatedAgreement: true });
  if (!isCoreTeam(membership)) throw new Forbidden('Only the group’s core team can do that.', 'core_team_only');
  return membership;
}

/** Changing roles and removing facilitators is for facilitators only. */
export function requireFacilitator(membership: MembershipRow): void {
  if (membership.role !== 'facilitator') {
    throw new Forbidden('Only a facilitator of the group can do that.', 'facilitator_only');
  }
}

export class AgreementOutdated extends Conflict {
  constructor(version: number) {
    super('The group’s agreement has changed. Please read the current version and accept it.', 'agreement_outdated', {
      version,
    });
  }
}

export class LastFacilitator extends Conflict {
  constructor() {
    super('A group always needs at least one facilitator. Please share or hand over the role first.', 'last_facilitator');
  }
}

export class InvitationRequired extends Forbidden {
  constructor() {
    super('This group welcomes new members by invitation.', 'invitation_required');
  }
}

/** One answer for unknown, expired, revoked and used-up invitations: a link reveals nothing. */
export class InvitationInvalid extends NotFound {
  constructor() {
    super('This invitation link is no longer valid. Please ask the group for a new one.', 'invitation_invalid');
  }
}
