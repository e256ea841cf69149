import type { Goal, GoalDay } from '../../../shared/recovery/goals.js';
import type { GoalProgress, Milestone } from '../../../shared/recovery/progress-schema.js';

/** Plain functions behind the goal pages: what to say, what to celebrate, what counts as met. */

/** A stable name for one reached milestone (the same streak length reached again later is a new one). */
export function milestoneKey(m: Milestone): string {
  return `${m.kind}:${m.days}:${m.reachedOn}`;
}

/**
 * The milestone to celebrate now: the most recently reached one the member has not seen yet
 * (larger first on the same day). `seen` holds milestoneKey()s remembered on this device.
 */
export function milestoneToCelebrate(milestones: readonly Milestone[], seen: ReadonlySet<string>): Milestone | null {
  let best: Milestone | null = null;
  for (const m of milestones) {
    if (seen.has(milestoneKey(m))) continue;
    if (!best || m.reachedOn > best.reachedOn || (m.reachedOn === best.reachedOn && rank(m) > rank(best))) best = m;
  }
  return best;
}

function rank(m: Milestone): number {
  return m.kind === 'achieved' ? Number.MAX_SAFE_INTEGER : m.days;
}

/** Newest first: the days a goal was not met (for abstain goals, the lapses). */
export function missedDays(days: readonly GoalDay[]): GoalDay[] {
  return days.filter((d) => !d.met).sort((a, b) => b.date.localeCompare(a.date));
}

/**
 * What stays true after a lapse: "58 of your 59 days". Null until there is something to say
 * (no lapse yet) and when no day was met yet ("0 of 1" would be true but not kind).
 */
export function whatStaysTrue(progress: GoalProgress): { met: number; tracked: number } | null {
  if (progress.totalDaysMet === 0 || progress.totalDaysMet === progress.daysTracked) return null;
  return { met: progress.totalDaysMet, tracked: progress.daysTracked };
}

/**
 * Whether an amount recorded for one day meets a reduce or build goal. A daily target is
 * judged on the day; with a weekly target one day can only show that a reduce goal's weekly
 * limit was already passed, or that a build goal's routine happened at all.
 */
export function amountMeetsTarget(goal: Pick<Goal, 'kind' | 'target'>, amount: number): boolean {
  const target = goal.target;
  if (goal.kind === 'abstain' || !target) return amount === 0;
  if (goal.kind === 'reduce') return amount <= target.amount;
  return target.per === 'day' ? amount >= target.amount : amount > 0;
}

/** Goals to show first: active ones, then achieved, then archived; within each, newest first. */
export function sortGoals<G extends Pick<Goal, 'status' | 'createdAt'>>(goals: readonly G[]): G[] {
  const order = { active: 0, achieved: 1, archived: 2 } as const;
  return [...goals].sort((a, b) => order[a.status] - order[b.status] || b.createdAt.localeCompare(a.createdAt));
}
