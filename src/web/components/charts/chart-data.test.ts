import { describe, expect, it } from 'vitest';
import { calendarWeeks, datesBetween, dayPartCounts, dayPartOf, seriesOn, summarise, triggerCounts } from './chart-data.js';

describe('datesBetween and seriesOn', () => {
  it('lists every date across a month end and fills missing days with null', () => {
    const dates = datesBetween('2026-02-27', '2026-03-02');
    expect(dates).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    const rows = [{ date: '2026-02-28', mood: 4 }, { date: '2026-03-02', mood: 2 }];
    expect(seriesOn(dates, rows, (r) => r.mood)).toEqual([null, 4, null, 2]);
  });
});

describe('summarise', () => {
  it('ignores days without a value', () => {
    expect(summarise([null, 2, 4, null, 3])).toEqual({ mean: 3, min: 2, max: 4, count: 3 });
    expect(summarise([null, null])).toBeNull();
  });
});

describe('craving charts', () => {
  it('counts each trigger once per craving, most frequent first', () => {
    const counts = triggerCounts([{ triggers: ['stress', 'people'] }, { triggers: ['stress', 'stress'] }, { triggers: [] }]);
    expect(counts).toEqual([
      { trigger: 'stress', count: 2 },
      { trigger: 'people', count: 1 },
    ]);
  });

  it.each([
    ['00:00', 'night'],
    ['05:59', 'night'],
    ['06:00', 'morning'],
    ['12:30', 'afternoon'],
    ['18:00', 'evening'],
    ['23:59', 'evening'],
  ] as const)('puts %s in the %s', (time, part) => {
    expect(dayPartOf(time)).toBe(part);
  });

  it('counts every part of the day, also the empty ones', () => {
    expect(dayPartCounts([{ localTime: '21:10' }, { localTime: '22:00' }, { localTime: '07:00' }])).toEqual([
      { part: 'night', count: 0 },
      { part: 'morning', count: 1 },
      { part: 'afternoon', count: 0 },
      { part: 'evening', count: 2 },
    ]);
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

  it('holds every date of the range exactly once', () => {
    const weeks = calendarWeeks('2026-01-01', '2026-03-31');
    expect(weeks.flat().filter(Boolean)).toEqual(datesBetween('2026-01-01', '2026-03-31'));
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });
});
