/**
 * Milestones of a goal, derived from its periods (see progress.ts), never stored.
 *
 * Counts are in the goal's period unit, like every figure of GoalProgress: days for daily
 * goals, weeks for weekly targets (`GoalProgress.unit` says which, so `Milestone.days` of a
 * weekly goal is a number of weeks; the client labels it by `unit`). We chose this over
 * converting weeks to days because "4 weeks in a row" is what a weekly goal celebrates, and
 * "28 days" would claim a daily streak the member never set out to keep.
 *
 * - streak: a run of met periods reaching 1, 7, 14, 30, 60, 90, 180, 365 days, then every
 *   365 days; for weekly goals 1, 4, 12, 26, 52 weeks, then every 52 weeks. Each attempt
 *   (run) that reaches a milestone lists it again, with its own date: after a lapse the
 *   streak restarts, and reaching 7 days again deserves its celebration as much as the
 *   first time did. History stays: earlier attempts keep their milestones.
 * - cumulative: 10, 50, 100, 250, 500, 1000 days met in total (10, 25, 50, 100, 250 weeks);
 *   these never reset.
 * - achieved: when the goal's status is `achieved`, on its `achievedOn` date.
 *
 * reachedOn is the date the clock first shows the count: the day after the Nth complete
 * period for periods decided when they end (abstain, reduce), and the day the target was
 * reached for build periods, which count as soon as they are met.
 */
import type { Goal } from './goals.js';
import type { GoalProgress, Milestone } from './progress-schema.js';

export type PeriodUnit = GoalProgress['unit'];
export type NextMilestone = NonNullable<GoalProgress['nextMilestone']>;

const STREAK_LADDER: Record<PeriodUnit, readonly number[]> = {
  day: [1, 7, 14, 30, 60, 90, 180, 365],
  week: [1, 4, 12, 26, 52],
};
/** After the ladder, a streak milestone every year of periods. */
const YEAR: Record<PeriodUnit, number> = { day: 365, week: 52 };
const CUMULATIVE_LADDER: Record<PeriodUnit, readonly number[]> = {
  day: [10, 50, 100, 250, 500, 1000],
  week: [10, 25, 50, 100, 250],
};

/** The smallest streak milestone above `count` (there is always one: they go on yearly). */
export function nextStreakMilestone(count: number, unit: PeriodUnit): number {
  const next = STREAK_LADDER[unit].find((m) => m > count);
  if (next !== undefined) return next;
  const year = YEAR[unit];
  return (Math.floor(count / year) + 1) * year;
}

/** The smallest cumulative milestone above `count`, or null past the last one. */
export function nextCumulativeMilestone(count: number, unit: PeriodUnit): number | null {
  return CUMULATIVE_LADDER[unit].find((m) => m > count) ?? null;
}

/**
 * The nearest milestone not reached yet: the next streak milestone of the current attempt
 * or the next cumulative one, whichever needs fewer periods (the streak on a tie, as the
 * clock is what the member watches). `remaining` counts met periods still needed.
 */
export function nextMilestone(unit: PeriodUnit, currentStreak: number, totalMet: number): NextMilestone {
  const streak = nextStreakMilestone(currentStreak, unit);
  const cumulative = nextCumulativeMilestone(totalMet, unit);
  if (cumulative !== null && cumulative - totalMet < streak - currentStreak) {
    return { kind: 'cumulative', days: cumulative, remaining: cumulative - totalMet };
  }
  return { kind: 'streak', days: streak, remaining: streak - currentStreak };
}

/**
 * The `achieved` milestone, when the goal is achieved on or before `today`. Its `days` is
 * the number of periods met by then. An achieved goal without a date has none: we would
 * rather show nothing than a date the member did not give.
 */
export function achievedMilestone(
  goal: Pick<Goal, 'status' | 'achievedOn'>,
  today: string,
  periodsMetByThen: number,
): Milestone | null {
  if (goal.status !== 'achieved' || !goal.achievedOn || goal.achievedOn > today) return null;
  return { kind: 'achieved', days: periodsMetByThen, reachedOn: goal.achievedOn };
}

const KIND_ORDER: Record<Milestone['kind'], number> = { streak: 0, cumulative: 1, achieved: 2 };

/** Oldest first; on one date streak, then cumulative, then achieved, smaller counts first. */
export function compareMilestones(a: Milestone, b: Milestone): number {
  if (a.reachedOn !== b.reachedOn) return a.reachedOn < b.reachedOn ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.days - b.days;
}
