import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expandOccurrences, firstOccurrenceDate, toRRule, type OccurrenceException, type SeriesSchedule } from '../../../shared/recurrence.js';
import { buildCalendar, type CalendarSeries } from './ical.js';
import { escapeText, foldLine } from './ical-text.js';
import { localTimeAt, offsetMinutes, parseDate, parseTime, zonedToUtc } from './zone-time.js';

const NOW = new Date('2026-11-28T12:00:00Z');

function series(overrides: Partial<CalendarSeries> = {}): CalendarSeries {
  return {
    uid: 'series-1@kindred',
    updatedAt: '2026-01-15T10:20:30.000Z',
    timeZone: 'America/New_York',
    startDate: '2026-02-01',
    startTime: '18:00',
    durationMinutes: 90,
    rrule: 'FREQ=WEEKLY;BYDAY=SU',
    cancelledDates: [],
    moved: [],
    summary: 'Sunday evening circle',
    description: 'Harbor Lights group',
    location: null,
    url: null,
    ...overrides,
  };
}

/** Parses with ical.js, registering the feed's own VTIMEZONEs so TZIDs resolve through them. */
function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  }
  return root;
}

/** Every occurrence start (UTC ms) ical.js expands before `until`, overrides applied. */
function expand(text: string, until: string): number[] {
  const root = parse(text);
  const vevents = root.getAllSubcomponents('vevent');
  const master = vevents.find((v) => !v.hasProperty('recurrence-id'));
  if (!master) throw new Error('no master VEVENT');
  const event = new ICAL.Event(master, { exceptions: vevents.filter((v) => v !== master) });
  const limit = Date.parse(until);
  const starts: number[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (next.toUnixTime() * 1000 >= limit) break;
    starts.push(event.getOccurrenceDetails(next).startDate.toUnixTime() * 1000);
  }
  return starts.sort((a, b) => a - b);
}

/** Independent expectation: weekly local dates turned into instants with Intl. */
function weeklyInstants(zone: string, startDate: string, time: string, until: string): number[] {
  const out: number[] = [];
  const { year, month, day } = parseDate(startDate);
  for (let i = 0; ; i += 1) {
    const d = new Date(Date.UTC(year, month - 1, day + 7 * i));
    const at = zonedToUtc(zone, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), ...parseTime(time), second: 0 });
    if (at >= Date.parse(until)) return out;
    out.push(at);
  }
}

/** True when the wall-clock time at `t` also names another instant (a fall-back hour). */
function isAmbiguous(zone: string, t: number): boolean {
  const w = localTimeAt(zone, t);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const readings = [offsetMinutes(zone, t - 43_200_000), offsetMinutes(zone, t + 43_200_000)]
    .map((o) => ({ o, at: wall - o * 60_000 }))
    .filter((r) => offsetMinutes(zone, r.at) === r.o);
  return new Set(readings.map((r) => r.at)).size > 1;
}

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}${'🌱'.repeat(10)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const physical of folded) expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
    expect(folded.join('')).not.toContain('\uFFFD');
  });

  it('writes a PUBLISH calendar with CRLF line ends that round-trips through ical.js', () => {
    const summary = 'Back\\slash; semi, comma\nand a newline — and a long tail '.repeat(3);
    const text = buildCalendar({ name: 'Kindred: Harbor, Lights', series: [series({ summary, location: '12 Main St; Room 3' })], now: NOW });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const root = parse(text);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toMatch(/Kindred/);
    expect(root.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(text).toContain('\r\nX-WR-CALNAME:Kindred: Harbor\\, Lights\r\n');
    const vevent = root.getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('summary')).toBe(summary);
    expect(vevent?.getFirstPropertyValue('location')).toBe('12 Main St; Room 3');
    expect(vevent?.getFirstPropertyValue('uid')).toBe('series-1@kindred');
    expect(String(vevent?.getFirstPropertyValue('dtstamp'))).toBe('2026-01-15T10:20:30Z');
    expect(vevent?.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('America/New_York');
  });

  it('writes exactly one VTIMEZONE per zone used', () => {
    const text = buildCalendar({
      name: 'Mine',
      series: [series(), series({ uid: 'b@kindred' }), series({ uid: 'c@kindred', timeZone: 'Europe/Madrid' })],
      now: NOW,
    });
    const tzids = parse(text).getAllSubcomponents('vtimezone').map((v) => v.getFirstPropertyValue('tzid'));
    expect(tzids).toEqual(['America/New_York', 'Europe/Madrid']);
  });
});

describe('zonedToUtc', () => {
  // RFC 5545 §3.3.5's own examples.
  it('reads a fall-back time as its first occurrence', () => {
    const at = zonedToUtc('America/New_York', { year: 2007, month: 11, day: 4, hour: 1, minute: 30, second: 0 });
    expect(new Date(at).toISOString()).toBe('2007-11-04T05:30:00.000Z');
  });
  it('reads a time in a spring-forward gap with the offset from before the gap', () => {
    const at = zonedToUtc('America/New_York', { year: 2007, month: 3, day: 11, hour: 2, minute: 30, second: 0 });
    expect(new Date(at).toISOString()).toBe('2007-03-11T07:30:00.000Z');
  });
});

describe('VTIMEZONE', () => {
  it('gives a zone without DST one STANDARD component', () => {
    const text = buildCalendar({ name: 'x', series: [series({ timeZone: 'Asia/Kolkata' })], now: NOW });
    const vtz = parse(text).getFirstSubcomponent('vtimezone');
    expect(vtz?.getAllSubcomponents().map((c) => c.name)).toEqual(['standard']);
    expect(text).toContain('TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530');
  });

  it('describes New York with the US rule: 2nd Sunday of March, 1st Sunday of November', () => {
    const text = buildCalendar({ name: 'x', series: [series()], now: NOW });
    expect(text).toContain('BEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nTZNAME:EDT\r\nDTSTART:20250309T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n');
    expect(text).toContain('BEGIN:STANDARD\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST\r\nDTSTART:20251102T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n');
  });

  it.each(['America/New_York', 'Europe/London', 'Australia/Sydney', 'Pacific/Chatham', 'America/Sao_Paulo', 'Africa/Casablanca', 'Asia/Kolkata'])(
    'agrees with Intl on every 7th hour of the years it covers: %s',
    (zone) => {
      const text = buildCalendar({ name: 'x', series: [series({ timeZone: zone, startDate: '2018-01-07' })], now: NOW });
      parse(text);
      const tz = ICAL.TimezoneService.get(zone);
      expect(tz).toBeTruthy();
      let checked = 0;
      for (let t = Date.UTC(2018, 0, 1); t < Date.UTC(2030, 0, 1); t += 7 * 3_600_000) {
        const wall = localTimeAt(zone, t);
        // A fall-back hour names two instants (RFC 5545 means the first, ical.js reads the second).
        if (isAmbiguous(zone, t)) continue;
        const time = ICAL.Time.fromData({ ...wall, isDate: false }, tz);
        expect(time.toUnixTime() * 1000, `${zone} at ${new Date(t).toISOString()}`).toBe(t);
        checked += 1;
      }
      expect(checked).toBeGreaterThan(14_000);
    },
  );
});

describe('expanding the feed with ical.js', () => {
  it('keeps a Sunday 18:00 New York meeting at 18:00 local across the March change', () => {
    const text = buildCalendar({
      name: 'x',
      series: [
        series({
          cancelledDates: ['2026-02-15'],
          moved: [{ originalDate: '2026-03-15', startsAt: '2026-03-16T23:00:00.000Z', durationMinutes: 60 }],
        }),
      ],
      now: NOW,
    });
    expect(text).toContain('EXDATE;TZID=America/New_York:20260215T180000');
    expect(text).toContain('RECURRENCE-ID;TZID=America/New_York:20260315T180000');
    expect(text).toContain('DTSTART;TZID=America/New_York:20260316T190000');
    expect(expand(text, '2026-03-30T00:00:00Z').map((t) => new Date(t).toISOString())).toEqual([
      '2026-02-01T23:00:00.000Z',
      '2026-02-08T23:00:00.000Z',
      // 15 February is cancelled.
      '2026-02-22T23:00:00.000Z',
      '2026-03-01T23:00:00.000Z',
      // From 8 March New York is on EDT (UTC-4).
      '2026-03-08T22:00:00.000Z',
      // 15 March moved to Monday 16 March, 19:00 EDT.
      '2026-03-16T23:00:00.000Z',
      '2026-03-22T22:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
    ]);
  });

  it.each([
    ['Europe/London', '2026-03-01', '19:30', '2026-12-01'],
    ['Australia/Sydney', '2026-02-04', '07:00', '2026-11-30'],
    ['America/Sao_Paulo', '2018-09-02', '20:00', '2019-04-01'],
    ['America/Santiago', '2026-03-01', '08:00', '2026-10-30'],
  ])('matches the Intl-computed instants in %s', (zone, startDate, startTime, until) => {
    const weekday = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${startDate}T00:00:00Z`).getUTCDay()];
    const text = buildCalendar({
      name: 'x',
      series: [series({ timeZone: zone, startDate, startTime, rrule: `FREQ=WEEKLY;BYDAY=${weekday}` })],
      now: NOW,
    });
    const expected = weeklyInstants(zone, startDate, startTime, until);
    const offsets = new Set(expected.map((t) => offsetMinutes(zone, t)));
    expect(offsets.size).toBe(2);
    expect(expand(text, until)).toEqual(expected);
  });
});

describe('agreement with the app’s own recurrence expansion', () => {
  const schedules: Array<[string, SeriesSchedule, OccurrenceException[]]> = [
    [
      'Mon/Thu 19:00 in Chicago, every other week',
      { recurrence: { freq: 'weekly', interval: 2, byDay: ['MO', 'TH'] }, startDate: '2026-02-04', startTime: '19:00', durationMinutes: 60, timeZone: 'America/Chicago' },
      [{ date: '2026-03-12', status: 'cancelled' }],
    ],
    [
      'last Friday 20:30 in Berlin, monthly, until autumn',
      { recurrence: { freq: 'monthly', interval: 1, byDay: [{ day: 'FR', nth: -1 }] }, startDate: '2026-01-10', untilDate: '2026-11-15', startTime: '20:30', durationMinutes: 90, timeZone: 'Europe/Berlin' },
      [{ date: '2026-03-27', status: 'moved', startsAt: '2026-03-28T09:00:00.000Z', durationMinutes: 45 }],
    ],
    [
      'first Sunday 10:00 in Sydney, every month',
      { recurrence: { freq: 'monthly', interval: 1, byDay: [{ day: 'SU', nth: 1 }] }, startDate: '2026-01-01', startTime: '10:00', durationMinutes: 120, timeZone: 'Australia/Sydney' },
      [],
    ],
  ];

  it.each(schedules)('%s', (_label, schedule, exceptions) => {
    const first = firstOccurrenceDate(schedule);
    if (!first) throw new Error('no occurrence');
    const text = buildCalendar({
      name: 'x',
      series: [
        series({
          timeZone: schedule.timeZone,
          startDate: first,
          startTime: schedule.startTime,
          durationMinutes: schedule.durationMinutes,
          rrule: toRRule(schedule),
          cancelledDates: exceptions.filter((e) => e.status === 'cancelled').map((e) => e.date),
          moved: exceptions.flatMap((e) =>
            e.status === 'moved' ? [{ originalDate: e.date, startsAt: e.startsAt, durationMinutes: e.durationMinutes ?? schedule.durationMinutes }] : [],
          ),
        }),
      ],
      now: NOW,
    });
    const until = '2027-01-01T00:00:00Z';
    const expected = expandOccurrences(schedule, new Date('2025-12-01T00:00:00Z'), new Date(until), exceptions)
      .filter((o) => o.status !== 'cancelled')
      .map((o) => Date.parse(o.startsAt))
      .sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(8);
    expect(expand(text, until)).toEqual(expected);
  });
});
