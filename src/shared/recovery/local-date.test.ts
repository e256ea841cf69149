import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayIndex,
  daysBetween,
  fromDayIndex,
  isCalendarDate,
  localDate,
  weekday,
  weekStart,
  weekStartIndex,
} from './local-date.js';

/** The reference dayIndex goes through Date.parse; the real one must agree with it everywhere. */
const viaDateParse = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
const anyDate = fc
  .integer({ min: dayIndex('1900-01-01'), max: dayIndex('2200-12-31') })
  .map((i) => new Date(i * 86_400_000).toISOString().slice(0, 10));

describe('dayIndex', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-02-29', 11_016],
    ['2026-03-01', 20_513],
    ['2026-02-30', 20_514], // rolls over like Date.parse: 2026-03-02
  ])('%s → %i', (date, expected) => {
    expect(dayIndex(date)).toBe(expected);
    expect(dayIndex(date)).toBe(viaDateParse(date));
  });

  it.each(['', '2026-1-01', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32', '2026/01/01', '2026-01-0x', ' 2026-01-01'])(
    'is NaN for %j',
    (value) => expect(dayIndex(value)).toBeNaN(),
  );

  it('agrees with Date.parse on every date 1900–2200 and round-trips through fromDayIndex', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(dayIndex(date)).toBe(viaDateParse(date));
        expect(fromDayIndex(dayIndex(date))).toBe(date);
      }),
    );
  });

  it('fromDayIndex agrees with Date#toISOString for years 0000–9999', () => {
    const viaDate = (i: number) => new Date(i * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: dayIndex('0000-01-01'), max: dayIndex('9999-12-31') }), (i) => fromDayIndex(i) === viaDate(i)),
      { numRuns: 2000 },
    );
    for (const date of ['0000-01-01', '0999-12-31', '1000-01-01', '9999-12-31', '2024-02-29']) expect(fromDayIndex(dayIndex(date))).toBe(date);
  });

  it('agrees with Date.parse on arbitrary YYYY-MM-DD-shaped strings (NaN included)', () => {
    const shaped = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(fc.property(shaped, (s) => Object.is(dayIndex(s), viaDateParse(s))), { numRuns: 2000 });
  });
});

describe('date arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2027-01-01', '2026-01-01')).toBe(-365);
  });

  it('is not moved by daylight-saving changes (dates only)', () => {
    // 2026-03-08 (US) and 2026-03-29 (EU) are 23-hour days in those zones; as dates they are one day long.
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('finds weekdays and the Monday of the ISO week', () => {
    expect(weekday('2026-03-01')).toBe(0); // a Sunday
    expect(weekStart('2026-03-01')).toBe('2026-02-23');
    expect(weekStart('2026-03-02')).toBe('2026-03-02');
    expect(fromDayIndex(weekStartIndex(dayIndex('2026-03-01')))).toBe('2026-02-23');
    expect(fromDayIndex(weekStartIndex(dayIndex('1969-12-31')))).toBe('1969-12-29');
  });

  it('weekStartIndex agrees with weekStart and is always a Monday at most 6 days back', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const monday = weekStartIndex(dayIndex(date));
        expect(fromDayIndex(monday)).toBe(weekStart(date));
        expect(weekday(fromDayIndex(monday))).toBe(1);
        expect(dayIndex(date) - monday).toBeGreaterThanOrEqual(0);
        expect(dayIndex(date) - monday).toBeLessThan(7);
      }),
    );
  });
});

describe('localDate and isCalendarDate', () => {
  it('gives different dates for the same instant in Auckland and Los Angeles', () => {
    const instant = new Date('2026-06-15T20:00:00Z');
    expect(localDate(instant, 'Pacific/Auckland')).toBe('2026-06-16');
    expect(localDate(instant, 'America/Los_Angeles')).toBe('2026-06-15');
  });

  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-4-01', false],
    ['2026-12-31', true],
  ])('%s → %s', (value, expected) => expect(isCalendarDate(value)).toBe(expected));
});
