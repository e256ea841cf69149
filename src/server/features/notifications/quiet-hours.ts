import type { QuietHours } from '../../../shared/notification-preferences.js';
import { utcToWallClock, wallClockToUtc } from '../../../shared/recurrence-zone.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When the quiet hours the member is in right now end, or null when they are not in them.
 * The window is read on the member's wall clock: it starts at `start` (inclusive), ends at
 * `end` (exclusive) and wraps midnight when `end` is earlier than `start` (22:00–07:00).
 * An end falling in a daylight-saving gap moves forward with the clock.
 */
export function quietHoursEnd(now: Date, timeZone: string, quiet: QuietHours): Date | null {
  const wall = utcToWallClock(timeZone, now.getTime());
  const midnight = wall - (((wall % DAY) + DAY) % DAY);
  const minute = Math.floor((wall - midnight) / MINUTE);
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  const wraps = end < start;
  const inside = wraps ? minute >= start || minute < end : minute >= start && minute < end;
  if (!inside) return null;
  // In a wrapping window after midnight's start side, the end is tomorrow.
  const endWall = midnight + end * MINUTE + (wraps && minute >= start ? DAY : 0);
  return new Date(wallClockToUtc(timeZone, endWall));
}
