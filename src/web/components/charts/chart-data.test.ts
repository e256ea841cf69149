import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/recovery/local-date.js';
import { calendarWeeks, summarise } from './chart-data.js';

describe('summarise', () => {
  it('ignores days without a value', () => {
    expect(summarise([null, 2, 4, null, 3])).toEqual({ mean: 3, min: 2, max: 4, count: 3 });
    expect(summarise([null, null])).toBeNull();
  });
});

describe('calendarWeeks', () => {
  it('starts weeks on Monday and pads both ends', () => {
    // 2026-03-04 is a Wednesday, 2026-03-10 a Tuesday.
    const weeks = calendarWeeks('2026-03-04', '2026-03-10');
    expect(weeks).toEqual([
      [null, null, '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'],
      ['2026-03-09', '2026-03-10', null, null, null, null, null],
    ]);
  });

  it('holds every date of the range exactly once, across month ends', () => {
    const weeks = calendarWeeks('2026-01-01', '2026-03-31');
    const every = Array.from({ length: 90 }, (_, i) => addDays('2026-01-01', i));
    expect(weeks.flat().filter(Boolean)).toEqual(every);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });
});
