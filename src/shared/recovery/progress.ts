/**
 * A goal's figures, derived from its day records (the Timeline-Followback ledger), never
 * stored. Plain functions over plain data: `today` is the member's local date, passed in.
 *
 * A goal is judged per period: a day, or an ISO week (Monday–Sunday) for weekly targets.
 * Periods run from the start date (the week holding it counts from the start date) to
 * today. Like a recovery clock, a period counts once it is complete; the current one counts
 * only when it is already decided: an abstain lapse today, a reduce limit already passed
 * today or this week (streak 0 at once), a build target already reached (counts now, so a
 * build goal started today whose target is reached shows 1).
 *
 * - abstain (always daily): a complete day without a lapse counts as met; `met:false` is a lapse.
 * - build: total = Σ (amount ?? (met ? 1 : 0)); met when total ≥ target; an unrecorded day adds 0.
 * - reduce: total = Σ (amount ?? 0); a period without records is untracked (not in
 *   daysTracked, and it ends a streak); met when total ≤ target and no record in it is a
 *   `met:false` without an amount.
 * - No target (the service requires one for build and reduce): build asks for 1 a day,
 *   reduce goes by the member's own `met` answers.
 * Records before the start date, after today or with a malformed date are ignored.
 */
import { dayIndex, fromDayIndex, weekStartIndex } from './local-date.js';
import type { Goal } from './goals.js';
import {
  achievedMilestone,
  compareMilestones,
  nextCumulativeMilestone,
  nextMilestone,
  nextStreakMilestone,
  type PeriodUnit,
} from './milestones.js';
import type { GoalProgress, Milestone } from './progress-schema.js';

export type ProgressGoal = Pick<Goal, 'id' | 'kind' | 'startDate' | 'target' | 'status' | 'achievedOn'>;
export interface DayRecord {
  date: string;
  met: boolean;
  amount?: number | null;
}
/** `undecided` is only ever the current period: not counted yet, and no break in a streak. */
export type PeriodState = 'met' | 'not_met' | 'untracked' | 'undecided';
/**
 * Called once per period, oldest first, with day indices (see local-date.ts). `shownOn` is
 * the day the clock first counts a met period: the day after it ends, or for build periods
 * the day the target was reached.
 */
export type PeriodVisitor = (start: number, end: number, state: PeriodState, shownOn: number) => void;

/** Sums of amounts are compared with this slack so that 0.7 + 0.1 reaches a target of 0.8. */
const EPSILON = 1e-9;
const RECORDED = 1;
const NOT_MET = 2;
const NOT_MET_WITHOUT_AMOUNT = 4;

export function periodUnit(goal: Pick<Goal, 'kind' | 'target'>): PeriodUnit {
  return goal.kind !== 'abstain' && goal.target?.per === 'week' ? 'week' : 'day';
}

/**
 * Walks the goal's periods from its start date to the one holding today and tells
 * `visit` each one's state. The figures (goalProgress) and the calendar (insights.ts)
 * both read the goal through here, so they cannot disagree.
 */
export function walkPeriods(goal: ProgressGoal, days: readonly DayRecord[], today: string, visit: PeriodVisitor): void {
  const startIdx = dayIndex(goal.startDate);
  const todayIdx = dayIndex(today);
  if (!(todayIdx >= startIdx)) return; // not started yet, or a malformed date
  const n = todayIdx - startIdx + 1;
  const { kind } = goal;
  const limit = goal.target?.amount ?? (kind === 'build' ? 1 : Infinity);
  // One pass over the records into per-day slots, so the period loop does no date work.
  const totals = kind === 'abstain' ? null : new Float64Array(n);
  const flags = new Uint8Array(n);
  for (const record of days) {
    const i = dayIndex(record.date) - startIdx;
    if (!(i >= 0 && i < n)) continue;
    const amount = record.amount != null && Number.isFinite(record.amount) ? record.amount : null;
    flags[i]! |= RECORDED | (record.met ? 0 : NOT_MET | (amount === null ? NOT_MET_WITHOUT_AMOUNT : 0));
    if (totals) totals[i]! += amount ?? (kind === 'build' && record.met ? 1 : 0);
  }
  // Reduce without a target has no amount to judge by, so any met:false decides.
  const reduceMiss = goal.target ? NOT_MET_WITHOUT_AMOUNT : NOT_MET;
  const weekly = periodUnit(goal) === 'week';

  for (let start = startIdx; start <= todayIdx; ) {
    const end = weekly ? weekStartIndex(start) + 6 : start;
    const complete = end < todayIdx;
    let state: PeriodState;
    let shownOn = end + 1;
    if (totals === null) {
      state = flags[start - startIdx]! & NOT_MET ? 'not_met' : complete ? 'met' : 'undecided';
    } else {
      const last = end < todayIdx ? end : todayIdx;
      let total = 0;
      let seen = 0;
      let reachedOn = -1;
      for (let d = start; d <= last; d++) {
        total += totals[d - startIdx]!;
        seen |= flags[d - startIdx]!;
        if (reachedOn < 0 && total >= limit - EPSILON) reachedOn = d;
      }
      if (kind === 'build') {
        state = reachedOn >= 0 ? 'met' : complete ? 'not_met' : 'undecided';
        if (reachedOn >= 0) shownOn = reachedOn;
      } else if (total > limit + EPSILON || seen & reduceMiss) {
        state = 'not_met';
      } else {
        state = complete ? (seen & RECORDED ? 'met' : 'untracked') : 'undecided';
      }
    }
    visit(start, end, state, shownOn);
    start = end + 1;
  }
}

const percent = (met: number, tracked: number) => (tracked === 0 ? null : Math.round((met / tracked) * 1000) / 10);

/**
 * The figures of one goal as of `today`. Counts are in periods (`unit`). percentDaysMet30/90:
 * of the tracked periods that end within the 30/90 days before today (the last complete
 * one included, the current one not), the percent met, to one decimal; null when none.
 */
export function goalProgress(goal: ProgressGoal, days: readonly DayRecord[], today: string): GoalProgress {
  const unit = periodUnit(goal);
  const todayIdx = dayIndex(today);
  const achievedIdx = goal.status === 'achieved' && goal.achievedOn ? dayIndex(goal.achievedOn) : NaN;
  const attempts: GoalProgress['attempts'] = [];
  const milestones: Milestone[] = [];
  let run = 0;
  let runStart = 0;
  let runEnd = 0;
  let longest = 0;
  let totalMet = 0;
  let tracked = 0;
  let metByAchieved = 0;
  let tracked30 = 0;
  let met30 = 0;
  let tracked90 = 0;
  let met90 = 0;
  // The next milestone counts to watch for, so a met period costs one comparison each.
  const firstStreakMilestone = nextStreakMilestone(0, unit);
  let streakMilestone = firstStreakMilestone;
  let cumulativeMilestone = nextCumulativeMilestone(0, unit) ?? Infinity;

  walkPeriods(goal, days, today, (start, end, state, shownOn) => {
    if (state === 'undecided') return;
    const met = state === 'met';
    if (state !== 'untracked') {
      tracked++;
      if (end < todayIdx && end >= todayIdx - 90) {
        tracked90++;
        if (met) met90++;
        if (end >= todayIdx - 30) {
          tracked30++;
          if (met) met30++;
        }
      }
    }
    if (!met) {
      if (run > 0) attempts.push({ start: fromDayIndex(runStart), end: fromDayIndex(runEnd), length: run });
      run = 0;
      streakMilestone = firstStreakMilestone;
      return;
    }
    if (run === 0) runStart = start;
    run++;
    runEnd = end;
    totalMet++;
    if (run > longest) longest = run;
    if (shownOn <= achievedIdx) metByAchieved++;
    if (run === streakMilestone) {
      milestones.push({ kind: 'streak', days: run, reachedOn: fromDayIndex(shownOn) });
      streakMilestone = nextStreakMilestone(run, unit);
    }
    if (totalMet === cumulativeMilestone) {
      milestones.push({ kind: 'cumulative', days: totalMet, reachedOn: fromDayIndex(shownOn) });
      cumulativeMilestone = nextCumulativeMilestone(totalMet, unit) ?? Infinity;
    }
  });
  if (run > 0) attempts.push({ start: fromDayIndex(runStart), end: null, length: run });

  const achieved = achievedMilestone(goal, today, metByAchieved);
  if (achieved) milestones.push(achieved);
  milestones.sort(compareMilestones);
  return {
    goalId: goal.id,
    asOf: today,
    unit,
    currentStreak: run,
    longestStreak: longest,
    totalDaysMet: totalMet,
    daysTracked: tracked,
    percentDaysMet30: percent(met30, tracked30),
    percentDaysMet90: percent(met90, tracked90),
    attempts,
    milestones,
    nextMilestone: nextMilestone(unit, run, totalMet),
  };
}
