import type { DirectoryGroup, DirectoryMeeting } from '../api/meetings.js';

export interface DirectoryFilter {
  /** RFC 5545 weekday code, or '' for any day. */
  day: string;
  format: string;
  language: string;
}

/** The weekday codes a meeting falls on, weekly or monthly. */
export function meetingDays(m: DirectoryMeeting): string[] {
  return m.recurrence.freq === 'weekly' ? m.recurrence.byDay : m.recurrence.byDay.map((b) => b.day);
}

function meetingMatches(m: DirectoryMeeting, f: DirectoryFilter, groupLanguages: string[]): boolean {
  if (f.day && !meetingDays(m).includes(f.day)) return false;
  if (f.format && m.format !== f.format) return false;
  if (f.language && (m.language ? m.language !== f.language : !groupLanguages.includes(f.language))) return false;
  return true;
}

/** Listed groups with only their meetings that fit; a group with none left drops out when a meeting filter is set. */
export function filterDirectory(groups: readonly DirectoryGroup[], f: DirectoryFilter): DirectoryGroup[] {
  const meetingFilter = Boolean(f.day || f.format);
  const out: DirectoryGroup[] = [];
  for (const group of groups) {
    const meetings = group.meetings.filter((m) => meetingMatches(m, f, group.languages));
    if (meetingFilter && meetings.length === 0) continue;
    if (f.language && !group.languages.includes(f.language) && meetings.length === 0) continue;
    out.push({ ...group, meetings });
  }
  return out;
}
