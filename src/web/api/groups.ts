import type {
  AgreementView,
  CreateGroupInput,
  CreateInvitationInput,
  Group,
  GroupRole,
  GroupSummary,
  Invitation,
  InvitationPreview,
  JoinRequest,
  Member,
  NewInvitation,
  PublicGroup,
} from '../../shared/groups.js';
import { apiRequest } from './client.js';

const g = (id: string) => `/api/groups/${encodeURIComponent(id)}`;

export const listMyGroups = () => apiRequest<{ groups: GroupSummary[] }>('GET', '/api/groups').then((r) => r.groups);
export const createGroup = (input: CreateGroupInput) => apiRequest<Group>('POST', '/api/groups', input);
/** Members get the full group; anyone else sees what a listed group shows publicly. */
export const fetchGroup = (id: string) => apiRequest<Group | PublicGroup>('GET', g(id));

export const fetchAgreement = (id: string) => apiRequest<AgreementView>('GET', `${g(id)}/agreement`);
export const acceptAgreement = (id: string, version: number) =>
  apiRequest<Group>('POST', `${g(id)}/agreement/accept`, { version });
/** Core team: the next version; every other member must accept it before going on. */
export const publishAgreement = (id: string, text: string) => apiRequest<AgreementView>('POST', `${g(id)}/agreement`, { text });

export const joinGroup = (id: string, agreementVersion: number, message?: string) =>
  apiRequest<Group | { status: 'pending'; groupId: string }>('POST', `${g(id)}/join`, { agreementVersion, message });
export const leaveGroup = (id: string) => apiRequest<void>('POST', `${g(id)}/leave`);

export const listMembers = (id: string) => apiRequest<{ members: Member[] }>('GET', `${g(id)}/members`).then((r) => r.members);
export const changeRole = (id: string, membershipId: string, role: GroupRole) =>
  apiRequest<Member>('PATCH', `${g(id)}/members/${encodeURIComponent(membershipId)}`, { role });
export const removeMember = (id: string, membershipId: string) =>
  apiRequest<void>('DELETE', `${g(id)}/members/${encodeURIComponent(membershipId)}`);

export const listRequests = (id: string) =>
  apiRequest<{ requests: JoinRequest[] }>('GET', `${g(id)}/requests`).then((r) => r.requests);
export const answerRequest = (id: string, membershipId: string, answer: 'approve' | 'decline') =>
  apiRequest<unknown>('POST', `${g(id)}/requests/${encodeURIComponent(membershipId)}/${answer}`);

export const listInvitations = (id: string) =>
  apiRequest<{ invitations: Invitation[] }>('GET', `${g(id)}/invitations`).then((r) => r.invitations);
export const createInvitation = (id: string, input: CreateInvitationInput) =>
  apiRequest<NewInvitation>('POST', `${g(id)}/invitations`, input);
export const revokeInvitation = (id: string, invitationId: string) =>
  apiRequest<void>('DELETE', `${g(id)}/invitations/${encodeURIComponent(invitationId)}`);

export const previewInvitation = (token: string) =>
  apiRequest<InvitationPreview>('GET', `/api/invitations/${encodeURIComponent(token)}`);
export const acceptInvitation = (token: string, agreementVersion: number) =>
  apiRequest<Group>('POST', `/api/invitations/${encodeURIComponent(token)}/accept`, { agreementVersion });

/** The full view a member gets, as opposed to the public one. */
export function isMemberView(group: Group | PublicGroup): group is Group {
  return 'myMembership' in group;
}

export function isCoreTeam(role: GroupRole | undefined): boolean {
  return role === 'facilitator' || role === 'co_facilitator';
}

export interface GroupCelebration {
  id: string;
  displayName: string;
  mine: boolean;
  kind: 'streak' | 'cumulative' | 'achieved';
  days: number;
  unit: 'day' | 'week';
  message: string | null;
  createdAt: string;
}
/** Milestones members chose to celebrate in the group (members only). */
export const listCelebrations = (id: string) =>
  apiRequest<{ celebrations: GroupCelebration[] }>('GET', `${g(id)}/celebrations`).then((r) => r.celebrations);
