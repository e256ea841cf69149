import { describe, expect, it } from 'vitest';
import { addDays } from './local-date.js';
import { goalProgress, type DayRecord, type ProgressGoal } from './progress.js';
import { goalProgressSchema } from './progress-schema.js';

const TODAY = '2026-03-18'; // a Wednesday; its ISO week starts Monday 2026-03-16
const ago = (n: number) => addDays(TODAY, -n);
const lapse = (n: number): DayRecord => ({ date: ago(n), met: false, amount: null });
const met = (n: number, amount: number | null = null): DayRecord => ({ date: ago(n), met: true, amount });

function goal(overrides: Partial<ProgressGoal> = {}): ProgressGoal {
  return { id: 'g1', kind: 'abstain', startDate: ago(59), target: null, status: 'active', achievedOn: null, ...overrides };
}
const figures = (g: ProgressGoal, days: DayRecord[], today = TODAY) => {
  const p = goalProgress(g, days, today);
  return [p.currentStreak, p.longestStreak, p.totalDaysMet, p.daysTracked];
};

describe('goalProgress: the issue example', () => {
  it('an abstain goal started 59 days ago with one lapse 19 days ago: 18 now, 40 longest, 58 of 59', () => {
    const p = goalProgress(goal(), [lapse(19)], TODAY);
    expect(goalProgressSchema.parse(p)).toEqual(p);
    expect(p).toMatchObject({ goalId: 'g1', asOf: TODAY, unit: 'day', currentStreak: 18, longestStreak: 40, totalDaysMet: 58, daysTracked: 59 });
    expect(p.attempts).toEqual([
      { start: ago(59), end: ago(20), length: 40 },
      { start: ago(18), end: null, length: 18 },
    ]);
    // 30 days ago … yesterday: one lapse among 30 tracked days.
    expect(p.percentDaysMet30).toBe(96.7);
    expect(p.percentDaysMet90).toBe(98.3);
    expect(p.nextMilestone).toEqual({ kind: 'streak', days: 30, remaining: 12 });
  });
});

describe('goalProgress: the recovery clock', () => {
  it.each([
    ['a goal started today shows 0', goal({ startDate: TODAY }), [], [0, 0, 0, 0]],
    ['…even when today is marked substance-free', goal({ startDate: TODAY }), [met(0)], [0, 0, 0, 0]],
    ['a lapse today makes the streak 0 at once and counts as tracked', goal({ startDate: ago(10) }), [lapse(0)], [0, 10, 10, 11]],
    ['a lapse yesterday', goal({ startDate: ago(10) }), [lapse(1)], [0, 9, 9, 10]],
    ['unrecorded complete days count as substance-free', goal({ startDate: ago(3) }), [], [3, 3, 3, 3]],
    ['met:true records change nothing for abstain', goal({ startDate: ago(3) }), [met(1), met(2)], [3, 3, 3, 3]],
    ['an amount on an abstain day is ignored', goal({ startDate: ago(3) }), [met(1, 5)], [3, 3, 3, 3]],
    ['records before the start, after today or malformed are ignored', goal({ startDate: ago(5) }),
      [lapse(6), lapse(-1), { date: 'not a date', met: false }, { date: '2026-02-30x', met: false }], [5, 5, 5, 5]],
    ['a goal starting in the future has nothing yet', goal({ startDate: ago(-3) }), [lapse(0)], [0, 0, 0, 0]],
    ['two lapses on one date are one lapse', goal({ startDate: ago(4) }), [lapse(2), lapse(2)], [1, 2, 3, 4]],
  ] as const)('%s', (_name, g, days, expected) => {
    expect(figures(g, [...days])).toEqual(expected);
  });

  it('percentages are null when nothing was tracked in the window and exclude the current day', () => {
    const started = goalProgress(goal({ startDate: TODAY }), [lapse(0)], TODAY);
    expect([started.daysTracked, started.percentDaysMet30, started.percentDaysMet90]).toEqual([1, null, null]);
  });

  it('the 30-day window is the 30 days before today, the 90-day one the 90', () => {
    const g = goal({ startDate: ago(200) });
    expect(goalProgress(g, [lapse(30)], TODAY).percentDaysMet30).toBe(96.7);
    expect(goalProgress(g, [lapse(31)], TODAY).percentDaysMet30).toBe(100);
    expect(goalProgress(g, [lapse(31)], TODAY).percentDaysMet90).toBe(98.9);
    expect(goalProgress(g, [lapse(91)], TODAY).percentDaysMet90).toBe(100);
  });
});

describe('goalProgress: build and reduce', () => {
  const daily = (kind: 'build' | 'reduce', amount: number) => goal({ kind, startDate: ago(6), target: { amount, per: 'day' } });
  const weekly = (kind: 'build' | 'reduce', amount: number, startDate = ago(23)) => goal({ kind, startDate, target: { amount, per: 'week' } });

  it.each([
    ['build daily: unrecorded days are not met', daily('build', 1), [met(2), met(1)], [2, 2, 2, 6]],
    ['build daily: met:true without an amount counts 1', daily('build', 2), [met(2), met(2), met(1)], [0, 1, 1, 6]],
    ['build daily: amounts add up, with float slack', daily('build', 0.8), [met(1, 0.7), met(1, 0.1)], [1, 1, 1, 6]],
    ['build daily: reached today counts now', daily('build', 1), [met(1), met(0)], [2, 2, 2, 7]],
    ['build daily: not reached today waits', daily('build', 1), [met(1), { date: ago(0), met: false }], [1, 1, 1, 6]],
    ['reduce daily: unrecorded days are untracked and end a streak', daily('reduce', 2), [met(5, 1), met(3, 2), met(2, 0), met(1)], [3, 3, 4, 4]],
    ['reduce daily: over the limit is not met', daily('reduce', 2), [met(2, 1), met(1, 3)], [0, 1, 1, 2]],
    ['reduce daily: met:false without an amount is not met', daily('reduce', 2), [met(2, 1), { date: ago(1), met: false }], [0, 1, 1, 2]],
    ['reduce daily: met:false with an amount within the limit is met', daily('reduce', 2), [met(2, 1), { date: ago(1), met: false, amount: 1 }], [2, 2, 2, 2]],
    ['reduce daily: over the limit today ends the streak at once', daily('reduce', 2), [met(1, 0), met(0, 5)], [0, 1, 1, 2]],
    ['reduce daily: within the limit today waits', daily('reduce', 2), [met(1, 0), met(0, 1)], [1, 1, 1, 1]],
    ['reduce without a target goes by the met answers', goal({ kind: 'reduce', startDate: ago(3) }), [met(3, 50), { date: ago(2), met: false, amount: 1 }, met(1)], [1, 1, 2, 3]],
    ['build without a target asks for 1 a day', goal({ kind: 'build', startDate: ago(3) }), [met(3), met(1)], [1, 1, 2, 3]],
  ] as const)('%s', (_name, g, days, expected) => {
    expect(figures(g, [...days])).toEqual(expected);
  });

  // Weeks of TODAY's calendar: W0 = 03-16…(today 03-18), W1 = 03-09…03-15, W2 = 03-02…, W3 = 02-23…03-01.
  it.each([
    ['build weekly: complete weeks met by their totals', weekly('build', 3), [met(9, 3), met(10), met(11), met(16), met(17, 2)], [2, 2, 2, 3]],
    ['build weekly: a week short of the target breaks the streak', weekly('build', 3), [met(9, 3), met(16, 2), met(23, 5)], [1, 1, 2, 3]],
    ['build weekly: reached this week counts now', weekly('build', 2), [met(9, 2), met(1), met(0)], [2, 2, 2, 4]],
    ['build weekly: not reached yet this week waits', weekly('build', 2), [met(9, 2), met(1)], [1, 1, 1, 3]],
    ['reduce weekly: a week without records is untracked', weekly('reduce', 5), [met(9, 2), met(20, 1)], [1, 1, 2, 2]],
    ['reduce weekly: over the limit this week ends the streak at once', weekly('reduce', 5), [met(9, 2), met(1, 6)], [0, 1, 1, 2]],
  ] as const)('%s', (_name, g, days, expected) => {
    expect(figures(g, [...days])).toEqual(expected);
  });

  it('a weekly goal counts the week holding its start date from the start date, in weeks', () => {
    // Started Saturday 2026-03-07 (11 days ago): that week is Sat–Sun only.
    const p = goalProgress(weekly('build', 2, ago(11)), [met(11), met(10), met(9, 2)], TODAY);
    expect(p.unit).toBe('week');
    expect(p.attempts).toEqual([{ start: '2026-03-07', end: null, length: 2 }]);
    expect(p.milestones).toEqual([{ kind: 'streak', days: 1, reachedOn: '2026-03-08' }]);
    expect(p.nextMilestone).toEqual({ kind: 'streak', days: 4, remaining: 2 });
  });

  it('a weekly attempt ends on the Sunday of its last met week', () => {
    const p = goalProgress(weekly('build', 1), [met(23), met(16), met(2)], TODAY);
    expect(p.attempts).toEqual([
      { start: '2026-02-23', end: '2026-03-08', length: 2 },
      { start: '2026-03-16', end: null, length: 1 },
    ]);
    expect(p.percentDaysMet30).toBe(66.7);
  });
});

describe('goalProgress: milestones', () => {
  it('a streak milestone is reached the day after its Nth complete day', () => {
    const p = goalProgress(goal({ startDate: '2026-01-01' }), [], '2026-01-31');
    expect(p.milestones).toEqual([
      { kind: 'streak', days: 1, reachedOn: '2026-01-02' },
      { kind: 'streak', days: 7, reachedOn: '2026-01-08' },
      { kind: 'cumulative', days: 10, reachedOn: '2026-01-11' },
      { kind: 'streak', days: 14, reachedOn: '2026-01-15' },
      { kind: 'streak', days: 30, reachedOn: '2026-01-31' },
    ]);
    expect(p.nextMilestone).toEqual({ kind: 'cumulative', days: 50, remaining: 20 });
  });

  it('each attempt reaches its own streak milestones; cumulative ones never reset', () => {
    const p = goalProgress(goal({ startDate: '2026-01-01' }), [{ date: '2026-01-08', met: false }], '2026-01-20');
    expect(p.milestones).toEqual([
      { kind: 'streak', days: 1, reachedOn: '2026-01-02' },
      { kind: 'streak', days: 7, reachedOn: '2026-01-08' },
      { kind: 'streak', days: 1, reachedOn: '2026-01-10' },
      { kind: 'cumulative', days: 10, reachedOn: '2026-01-12' },
      { kind: 'streak', days: 7, reachedOn: '2026-01-16' },
    ]);
  });

  it('yearly streak milestones after 365 days', () => {
    const p = goalProgress(goal({ startDate: '2023-01-01' }), [], '2026-01-05');
    const streaks = p.milestones.filter((m) => m.kind === 'streak').map((m) => m.days);
    expect(streaks).toEqual([1, 7, 14, 30, 60, 90, 180, 365, 730, 1095]);
    expect(p.milestones.filter((m) => m.kind === 'cumulative').map((m) => m.days)).toEqual([10, 50, 100, 250, 500, 1000]);
    // 2024 is a leap year, so 1095 days is not quite three calendar years.
    expect(p.milestones.find((m) => m.days === 1095)?.reachedOn).toBe('2025-12-31');
  });

  it('a build target reached on a day is reached on that day', () => {
    const g = goal({ kind: 'build', startDate: ago(2), target: { amount: 1, per: 'day' } });
    expect(goalProgress(g, [met(0)], TODAY).milestones).toEqual([{ kind: 'streak', days: 1, reachedOn: TODAY }]);
  });

  it('an achieved goal lists the achievement with the periods met by then', () => {
    const g = goal({ startDate: ago(20), status: 'achieved', achievedOn: ago(10) });
    const p = goalProgress(g, [], TODAY);
    expect(p.milestones.find((m) => m.kind === 'achieved')).toEqual({ kind: 'achieved', days: 10, reachedOn: ago(10) });
    expect(goalProgress({ ...g, achievedOn: null }, [], TODAY).milestones.some((m) => m.kind === 'achieved')).toBe(false);
    expect(goalProgress({ ...g, status: 'active' }, [], TODAY).milestones.some((m) => m.kind === 'achieved')).toBe(false);
  });
});
