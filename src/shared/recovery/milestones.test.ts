import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { achievedMilestone, compareMilestones, nextCumulativeMilestone, nextMilestone, nextStreakMilestone } from './milestones.js';
import type { Milestone } from './progress-schema.js';

describe('milestone ladders', () => {
  it.each([
    [0, 'day', 1], [1, 'day', 7], [6, 'day', 7], [7, 'day', 14], [29, 'day', 30], [30, 'day', 60], [90, 'day', 180],
    [180, 'day', 365], [365, 'day', 730], [729, 'day', 730], [730, 'day', 1095], [1100, 'day', 1460],
    [0, 'week', 1], [1, 'week', 4], [4, 'week', 12], [12, 'week', 26], [26, 'week', 52], [52, 'week', 104], [104, 'week', 156],
  ] as const)('after a streak of %i %s(s) the next is %i', (count, unit, next) => {
    expect(nextStreakMilestone(count, unit)).toBe(next);
  });

  it.each([
    [0, 'day', 10], [10, 'day', 50], [99, 'day', 100], [999, 'day', 1000], [1000, 'day', null],
    [0, 'week', 10], [10, 'week', 25], [100, 'week', 250], [250, 'week', null],
  ] as const)('after %i %s(s) met the next cumulative one is %s', (count, unit, next) => {
    expect(nextCumulativeMilestone(count, unit)).toBe(next);
  });

  it('the next milestone is always above the count', () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.constantFrom('day' as const, 'week' as const), (count, unit) => {
        expect(nextStreakMilestone(count, unit)).toBeGreaterThan(count);
        expect(nextCumulativeMilestone(count, unit) ?? Infinity).toBeGreaterThan(count);
      }),
    );
  });
});

describe('nextMilestone', () => {
  it.each([
    ['a fresh start aims for 1 day', 0, 0, { kind: 'streak', days: 1, remaining: 1 }],
    ['the streak wins a tie', 4, 7, { kind: 'streak', days: 7, remaining: 3 }],
    ['the cumulative one when it is nearer', 2, 48, { kind: 'cumulative', days: 50, remaining: 2 }],
    ['after the last cumulative one, streaks go on', 400, 1200, { kind: 'streak', days: 730, remaining: 330 }],
  ] as const)('%s', (_name, streak, total, expected) => {
    expect(nextMilestone('day', streak, total)).toEqual(expected);
  });
});

describe('achievedMilestone', () => {
  it.each([
    ['achieved with a date', { status: 'achieved', achievedOn: '2026-03-01' }, { kind: 'achieved', days: 12, reachedOn: '2026-03-01' }],
    ['achieved today', { status: 'achieved', achievedOn: '2026-03-18' }, { kind: 'achieved', days: 12, reachedOn: '2026-03-18' }],
    ['achieved after "today" (an older view)', { status: 'achieved', achievedOn: '2026-03-19' }, null],
    ['achieved without a date', { status: 'achieved', achievedOn: null }, null],
    ['active', { status: 'active', achievedOn: null }, null],
    ['archived', { status: 'archived', achievedOn: '2026-03-01' }, null],
  ] as const)('%s', (_name, goal, expected) => {
    expect(achievedMilestone(goal, '2026-03-18', 12)).toEqual(expected);
  });
});

describe('compareMilestones', () => {
  it('orders by date, then streak, cumulative, achieved, then by count', () => {
    const list: Milestone[] = [
      { kind: 'achieved', days: 3, reachedOn: '2026-01-05' },
      { kind: 'cumulative', days: 10, reachedOn: '2026-01-05' },
      { kind: 'streak', days: 7, reachedOn: '2026-01-05' },
      { kind: 'streak', days: 1, reachedOn: '2026-01-05' },
      { kind: 'streak', days: 30, reachedOn: '2026-01-01' },
    ];
    expect([...list].sort(compareMilestones).map((m) => `${m.reachedOn} ${m.kind} ${m.days}`)).toEqual([
      '2026-01-01 streak 30',
      '2026-01-05 streak 1',
      '2026-01-05 streak 7',
      '2026-01-05 cumulative 10',
      '2026-01-05 achieved 3',
    ]);
  });
});
