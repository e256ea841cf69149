/**
 * Meeting recurrence: plain functions over plain data, shared by server and web.
 *
 * A series repeats at a local wall-clock time in its group's IANA zone; an occurrence is
 * identified by its local date (YYYY-MM-DD) as the rule gives it, even when it was moved.
 * Weeks start on Monday, as in RFC 5545 (WKST=MO), so "every 2 weeks" counts weeks from
 * the Monday of the start date's week; months count from the start date's month.
 */
import { utcToWallClock, wallClockToUtc } from './recurrence-zone.js';

export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const NTHS = [1, 2, 3, 4, -1] as const;
export type Nth = (typeof NTHS)[number];
export interface NthWeekday {
  day: Weekday;
  nth: Nth;
}

export type Recurrence =
  | { freq: 'weekly'; interval: number; byDay: Weekday[] }
  | { freq: 'monthly'; interval: number; byDay: NthWeekday[] };

export interface SeriesSchedule {
  recurrence: Recurrence;
  /** First local date the rule may produce. */
  startDate: string;
  /** Last local date the rule may produce (inclusive). */
  untilDate?: string | null;
  /** Local wall-clock start, HH:MM. */
  startTime: string;
  durationMinutes: number;
  timeZone: string;
}

export type OccurrenceException =
  | { date: string; status: 'cancelled' }
  | { date: string; status: 'moved'; startsAt: string; durationMinutes?: number | null };

export interface Occurrence {
  date: string;
  startsAt: string;
  endsAt: string;
  status: 'scheduled' | 'cancelled' | 'moved';
  /** For moved occurrences: where the rule had put it. */
  originalStartsAt?: string;
}

const DAY = 86_400_000;
const MINUTE = 60_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian), after
 * Howard Hinnant's civil-date algorithms: Date and toISOString cost microseconds each,
 * which adds up over a year of occurrences.
 */
function civil(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  const m = DATE.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function dateOfDay(day: number): string {
  const { y, m, d } = civil(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Same text as Date#toISOString for years 1000–9999, several times faster. */
export function isoOf(t: number): string {
  const day = Math.floor(t / DAY);
  const ms = t - day * DAY;
  const h = Math.floor(ms / 3_600_000);
  const mi = Math.floor((ms % 3_600_000) / MINUTE);
  const s = Math.floor((ms % MINUTE) / 1000);
  const milli = ms % 1000;
  return `${dateOfDay(day)}T${pad2(h)}:${pad2(mi)}:${pad2(s)}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
}

export function isValidDate(date: string): boolean {
  return DATE.test(date) && dateOfDay(dayNumber(date)) === date;
}

export function isValidTime(time: string): boolean {
  return TIME.test(time);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The local calendar date at an instant in a zone. */
export function localDate(timeZone: string, at: Date | number): string {
  return dateOfDay(Math.floor(utcToWallClock(timeZone, +at) / DAY));
}

/** The UTC instant of a local date and HH:MM in a zone (DST rules: see wallClockToUtc). */
export function localToUtc(timeZone: string, date: string, time: string): Date {
  return new Date(wallClockToUtc(timeZone, (dayNumber(date) * 1440 + minutesOf(time)) * MINUTE));
}

/** A test of whether the rule (ignoring start and until) produces a day, set up once per series. */
function ruleMatcher(rec: Recurrence, startDay: number): (day: number) => boolean {
  if (rec.freq === 'weekly') {
    const days = new Set(rec.byDay.map((d) => WEEKDAYS.indexOf(d)));
    const startMonday = startDay - ((weekdayOf(startDay) + 6) % 7);
    return (day) => days.has(weekdayOf(day)) && Math.floor((day - startMonday) / 7) % rec.interval === 0;
  }
  const start = civil(startDay);
  const wanted = rec.byDay.map((b) => ({ weekday: WEEKDAYS.indexOf(b.day), nth: b.nth }));
  return (day) => {
    const weekday = weekdayOf(day);
    if (!wanted.some((w) => w.weekday === weekday)) return false;
    const { y, m, d } = civil(day);
    if (((y - start.y) * 12 + m - start.m) % rec.interval !== 0) return false;
    const daysInMonth = daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - (day - d + 1);
    return wanted.some((w) => w.weekday === weekday && (w.nth === -1 ? d + 7 > daysInMonth : Math.ceil(d / 7) === w.nth));
  };
}

/** Is `date` a date this series produces (within its start and until dates)? */
export function isOccurrenceDate(series: SeriesSchedule, date: string): boolean {
  if (!isValidDate(date)) return false;
  if (date < series.startDate || (series.untilDate && date > series.untilDate)) return false;
  return ruleMatcher(series.recurrence, dayNumber(series.startDate))(dayNumber(date));
}

/** The first date the series produces, or null when it produces none. */
export function firstOccurrenceDate(series: SeriesSchedule): string | null {
  const start = dayNumber(series.startDate);
  const matches = ruleMatcher(series.recurrence, start);
  const last = series.untilDate ? dayNumber(series.untilDate) : start + 366 * 12;
  for (let day = start; day <= last; day++) if (matches(day)) return dateOfDay(day);
  return null;
}

function minutesOf(time: string): number {
  const m = TIME.exec(time);
  if (!m) throw new Error(`not a time: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * The occurrences that overlap [from, to) — start before `to` and end after `from` — in
 * start order (ties by date). Cancelled ones are included with status 'cancelled'; moved
 * ones carry their new times and appear where they now fall. Exceptions for dates the rule
 * does not produce are ignored.
 */
export function expandOccurrences(
  series: SeriesSchedule,
  from: Date,
  to: Date,
  exceptions: readonly OccurrenceException[] = [],
): Occurrence[] {
  const fromT = from.getTime();
  const toT = to.getTime();
  if (!(toT > fromT)) return [];
  const zone = series.timeZone;
  const byDate = new Map(exceptions.map((e) => [e.date, e]));
  const startDay = dayNumber(series.startDate);
  const matches = ruleMatcher(series.recurrence, startDay);
  const startWall = minutesOf(series.startTime) * MINUTE;
  const length = series.durationMinutes * MINUTE;
  // Durations are at most a day or so; two days of margin covers any zone offset too.
  const first = Math.max(startDay, dayNumber(localDate(zone, fromT)) - 2 - Math.ceil(series.durationMinutes / 1440));
  let last = dayNumber(localDate(zone, toT)) + 1;
  if (series.untilDate) last = Math.min(last, dayNumber(series.untilDate));

  const found: Array<Occurrence & { t: number }> = [];
  for (let day = first; day <= last; day++) {
    if (!matches(day)) continue;
    const t = wallClockToUtc(zone, day * DAY + startWall);
    if (t >= toT || t + length <= fromT) continue;
    const date = dateOfDay(day);
    const exception = byDate.get(date);
    if (exception?.status === 'moved') continue; // handled below, wherever it moved to
    const status = exception?.status === 'cancelled' ? 'cancelled' : 'scheduled';
    found.push({ date, startsAt: isoOf(t), endsAt: isoOf(t + length), status, t });
  }
  for (const e of exceptions) {
    if (e.status !== 'moved' || !isOccurrenceDate(series, e.date)) continue;
    const t = Date.parse(e.startsAt);
    const end = t + (e.durationMinutes ?? series.durationMinutes) * MINUTE;
    if (t >= toT || end <= fromT) continue;
    const original = wallClockToUtc(zone, dayNumber(e.date) * DAY + startWall);
    found.push({ date: e.date, startsAt: isoOf(t), endsAt: isoOf(end), status: 'moved', originalStartsAt: isoOf(original), t });
  }
  found.sort((a, b) => a.t - b.t || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return found.map(({ t: _t, ...o }) => o);
}

/** RFC 5545 date-time in UTC: 20270314T220000Z. */
function icalUtc(t: Date): string {
  return t.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * The series' RFC 5545 RRULE value, e.g. `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH` or
 * `FREQ=MONTHLY;BYDAY=-1FR`. UNTIL is the UTC instant of the last possible start (RFC 5545
 * requires UTC when DTSTART has a TZID). Use it with DTSTART = firstOccurrenceDate's start.
 */
export function toRRule(series: SeriesSchedule): string {
  const rec = series.recurrence;
  const parts = [`FREQ=${rec.freq.toUpperCase()}`];
  if (rec.interval > 1) parts.push(`INTERVAL=${rec.interval}`);
  const order = (d: Weekday) => (WEEKDAYS.indexOf(d) + 6) % 7; // Monday first
  const byDay =
    rec.freq === 'weekly'
      ? [...rec.byDay].sort((a, b) => order(a) - order(b))
      : [...rec.byDay].sort((a, b) => order(a.day) - order(b.day) || a.nth - b.nth).map((b) => `${b.nth}${b.day}`);
  parts.push(`BYDAY=${byDay.join(',')}`);
  if (series.untilDate) parts.push(`UNTIL=${icalUtc(localToUtc(series.timeZone, series.untilDate, series.startTime))}`);
  return parts.join(';');
}

export interface RecurrenceProblem {
  /** Path inside the recurrence input, e.g. 'byDay' or 'byDay.1.nth'. */
  field: string;
  message: string;
}

/**
 * Why a recurrence (as sent, before narrowing) is impossible, or [] when it is fine:
 * unknown frequency, interval outside 1–12, no days, duplicate days, weekday codes with
 * nth on a weekly rule or without nth on a monthly one.
 */
export function validateRecurrence(input: { freq: string; interval?: number; byDay: readonly unknown[] }): RecurrenceProblem[] {
  const problems: RecurrenceProblem[] = [];
  if (input.freq !== 'weekly' && input.freq !== 'monthly') problems.push({ field: 'freq', message: "must be 'weekly' or 'monthly'" });
  const interval = input.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 12) {
    problems.push({ field: 'interval', message: 'must be a whole number from 1 to 12' });
  }
  if (input.byDay.length === 0) problems.push({ field: 'byDay', message: 'must name at least one day' });
  const seen = new Set<string>();
  input.byDay.forEach((entry, i) => {
    const isCode = typeof entry === 'string' && (WEEKDAYS as readonly string[]).includes(entry);
    const nth = typeof entry === 'object' && entry !== null ? (entry as { day?: unknown; nth?: unknown }) : undefined;
    if (input.freq === 'weekly' && !isCode) {
      problems.push({ field: `byDay.${i}`, message: 'must be a weekday code (SU, MO, … SA) on a weekly rule, without nth' });
      return;
    }
    if (input.freq === 'monthly') {
      if (!nth || !(WEEKDAYS as readonly unknown[]).includes(nth.day)) {
        problems.push({ field: `byDay.${i}`, message: 'must be {day, nth} on a monthly rule' });
        return;
      }
      if (!(NTHS as readonly unknown[]).includes(nth.nth)) {
        problems.push({ field: `byDay.${i}.nth`, message: 'must be 1, 2, 3, 4 or -1 (last)' });
        return;
      }
    }
    const key = JSON.stringify(entry);
    if (seen.has(key)) problems.push({ field: `byDay.${i}`, message: 'is listed twice' });
    seen.add(key);
  });
  return problems;
}
