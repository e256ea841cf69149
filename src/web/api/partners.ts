import type {
  GroupMentor,
  MentorProfileInput,
  MentorSuggestion,
  MyMentoring,
  Nudge,
  PartnerMessage,
  Partnership,
  PartnershipList,
  Rhythm,
  ShareScope,
  Weekday,
} from '../../shared/partners.js';
import { apiRequest } from './client.js';

export type { GroupMentor, MentorSuggestion, MyMentoring, Nudge, PartnerMessage, Partnership, PartnershipList, Rhythm, ShareScope, Weekday };

const p = (id: string) => `/api/partnerships/${encodeURIComponent(id)}`;

export interface RhythmInput {
  rhythm?: Rhythm;
  rhythmDays?: Weekday[];
  quietStart?: string | null;
  quietEnd?: string | null;
}

export const listPartnerships = () => apiRequest<PartnershipList>('GET', '/api/partnerships');
export const getPartnership = (id: string) => apiRequest<Partnership>('GET', p(id));
export const askPartner = (accountId: string, message?: string) => apiRequest<Partnership>('POST', '/api/partnerships', { accountId, ...(message ? { message } : {}) });
export const answer = (id: string, action: 'accept' | 'decline' | 'withdraw' | 'end') => apiRequest<Partnership>('POST', `${p(id)}/${action}`);
export const updateRhythm = (id: string, input: RhythmInput) => apiRequest<Partnership>('PATCH', p(id), input);
export const setSharing = (id: string, scopes: ShareScope[]) => apiRequest<Partnership>('PUT', `${p(id)}/sharing`, { scopes });
export const sendNudge = (id: string, nudge: Nudge, text?: string) => apiRequest<PartnerMessage>('POST', `${p(id)}/nudges`, { nudge, ...(text ? { text } : {}) });
export const listMessages = (id: string) => apiRequest<PartnerMessage[]>('GET', `${p(id)}/messages`);
export const sendMessage = (id: string, body: string) => apiRequest<PartnerMessage>('POST', `${p(id)}/messages`, { body });

export const myMentoring = () => apiRequest<MyMentoring>('GET', '/api/me/mentor-profile');
export const saveMentorProfile = (input: MentorProfileInput) => apiRequest<MyMentoring>('PUT', '/api/me/mentor-profile', input);
export const offerToMentor = (groupId: string) => apiRequest<unknown>('POST', `/api/groups/${encodeURIComponent(groupId)}/mentors`);
export const groupMentors = (groupId: string) => apiRequest<GroupMentor[]>('GET', `/api/groups/${encodeURIComponent(groupId)}/mentors`);
export const decideMentor = (groupId: string, accountId: string, status: 'approved' | 'declined') =>
  apiRequest<GroupMentor | null>('PATCH', `/api/groups/${encodeURIComponent(groupId)}/mentors/${encodeURIComponent(accountId)}`, { status });
export const mentorSuggestions = () => apiRequest<MentorSuggestion[]>('GET', '/api/me/mentor-suggestions');
export const askMentor = (mentorAccountId: string, groupId: string, message?: string) =>
  apiRequest<Partnership>('POST', '/api/mentorships', { mentorAccountId, groupId, ...(message ? { message } : {}) });
