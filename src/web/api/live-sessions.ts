import type { MyCommitments, SessionInfo, SessionSummary, SessionView } from '../../shared/live-session/api.js';
import type { AttendMode, SessionCommandInput } from '../../shared/live-session/schema.js';
import { apiRequest } from './client.js';

// Types only from the shared modules: their runtime pulls in zod, which stays out of Today's first download.
export type { MyCommitments, SessionInfo, SessionSummary, SessionView, AttendMode, SessionCommandInput };

export interface FeedbackInput {
  safe: number;
  helpful: number;
  pacing: number;
  comment?: string | null;
}

const occ = (groupId: string, seriesId: string, date: string) =>
  `/api/groups/${encodeURIComponent(groupId)}/meetings/${encodeURIComponent(seriesId)}/occurrences/${encodeURIComponent(date)}/live-session`;
const s = (sessionId: string) => `/api/live-sessions/${encodeURIComponent(sessionId)}`;

/** Core team: starts the occurrence's session (or joins it when it already runs). */
export const startSession = (groupId: string, seriesId: string, date: string, mode: AttendMode) =>
  apiRequest<SessionView>('POST', occ(groupId, seriesId, date), { mode });
/** The occurrence's session, if one was started (404 when none). */
export const occurrenceSession = (groupId: string, seriesId: string, date: string) => apiRequest<SessionInfo>('GET', occ(groupId, seriesId, date));
export const myLiveSessions = () => apiRequest<{ sessions: SessionInfo[] }>('GET', '/api/me/live-sessions').then((r) => r.sessions);
export const groupLiveSessions = (groupId: string) =>
  apiRequest<{ sessions: SessionInfo[] }>('GET', `/api/groups/${encodeURIComponent(groupId)}/live-sessions`).then((r) => r.sessions);

export const joinSession = (sessionId: string, mode: AttendMode) => apiRequest<SessionView>('POST', `${s(sessionId)}/join`, { mode });
export const leaveSession = (sessionId: string) => apiRequest<void>('POST', `${s(sessionId)}/leave`);
export const fetchSession = (sessionId: string) => apiRequest<SessionView>('GET', s(sessionId));
export const sendCommand = (sessionId: string, command: SessionCommandInput) => apiRequest<{ seq: number }>('POST', `${s(sessionId)}/commands`, command);
export const fetchSummary = (sessionId: string) => apiRequest<SessionSummary>('GET', `${s(sessionId)}/summary`);
export const giveFeedback = (sessionId: string, input: FeedbackInput) => apiRequest<void>('POST', `${s(sessionId)}/feedback`, input);
export const myCommitments = () => apiRequest<MyCommitments>('GET', '/api/me/commitments');

/** The session socket on this page's own origin; `since` resumes after the events already applied. */
export function sessionSocketUrl(sessionId: string, since: number | null, location: Location = window.location): string {
  const query = since === null ? '' : `?since=${since}`;
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${s(sessionId)}/socket${query}`;
}
