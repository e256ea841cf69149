import type {
  AgendaPhase,
  AttendanceSheet,
  CreateMeetingInput,
  MeetingFormat,
  MeetingSeries,
  MyAttendance,
  OccurrenceView,
  UpdateMeetingInput,
} from '../../shared/meetings.js';
import type { NthWeekday, Weekday } from '../../shared/recurrence.js';
import { apiRequest } from './client.js';

// Types only from the shared module: its runtime pulls in zod, which stays out of the first download.
export type { AgendaPhase, AttendanceSheet, CreateMeetingInput, MeetingFormat, MeetingSeries, MyAttendance, OccurrenceView, UpdateMeetingInput };
export const MEETING_FORMATS: readonly MeetingFormat[] = ['in_person', 'online', 'hybrid'];
export type AttendanceStatus = 'present' | 'excused' | null;

const g = (id: string) => `/api/groups/${encodeURIComponent(id)}`;
const occ = (groupId: string, seriesId: string, date: string) =>
  `${g(groupId)}/meetings/${encodeURIComponent(seriesId)}/occurrences/${encodeURIComponent(date)}`;
const range = (from: Date, to: Date) => `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;

export const createMeeting = (groupId: string, input: CreateMeetingInput) =>
  apiRequest<MeetingSeries>('POST', `${g(groupId)}/meetings`, input);
export const updateMeeting = (groupId: string, seriesId: string, patch: UpdateMeetingInput) =>
  apiRequest<MeetingSeries>('PATCH', `${g(groupId)}/meetings/${encodeURIComponent(seriesId)}`, patch);
export const deleteMeeting = (groupId: string, seriesId: string) =>
  apiRequest<void>('DELETE', `${g(groupId)}/meetings/${encodeURIComponent(seriesId)}`);
export const listMeetings = (groupId: string) =>
  apiRequest<{ meetings: MeetingSeries[] }>('GET', `${g(groupId)}/meetings`).then((r) => r.meetings);
export const listOccurrences = (groupId: string, from: Date, to: Date) =>
  apiRequest<{ occurrences: OccurrenceView[] }>('GET', `${g(groupId)}/occurrences?${range(from, to)}`).then((r) => r.occurrences);
export const cancelOccurrence = (groupId: string, seriesId: string, date: string) =>
  apiRequest<OccurrenceView>('POST', `${occ(groupId, seriesId, date)}/cancel`);
/** `startsAt` is an instant; the form turns the group's wall-clock date and time into it. */
export const moveOccurrence = (groupId: string, seriesId: string, date: string, startsAt: string, durationMinutes?: number) =>
  apiRequest<OccurrenceView>('POST', `${occ(groupId, seriesId, date)}/move`, { startsAt, ...(durationMinutes && { durationMinutes }) });
export const restoreOccurrence = (groupId: string, seriesId: string, date: string) =>
  apiRequest<OccurrenceView>('POST', `${occ(groupId, seriesId, date)}/restore`);
export const fetchAttendance = (groupId: string, seriesId: string, date: string) =>
  apiRequest<AttendanceSheet>('GET', `${occ(groupId, seriesId, date)}/attendance`);
export const saveAttendance = (groupId: string, seriesId: string, date: string, entries: Array<{ membershipId: string; status: AttendanceStatus }>) =>
  apiRequest<AttendanceSheet>('PUT', `${occ(groupId, seriesId, date)}/attendance`, { entries });
export const myNextMeetings = (days = 14) =>
  apiRequest<{ occurrences: OccurrenceView[] }>('GET', `/api/me/meetings?days=${days}`).then((r) => r.occurrences);

/** The URL holds a secret token: the server answers it once, on creation, and keeps only a hash. */
export interface CalendarFeed {
  id: string;
  groupId: string | null;
  createdAt: string;
  url?: string;
}
export const listCalendarFeeds = () => apiRequest<{ feeds: CalendarFeed[] }>('GET', '/api/me/calendar-feeds').then((r) => r.feeds);
export const createCalendarFeed = (groupId?: string) =>
  apiRequest<CalendarFeed & { url: string }>('POST', '/api/me/calendar-feeds', groupId ? { groupId } : {});
export const revokeCalendarFeed = (id: string) => apiRequest<void>('DELETE', `/api/me/calendar-feeds/${encodeURIComponent(id)}`);

/** The public directory (mirrors the server's directoryGroupSchema). */
export interface DirectoryMeeting {
  slug: string;
  title: string;
  recurrence: { freq: 'weekly'; interval: number; byDay: Weekday[] } | { freq: 'monthly'; interval: number; byDay: NthWeekday[] };
  startTime: string;
  durationMinutes: number;
  format: MeetingFormat;
  language: string | null;
  city: string | null;
}
export interface DirectoryGroup {
  id: string;
  slug: string;
  name: string;
  description: string;
  languages: string[];
  timeZone: string;
  joinPolicy: 'open' | 'request' | 'invite';
  meetings: DirectoryMeeting[];
}
export const listDirectory = () => apiRequest<{ groups: DirectoryGroup[] }>('GET', '/api/public/groups').then((r) => r.groups);

export type CheckInMode = 'in_person' | 'online';
export const checkIn = (groupId: string, seriesId: string, date: string, mode: CheckInMode) =>
  apiRequest<{ seriesId: string; date: string; status: 'present'; mode: CheckInMode }>('POST', `${occ(groupId, seriesId, date)}/check-in`, { mode });
export const myAttendance = () => apiRequest<{ attendance: MyAttendance[] }>('GET', '/api/me/attendance').then((r) => r.attendance);
