import { CRLF, duration, escapeText, foldLine, localStamp, paramValue, utcStamp } from './ical-text.js';
import { vtimezone } from './vtimezone.js';
import { localTimeAt, parseDate, parseTime } from './zone-time.js';

/** One meeting series as a calendar sees it: plain data, no database rows. */
export interface CalendarSeries {
  /** Stable across feeds and refreshes; clients match events by it. */
  uid: string;
  /** ISO UTC: when the series last changed (DTSTAMP). */
  updatedAt: string;
  timeZone: string;
  /** First occurrence, local date and HH:MM in timeZone. */
  startDate: string;
  startTime: string;
  durationMinutes: number;
  /** RRULE value (e.g. `FREQ=WEEKLY;BYDAY=SU`), or null for a single meeting. */
  rrule: string | null;
  /** Original local dates of cancelled occurrences. */
  cancelledDates: string[];
  /** Moved occurrences: original local date, new UTC start, new length. */
  moved: Array<{ originalDate: string; startsAt: string; durationMinutes: number }>;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
}

export interface Calendar {
  name: string;
  series: CalendarSeries[];
  /** "Now", for how far ahead time-zone rules are written. */
  now: Date;
}

export const PRODID = '-//Kindred//Kindred meetings//EN';

function tzid(zone: string) {
  return `TZID=${paramValue(zone)}`;
}

function localOn(date: string, time: string) {
  return localStamp({ ...parseDate(date), ...parseTime(time) });
}

function details(s: CalendarSeries): string[] {
  return [
    `SUMMARY:${escapeText(s.summary)}`,
    ...(s.description ? [`DESCRIPTION:${escapeText(s.description)}`] : []),
    ...(s.location ? [`LOCATION:${escapeText(s.location)}`] : []),
    ...(s.url ? [`URL:${s.url}`] : []),
  ];
}

function seriesEvents(s: CalendarSeries): string[] {
  const stamp = `DTSTAMP:${utcStamp(Date.parse(s.updatedAt))}`;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${s.uid}`,
    stamp,
    `DTSTART;${tzid(s.timeZone)}:${localOn(s.startDate, s.startTime)}`,
    `DURATION:${duration(s.durationMinutes)}`,
  ];
  if (s.rrule) lines.push(`RRULE:${s.rrule}`);
  if (s.rrule && s.cancelledDates.length > 0) {
    const dates = [...s.cancelledDates].sort().map((d) => localOn(d, s.startTime));
    lines.push(`EXDATE;${tzid(s.timeZone)}:${dates.join(',')}`);
  }
  lines.push(...details(s), 'END:VEVENT');
  for (const m of s.moved) {
    const start = localTimeAt(s.timeZone, Date.parse(m.startsAt));
    lines.push(
      'BEGIN:VEVENT',
      `UID:${s.uid}`,
      stamp,
      `RECURRENCE-ID;${tzid(s.timeZone)}:${localOn(m.originalDate, s.startTime)}`,
      `DTSTART;${tzid(s.timeZone)}:${localStamp(start)}`,
      `DURATION:${duration(m.durationMinutes)}`,
      ...details(s),
      'END:VEVENT',
    );
  }
  return lines;
}

/**
 * An RFC 5545 calendar (METHOD:PUBLISH) of meeting series: one VTIMEZONE per zone used,
 * one VEVENT per series with its rule and cancellations, one override VEVENT per moved
 * occurrence. CRLF line ends, lines folded at 75 octets.
 */
export function buildCalendar({ name, series, now }: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ];
  const zones = new Map<string, number>();
  for (const s of series) {
    const year = parseDate(s.startDate).year;
    zones.set(s.timeZone, Math.min(year, zones.get(s.timeZone) ?? year));
  }
  const thisYear = now.getUTCFullYear();
  for (const [zone, firstYear] of [...zones].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // Rules from the first meeting on (at most ten years back) to a few years ahead.
    lines.push(...vtimezone(zone, Math.max(Math.min(firstYear, thisYear), thisYear - 10), thisYear + 3));
  }
  for (const s of series) lines.push(...seriesEvents(s));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
