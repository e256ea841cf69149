/**
 * Wall-clock arithmetic in IANA zones with the platform's Intl as the only source of
 * zone data, so feeds agree with what the runtime (and the rest of Kindred) believes.
 * Offsets are asked of Intl directly here (not recurrence-zone's cached tables), so the
 * VTIMEZONE tests keep an independent reference; only the formatter is shared.
 */
import { zoneFormatter } from '../../../shared/recurrence-zone.js';

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time in `zone` at the UTC instant `at` (ms). */
export function localTimeAt(zone: string, at: number): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const p of zoneFormatter(zone).formatToParts(at)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function asUtc(l: LocalDateTime): number {
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
}

/** Offset from UTC in minutes (east positive) of `zone` at the instant `at`. */
export function offsetMinutes(zone: string, at: number): number {
  const whole = Math.floor(at / 1000) * 1000;
  return Math.round((asUtc(localTimeAt(zone, whole)) - whole) / 60_000);
}

/**
 * The UTC instant of a wall-clock time in `zone`. A time skipped by a spring-forward gap
 * is read with the offset from before the gap (as RFC 5545 says, 02:30 becomes 03:30);
 * an ambiguous fall-back time is its first occurrence.
 */
export function zonedToUtc(zone: string, local: LocalDateTime): number {
  const wall = asUtc(local);
  const before = offsetMinutes(zone, wall - 36 * 3_600_000);
  const after = offsetMinutes(zone, wall + 36 * 3_600_000);
  // A reading is real when the zone has that offset at the instant it names.
  const readings = [...new Set([before, after])]
    .map((offset) => ({ offset, at: wall - offset * 60_000 }))
    .filter((r) => offsetMinutes(zone, r.at) === r.offset)
    .map((r) => r.at);
  // Fall back: two readings, the earlier is the first occurrence. Gap: none, keep the offset from before.
  return readings.length > 0 ? Math.min(...readings) : wall - before * 60_000;
}

export function parseDate(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

export function parseTime(time: string): { hour: number; minute: number } {
  const [hour, minute] = time.split(':').map(Number);
  return { hour: hour ?? 0, minute: minute ?? 0 };
}

export interface Transition {
  /** UTC instant (ms) from which `to` applies. */
  at: number;
  /** Offsets in minutes east of UTC. */
  from: number;
  to: number;
}

const DAY = 86_400_000;
const MINUTE = 60_000;
const transitionCache = new Map<string, Transition[]>();

/**
 * Every offset change of `zone` from the start of `fromYear` to the end of `toYear`, found
 * by sampling the offset daily and narrowing each change down to the minute.
 */
export function zoneTransitions(zone: string, fromYear: number, toYear: number): Transition[] {
  const key = `${zone}|${fromYear}|${toYear}`;
  const cached = transitionCache.get(key);
  if (cached) return cached;
  const found: Transition[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let t = Date.UTC(fromYear, 0, 1);
  let offset = offsetMinutes(zone, t);
  while (t < end) {
    const next = t + DAY;
    const nextOffset = offsetMinutes(zone, next);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / (2 * MINUTE)) * MINUTE;
        if (offsetMinutes(zone, mid) === offset) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi, from: offset, to: offsetMinutes(zone, hi) });
      offset = offsetMinutes(zone, hi);
      // A second change within the same day is picked up from here.
      t = hi;
      if (offset !== nextOffset) continue;
    }
    t = next;
    offset = nextOffset;
  }
  transitionCache.set(key, found);
  return found;
}
