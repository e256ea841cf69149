import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  dateOfDay,
  dayNumber,
  expandOccurrences,
  firstOccurrenceDate,
  isOccurrenceDate,
  isoOf,
  localToUtc,
  NTHS,
  toRRule,
  validateRecurrence,
  WEEKDAYS,
  type Recurrence,
  type SeriesSchedule,
} from './recurrence.js';

const weekly = (byDay: Recurrence['byDay'], interval = 1) => ({ freq: 'weekly', interval, byDay }) as Recurrence;
const monthly = (byDay: Recurrence['byDay'], interval = 1) => ({ freq: 'monthly', interval, byDay }) as Recurrence;

function series(overrides: Partial<SeriesSchedule>): SeriesSchedule {
  return { recurrence: weekly(['SU']), startDate: '2027-01-01', startTime: '18:00', durationMinutes: 60, timeZone: 'UTC', ...overrides };
}

const range = (from: string, to: string) => [new Date(from), new Date(to)] as const;
const starts = (s: SeriesSchedule, from: string, to: string) => expandOccurrences(s, ...range(from, to)).map((o) => o.startsAt);

describe('expandOccurrences across time zones', () => {
  it.each([
    ['New York, March change', series({ timeZone: 'America/New_York', startDate: '2027-03-01' }), '2027-03-01T00:00Z', '2027-03-22T00:00Z',
      ['2027-03-07T23:00:00.000Z', '2027-03-14T22:00:00.000Z', '2027-03-21T22:00:00.000Z']],
    ['London, October change', series({ timeZone: 'Europe/London', recurrence: weekly(['TU']), startTime: '19:00' }), '2027-10-20T00:00Z', '2027-11-05T00:00Z',
      ['2027-10-26T18:00:00.000Z', '2027-11-02T19:00:00.000Z']],
    ['Sydney, April change (southern autumn)', series({ timeZone: 'Australia/Sydney', recurrence: weekly(['TH']), startTime: '19:00' }), '2027-03-31T00:00Z', '2027-04-10T00:00Z',
      ['2027-04-01T08:00:00.000Z', '2027-04-08T09:00:00.000Z']],
    ['Sydney, October change (southern spring)', series({ timeZone: 'Australia/Sydney', recurrence: weekly(['TH']), startTime: '19:00' }), '2027-09-29T00:00Z', '2027-10-09T00:00Z',
      ['2027-09-30T09:00:00.000Z', '2027-10-07T08:00:00.000Z']],
    ['Kolkata, no DST', series({ timeZone: 'Asia/Kolkata', recurrence: weekly(['MO']), startTime: '19:30' }), '2027-03-01T00:00Z', '2027-03-16T00:00Z',
      ['2027-03-01T14:00:00.000Z', '2027-03-08T14:00:00.000Z', '2027-03-15T14:00:00.000Z']],
    ['monthly last Friday', series({ recurrence: monthly([{ day: 'FR', nth: -1 }]), startTime: '12:00' }), '2027-01-01T00:00Z', '2027-05-01T00:00Z',
      ['2027-01-29T12:00:00.000Z', '2027-02-26T12:00:00.000Z', '2027-03-26T12:00:00.000Z', '2027-04-30T12:00:00.000Z']],
    ['monthly 2nd Tuesday every 2 months', series({ recurrence: monthly([{ day: 'TU', nth: 2 }], 2), startTime: '12:00' }), '2027-01-01T00:00Z', '2027-07-01T00:00Z',
      ['2027-01-12T12:00:00.000Z', '2027-03-09T12:00:00.000Z', '2027-05-11T12:00:00.000Z']],
    ['every 2 weeks, Monday and Wednesday, from a Wednesday', series({ recurrence: weekly(['MO', 'WE'], 2), startDate: '2027-01-06', startTime: '12:00' }), '2027-01-01T00:00Z', '2027-02-04T00:00Z',
      ['2027-01-06T12:00:00.000Z', '2027-01-18T12:00:00.000Z', '2027-01-20T12:00:00.000Z', '2027-02-01T12:00:00.000Z', '2027-02-03T12:00:00.000Z']],
    ['until date is inclusive', series({ recurrence: weekly(['MO']), startTime: '12:00', untilDate: '2027-01-11' }), '2027-01-01T00:00Z', '2027-03-01T00:00Z',
      ['2027-01-04T12:00:00.000Z', '2027-01-11T12:00:00.000Z']],
  ] as const)('%s', (_name, s, from, to, expected) => {
    expect(starts(s, from, to)).toEqual(expected);
  });

  it('moves a time in the spring-forward gap forward by the gap', () => {
    // New York skips 02:00–03:00 on 14 March 2027: 02:30 becomes 03:30 EDT = 07:30Z.
    expect(localToUtc('America/New_York', '2027-03-14', '02:30').toISOString()).toBe('2027-03-14T07:30:00.000Z');
    // Lord Howe Island springs forward by only 30 minutes (02:00 → 02:30).
    expect(localToUtc('Australia/Lord_Howe', '2027-10-03', '02:15').toISOString()).toBe('2027-10-02T15:45:00.000Z');
  });

  it('takes the earlier instant of a repeated fall-back time', () => {
    // 01:30 happens twice in New York on 7 November 2027: first in EDT (05:30Z), then EST.
    expect(localToUtc('America/New_York', '2027-11-07', '01:30').toISOString()).toBe('2027-11-07T05:30:00.000Z');
    expect(localToUtc('Europe/London', '2027-10-31', '01:30').toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('includes an occurrence still running at the start of the range', () => {
    const s = series({ recurrence: weekly(['MO']), startTime: '12:00', durationMinutes: 90 });
    expect(starts(s, '2027-01-04T13:00Z', '2027-01-04T14:00Z')).toEqual(['2027-01-04T12:00:00.000Z']);
    expect(starts(s, '2027-01-04T13:30Z', '2027-01-04T14:00Z')).toEqual([]);
  });
});

describe('exceptions', () => {
  const s = series({ recurrence: weekly(['MO']), startTime: '12:00' });
  it('returns cancelled ones as cancelled and moved ones at their new time, in order', () => {
    const out = expandOccurrences(s, ...range('2027-01-01T00:00Z', '2027-01-26T00:00Z'), [
      { date: '2027-01-04', status: 'cancelled' },
      { date: '2027-01-11', status: 'moved', startsAt: '2027-01-20T18:00:00.000Z', durationMinutes: 30 },
      { date: '2027-01-12', status: 'cancelled' }, // not an occurrence: ignored
    ]);
    expect(out).toEqual([
      { date: '2027-01-04', status: 'cancelled', startsAt: '2027-01-04T12:00:00.000Z', endsAt: '2027-01-04T13:00:00.000Z' },
      { date: '2027-01-18', status: 'scheduled', startsAt: '2027-01-18T12:00:00.000Z', endsAt: '2027-01-18T13:00:00.000Z' },
      { date: '2027-01-11', status: 'moved', startsAt: '2027-01-20T18:00:00.000Z', endsAt: '2027-01-20T18:30:00.000Z', originalStartsAt: '2027-01-11T12:00:00.000Z' },
      { date: '2027-01-25', status: 'scheduled', startsAt: '2027-01-25T12:00:00.000Z', endsAt: '2027-01-25T13:00:00.000Z' },
    ]);
  });

  it('finds a moved occurrence in a range its original date is far from', () => {
    const out = expandOccurrences(s, ...range('2027-03-01T00:00Z', '2027-03-02T00:00Z'), [
      { date: '2027-01-11', status: 'moved', startsAt: '2027-03-01T18:00:00.000Z' },
    ]);
    expect(out.map((o) => [o.date, o.status])).toEqual([['2027-03-01', 'scheduled'], ['2027-01-11', 'moved']]);
  });
});

describe('toRRule', () => {
  it.each([
    [series({ recurrence: weekly(['TH', 'MO'], 2) }), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH'],
    [series({ recurrence: monthly([{ day: 'FR', nth: -1 }]) }), 'FREQ=MONTHLY;BYDAY=-1FR'],
    [series({ recurrence: monthly([{ day: 'TU', nth: 3 }, { day: 'MO', nth: 1 }]), timeZone: 'America/New_York', untilDate: '2027-07-01' }),
      'FREQ=MONTHLY;BYDAY=1MO,3TU;UNTIL=20270701T220000Z'],
  ])('%#: %s', (s, expected) => expect(toRRule(s)).toBe(expected));
});

describe('validateRecurrence', () => {
  it.each([
    [{ freq: 'weekly', byDay: [] }, ['byDay']],
    [{ freq: 'weekly', byDay: [{ day: 'MO', nth: 1 }] }, ['byDay.0']],
    [{ freq: 'monthly', byDay: ['MO'] }, ['byDay.0']],
    [{ freq: 'monthly', byDay: [{ day: 'MO', nth: 5 }] }, ['byDay.0.nth']],
    [{ freq: 'weekly', interval: 13, byDay: ['MO', 'MO'] }, ['interval', 'byDay.1']],
    [{ freq: 'daily', byDay: ['MO'] }, ['freq']],
    [{ freq: 'monthly', interval: 3, byDay: [{ day: 'SU', nth: -1 }] }, []],
  ])('%j → %j', (input, fields) => {
    expect(validateRecurrence(input).map((p) => p.field)).toEqual(fields);
  });
});

// ---- properties ----

const ZONES = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC'];
const dayArb = fc.integer({ min: dayNumber('2020-01-01'), max: dayNumber('2035-12-31') });
// Half the times fall in the small hours, where DST transitions happen.
const timeArb = fc.tuple(fc.oneof(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 3 })), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const weekdaysArb = fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 });
const recurrenceArb: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.record({ freq: fc.constant('weekly' as const), interval: fc.integer({ min: 1, max: 4 }), byDay: weekdaysArb }),
  fc.record({
    freq: fc.constant('monthly' as const),
    interval: fc.integer({ min: 1, max: 3 }),
    byDay: fc.uniqueArray(fc.record({ day: fc.constantFrom(...WEEKDAYS), nth: fc.constantFrom(...NTHS) }), { minLength: 1, maxLength: 3, selector: (b) => `${b.nth}${b.day}` }),
  }),
);
const seriesArb = fc.record({
  recurrence: recurrenceArb,
  startDay: dayArb,
  untilAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  startTime: timeArb,
  durationMinutes: fc.integer({ min: 5, max: 600 }),
  timeZone: fc.constantFrom(...ZONES),
}).map(({ startDay, untilAfter, ...rest }): SeriesSchedule => ({
  ...rest,
  startDate: dateOfDay(startDay),
  untilDate: untilAfter === undefined ? null : dateOfDay(startDay + untilAfter),
}));

/** Independent oracle: the local date and time Intl shows for an instant. */
const oracles = new Map<string, Intl.DateTimeFormat>();
function intlLocal(zone: string, iso: string) {
  let f = oracles.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    oracles.set(zone, f);
  }
  const parts = f.formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

const yearOf = (s: SeriesSchedule) => {
  const from = new Date(dayNumber(s.startDate) * 86_400_000 - 86_400_000);
  return [from, new Date(from.getTime() + 400 * 86_400_000)] as const;
};

describe('calendar arithmetic', () => {
  it('formats instants exactly as Date#toISOString and round-trips dates', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }), (t) => {
      expect(isoOf(t)).toBe(new Date(t).toISOString());
      const date = new Date(t).toISOString().slice(0, 10);
      expect(dateOfDay(dayNumber(date))).toBe(date);
      expect(dayNumber(date)).toBe(Math.floor(t / 86_400_000));
    }), { numRuns: 2000 });
  });
});

describe('expandOccurrences properties', () => {
  it('yields strictly increasing occurrences of the rule, within start and until dates', () => {
    fc.assert(fc.property(seriesArb, (s) => {
      const out = expandOccurrences(s, ...yearOf(s));
      for (let i = 1; i < out.length; i++) expect(Date.parse(out[i]!.startsAt)).toBeGreaterThan(Date.parse(out[i - 1]!.startsAt));
      for (const o of out) {
        expect(o.date >= s.startDate).toBe(true);
        if (s.untilDate) expect(o.date <= s.untilDate).toBe(true);
        expect(isOccurrenceDate(s, o.date)).toBe(true);
        expect(Date.parse(o.endsAt) - Date.parse(o.startsAt)).toBe(s.durationMinutes * 60_000);
      }
    }), { numRuns: 200 });
  });

  it('starts at the local start time on the local date and weekday, except in a DST gap', () => {
    fc.assert(fc.property(seriesArb, (s) => {
      for (const o of expandOccurrences(s, ...yearOf(s))) {
        const local = intlLocal(s.timeZone, o.startsAt);
        const weekday = WEEKDAYS[new Date(`${o.date}T00:00Z`).getUTCDay()]!;
        const days = s.recurrence.freq === 'weekly' ? s.recurrence.byDay : s.recurrence.byDay.map((b) => b.day);
        expect(days).toContain(weekday);
        expect(local.date).toBe(o.date);
        if (local.time !== s.startTime) {
          // Only in a gap: the shown time is later by at most the gap, and an hour or two
          // earlier the zone had another offset.
          expect(local.time > s.startTime).toBe(true);
          const earlier = new Date(Date.parse(o.startsAt) - 3 * 3_600_000).toISOString();
          expect(intlLocal(s.timeZone, earlier).time).not.toBe(s.startTime);
        }
        // First instant of an ambiguous time: half an hour to two hours earlier never shows the same wall time.
        for (const back of [30, 60, 90, 120]) {
          const earlier = intlLocal(s.timeZone, new Date(Date.parse(o.startsAt) - back * 60_000).toISOString());
          expect(earlier.date === o.date && earlier.time === local.time).toBe(false);
        }
      }
    }), { numRuns: 200 });
  });

  it('counts k days × ⌈N / interval⌉ occurrences over N whole weeks of a weekly rule', () => {
    fc.assert(fc.property(weekdaysArb, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 60 }), dayArb, timeArb, fc.constantFrom(...ZONES), (byDay, interval, weeks, day, startTime, timeZone) => {
      const monday = day - ((new Date(day * 86_400_000).getUTCDay() + 6) % 7);
      const s = series({ recurrence: weekly(byDay, interval), startDate: dateOfDay(monday), startTime, timeZone });
      const from = localToUtc(timeZone, s.startDate, '00:00');
      const to = localToUtc(timeZone, dateOfDay(monday + 7 * weeks), '00:00');
      expect(expandOccurrences(s, from, to)).toHaveLength(byDay.length * Math.ceil(weeks / interval));
    }), { numRuns: 200 });
  });

  it('agrees with ical.js on the dates its RRULE produces', () => {
    fc.assert(fc.property(seriesArb, (s) => {
      const open = { ...s, untilDate: null };
      const first = firstOccurrenceDate(open)!;
      const it = ICAL.Recur.fromString(toRRule(open)).iterator(ICAL.Time.fromDateString(first));
      const theirs: string[] = [];
      for (let next = it.next(); next && theirs.length < 30; next = it.next()) theirs.push(next.toString());
      const [from] = yearOf(s);
      const ours = expandOccurrences(open, from, new Date(from.getTime() + 3 * 366 * 86_400_000)).map((o) => o.date).slice(0, 30);
      expect(ours).toEqual(theirs.slice(0, ours.length));
    }), { numRuns: 100 });
  });
});
