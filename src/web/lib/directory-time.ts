import { expandOccurrences, localDate } from '../../shared/recurrence.js';
import type { DirectoryMeeting } from '../api/meetings.js';

const DAY = 86_400_000;

/**
 * When a directory meeting next starts, for showing it in the visitor's own time. Only
 * for rules that repeat every week or month: with a longer interval the series' start
 * date decides which weeks count, and the directory does not carry it.
 */
export function nextStart(m: DirectoryMeeting, groupZone: string, now: Date = new Date()): string | null {
  if (m.recurrence.interval !== 1) return null;
  const series = { recurrence: m.recurrence, startDate: localDate(groupZone, now), startTime: m.startTime, durationMinutes: m.durationMinutes, timeZone: groupZone };
  const upcoming = expandOccurrences(series, now, new Date(now.getTime() + 40 * DAY)).find((o) => Date.parse(o.startsAt) >= now.getTime());
  return upcoming?.startsAt ?? null;
}
