import type {
  AgreementView,
  Group,
  GroupRole,
  GroupSummary,
  Invitation,
  InvitationPreview,
  JoinPolicy,
  JoinRequest,
  Member,
  MembershipStatus,
  MyMembership,
  NewInvitation,
  PublicGroup,
} from '../../../shared/groups.js';
import type { AgreementRow, GroupRow } from './groups.repository.js';
import type { InvitationRow } from './invitations.repository.js';
import type { MemberListRow, MembershipRow } from './memberships.repository.js';

/** The only place group, membership and invitation rows become API JSON. */
function languagesOf(row: GroupRow): string[] {
  const parsed: unknown = JSON.parse(row.languages);
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
}

function presentAgreement(agreement: AgreementRow) {
  return { version: agreement.version, text: agreement.text };
}

export function presentAgreementView(agreement: AgreementRow, membership: MembershipRow | null): AgreementView {
  return { ...presentAgreement(agreement), acceptedVersion: membership?.agreement_version ?? null };
}

/** What anyone may know of a listed group, and every other view starts from. */
function groupBasics(row: GroupRow) {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    languages: languagesOf(row),
    timeZone: row.time_zone,
    joinPolicy: row.join_policy as JoinPolicy,
  };
}

export function presentPublicGroup(row: GroupRow, agreement: AgreementRow): PublicGroup {
  return {
    ...groupBasics(row),
    agreement: presentAgreement(agreement),
  };
}

export function presentMyMembership(m: MembershipRow, currentVersion: number): MyMembership {
  return {
    membershipId: m.id,
    role: m.role as GroupRole,
    status: m.status as MembershipStatus,
    agreementVersion: m.agreement_version,
    agreementRequired: (m.agreement_version ?? 0) < currentVersion,
    showUsername: m.show_username === 1,
  };
}

export function presentGroupSummary(row: GroupRow, m: MembershipRow, currentVersion: number): GroupSummary {
  return {
    ...groupBasics(row),
    listed: row.listed === 1,
    myMembership: presentMyMembership(m, currentVersion),
  };
}

export function presentGroup(row: GroupRow, agreement: AgreementRow, m: MembershipRow): Group {
  return {
    ...presentGroupSummary(row, m, agreement.version),
    agreement: presentAgreement(agreement),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A member as the rest of the group sees them: display name, role, and the username only if they chose to show it. */
export function presentMember(row: MemberListRow): Member {
  return {
    membershipId: row.id,
    displayName: row.display_name,
    role: row.role as GroupRole,
    ...(row.show_username === 1 && { username: row.username }),
  };
}

export function presentJoinRequest(row: MemberListRow): JoinRequest {
  return {
    membershipId: row.id,
    displayName: row.display_name,
    message: row.request_message,
    createdAt: row.created_at,
  };
}

export function presentInvitation(row: InvitationRow): Invitation {
  return { id: row.id, expiresAt: row.expires_at, maxUses: row.max_uses, uses: row.uses, createdAt: row.created_at };
}

export function presentNewInvitation(row: InvitationRow, token: string, publicUrl: string): NewInvitation {
  return { ...presentInvitation(row), token, url: `${publicUrl}/join/${token}` };
}

export function presentInvitationPreview(row: GroupRow, agreement: AgreementRow): InvitationPreview {
  const { id, slug, name, description, languages, timeZone } = presentPublicGroup(row, agreement);
  return { group: { id, slug, name, description, languages, timeZone }, agreement: presentAgreement(agreement) };
}
