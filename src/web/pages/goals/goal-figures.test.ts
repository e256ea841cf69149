import { describe, expect, it } from 'vitest';
import type { GoalDay } from '../../../shared/recovery/goals.js';
import type { GoalProgress, Milestone } from '../../../shared/recovery/progress-schema.js';
import { amountMeetsTarget, milestoneKey, milestoneToCelebrate, missedDays, sortGoals, whatStaysTrue } from './goal-figures.js';

const m = (kind: Milestone['kind'], days: number, reachedOn: string): Milestone => ({ kind, days, reachedOn });

describe('milestoneToCelebrate', () => {
  const reached = [m('streak', 1, '2026-01-02'), m('streak', 7, '2026-01-08'), m('cumulative', 10, '2026-01-11'), m('streak', 7, '2026-03-01')];

  it('picks the most recently reached milestone not yet seen', () => {
    expect(milestoneToCelebrate(reached, new Set())).toEqual(m('streak', 7, '2026-03-01'));
    expect(milestoneToCelebrate(reached, new Set([milestoneKey(m('streak', 7, '2026-03-01'))]))).toEqual(m('cumulative', 10, '2026-01-11'));
  });

  it('prefers the larger milestone reached on the same day, and a goal achieved above all', () => {
    expect(milestoneToCelebrate([m('streak', 7, '2026-01-08'), m('cumulative', 10, '2026-01-08')], new Set())?.days).toBe(10);
    expect(milestoneToCelebrate([m('cumulative', 100, '2026-01-08'), m('achieved', 0, '2026-01-08')], new Set())?.kind).toBe('achieved');
  });

  it('has nothing to celebrate once everything was seen', () => {
    expect(milestoneToCelebrate(reached, new Set(reached.map(milestoneKey)))).toBeNull();
    expect(milestoneToCelebrate([], new Set())).toBeNull();
  });
});

describe('whatStaysTrue', () => {
  const progress = (totalDaysMet: number, daysTracked: number) => ({ totalDaysMet, daysTracked }) as GoalProgress;
  it('names the days met out of the days tracked after a lapse', () => {
    expect(whatStaysTrue(progress(58, 59))).toEqual({ met: 58, tracked: 59 });
  });
  it('says nothing before any lapse or before any day counts', () => {
    expect(whatStaysTrue(progress(30, 30))).toBeNull();
    expect(whatStaysTrue(progress(0, 0))).toBeNull();
    expect(whatStaysTrue(progress(0, 1))).toBeNull();
  });
});

describe('amountMeetsTarget', () => {
  it.each([
    ['reduce', 2, 'day', 2, true],
    ['reduce', 2, 'day', 3, false],
    ['reduce', 5, 'week', 6, false],
    ['build', 1, 'day', 1, true],
    ['build', 2, 'day', 1, false],
    ['build', 3, 'week', 1, true],
    ['build', 3, 'week', 0, false],
  ] as const)('%s at most/least %d per %s with %d → %s', (kind, target, per, amount, expected) => {
    expect(amountMeetsTarget({ kind, target: { amount: target, per } }, amount)).toBe(expected);
  });
});

describe('missedDays and sortGoals', () => {
  const day = (date: string, met: boolean) => ({ date, met }) as GoalDay;
  it('lists missed days newest first', () => {
    expect(missedDays([day('2026-01-01', false), day('2026-01-05', true), day('2026-01-09', false)]).map((d) => d.date)).toEqual([
      '2026-01-09',
      '2026-01-01',
    ]);
  });
  it('puts active goals first, newest first within a status', () => {
    const goals = [
      { status: 'archived', createdAt: '3' },
      { status: 'active', createdAt: '1' },
      { status: 'achieved', createdAt: '4' },
      { status: 'active', createdAt: '2' },
    ] as const;
    expect(sortGoals(goals).map((g) => g.createdAt)).toEqual(['2', '1', '4', '3']);
  });
});
