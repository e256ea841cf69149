import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRAVING_TRIGGERS } from './cravings.js';
import {
  cravingsByHourOfDay,
  cravingsByPartOfDay,
  dailySeries,
  goalCalendar,
  triggerCounts,
  type CalendarState,
} from './insights.js';
import { addDays } from './local-date.js';
import { goalProgress, type DayRecord, type ProgressGoal } from './progress.js';

const TODAY = '2026-03-18'; // Wednesday
const ago = (n: number) => addDays(TODAY, -n);

describe('triggerCounts', () => {
  it.each([
    [[], []],
    [[['stress'], ['boredom', 'stress'], ['stress', 'stress']], [{ trigger: 'stress', count: 3 }, { trigger: 'boredom', count: 1 }]],
    // Ties keep the order of the trigger list.
    [[['anger'], ['people'], ['people', 'anger'], []], [{ trigger: 'people', count: 2 }, { trigger: 'anger', count: 2 }]],
  ] as const)('%j → %j', (triggers, expected) => {
    expect(triggerCounts(triggers.map((t) => ({ triggers: [...t] })))).toEqual(expected);
  });

  it('counts each craving once per trigger, most frequent first', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...CRAVING_TRIGGERS), { maxLength: 4 }), { maxLength: 30 }), (lists) => {
        const counts = triggerCounts(lists.map((triggers) => ({ triggers })));
        expect(counts.reduce((s, c) => s + c.count, 0)).toBe(lists.reduce((s, l) => s + new Set(l).size, 0));
        counts.forEach((c, i) => i > 0 && expect(c.count).toBeLessThanOrEqual(counts[i - 1]!.count));
        expect(counts.every((c) => c.count > 0)).toBe(true);
      }),
    );
  });
});

describe('cravings by time of day', () => {
  const at = (...times: string[]) => times.map((localTime) => ({ localTime }));

  it('puts each craving in its local hour and part of the day, leaving out malformed times', () => {
    const cravings = at('00:00', '05:59', '06:00', '11:30', '12:00', '17:59', '18:00', '23:59', '23:00', '24:00', '7:30', '');
    const hours = cravingsByHourOfDay(cravings);
    expect(hours).toHaveLength(24);
    expect(Object.fromEntries(hours.flatMap((n, h) => (n ? [[h, n]] : [])))).toEqual({ 0: 1, 5: 1, 6: 1, 11: 1, 12: 1, 17: 1, 18: 1, 23: 2 });
    expect(cravingsByPartOfDay(cravings)).toEqual([
      { part: 'night', count: 2 },
      { part: 'morning', count: 2 },
      { part: 'afternoon', count: 2 },
      { part: 'evening', count: 3 },
    ]);
  });

  it('the parts of the day add up to the hours', () => {
    const time = fc.tuple(fc.nat(23), fc.nat(59)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(time, { maxLength: 40 }), (times) => {
        const cravings = at(...times);
        expect(cravingsByHourOfDay(cravings).reduce((a, b) => a + b, 0)).toBe(times.length);
        expect(cravingsByPartOfDay(cravings).reduce((a, p) => a + p.count, 0)).toBe(times.length);
      }),
    );
  });
});

describe('dailySeries', () => {
  const checkins = [
    { date: '2026-03-01', mood: 3, sleepHours: 7.5 },
    { date: '2026-03-03', mood: 4, sleepHours: null },
    { date: '2026-02-27', mood: 1 }, // before the range
  ];
  it.each([
    ['mood', [3, null, 4]],
    ['sleepHours', [7.5, null, null]],
    ['stress', [null, null, null]],
  ] as const)('%s with gaps as null', (field, values) => {
    expect(dailySeries(checkins, '2026-03-01', '2026-03-03', field)).toEqual(
      ['2026-03-01', '2026-03-02', '2026-03-03'].map((date, i) => ({ date, value: values[i] })),
    );
  });

  it('crosses month ends and DST changes one date at a time, and is empty for a reversed range', () => {
    const series = dailySeries([], '2026-03-27', '2026-04-02', 'mood');
    expect(series.map((p) => p.date)).toEqual(['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02']);
    expect(dailySeries(checkins, '2026-03-03', '2026-03-01', 'mood')).toEqual([]);
  });
});

describe('goalCalendar', () => {
  const abstain: ProgressGoal = { id: 'g', kind: 'abstain', startDate: ago(3), target: null, status: 'active', achievedOn: null };
  const lapse = (n: number): DayRecord => ({ date: ago(n), met: false });

  it.each([
    ['abstain: before start, met, lapse, undecided today, future', abstain, [lapse(2)], ago(5), ago(-1),
      ['before_start', 'before_start', 'met', 'lapse', 'met', 'untracked', 'future']],
    ['abstain: a lapse today shows at once', abstain, [lapse(0)], ago(1), TODAY, ['met', 'lapse']],
    ['reduce: unrecorded days are untracked, over the limit not met',
      { ...abstain, kind: 'reduce', target: { amount: 1, per: 'day' } }, [{ date: ago(3), met: true, amount: 0 }, { date: ago(1), met: true, amount: 2 }],
      ago(3), TODAY, ['met', 'untracked', 'not_met', 'untracked']],
    // Weekly: 03-09…03-15 met (3 workouts), this week (from Monday 03-16) reached already.
    ['build weekly: each day shows its week',
      { ...abstain, kind: 'build', startDate: '2026-03-09', target: { amount: 3, per: 'week' } },
      [{ date: '2026-03-10', met: true, amount: 3 }, { date: '2026-03-16', met: true, amount: 3 }],
      '2026-03-14', '2026-03-19', ['met', 'met', 'met', 'met', 'met', 'future']],
    ['build weekly: a week short of the target is not met, this week not yet decided',
      { ...abstain, kind: 'build', startDate: '2026-03-09', target: { amount: 3, per: 'week' } },
      [{ date: '2026-03-10', met: true, amount: 2 }, { date: '2026-03-16', met: true, amount: 1 }],
      '2026-03-15', '2026-03-19', ['not_met', 'untracked', 'untracked', 'untracked', 'future']],
  ] as const)('%s', (_name, goal, days, from, to, expected) => {
    const calendar = goalCalendar(goal, [...days], from, to, TODAY);
    expect(calendar.map((c) => c.state)).toEqual(expected);
    expect(calendar[0]?.date).toBe(from);
  });

  it('counts the same days as goalProgress for daily goals', () => {
    const goalArb = fc.record({
      kind: fc.constantFrom('abstain' as const, 'reduce' as const, 'build' as const),
      startBack: fc.integer({ min: 0, max: 60 }),
      amount: fc.constantFrom(1, 2, 3),
    });
    const recordArb = fc.record({
      date: fc.integer({ min: -2, max: 65 }).map(ago),
      met: fc.boolean(),
      amount: fc.option(fc.integer({ min: 0, max: 4 })),
    });
    fc.assert(
      fc.property(goalArb, fc.array(recordArb, { maxLength: 40 }), ({ kind, startBack, amount }, days) => {
        const goal: ProgressGoal = {
          id: 'g', kind, startDate: ago(startBack), target: kind === 'abstain' ? null : { amount, per: 'day' }, status: 'active', achievedOn: null,
        };
        const p = goalProgress(goal, days, TODAY);
        const count = (state: CalendarState) => goalCalendar(goal, days, goal.startDate, TODAY, TODAY).filter((c) => c.state === state).length;
        expect(count('met')).toBe(p.totalDaysMet);
        expect(count('met') + count('lapse') + count('not_met')).toBe(p.daysTracked);
      }),
      { numRuns: 200 },
    );
  });
});

