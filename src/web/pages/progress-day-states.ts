import { fromDayIndex } from '../../shared/recovery/local-date.js';
import { walkPeriods, type DayRecord, type ProgressGoal } from '../../shared/recovery/progress.js';
import type { DayState } from '../components/charts/heat-calendar.js';

/**
 * The state of each day of a goal for the calendar, read through the same walk as the
 * goal's figures so the two never disagree. A weekly goal's days take their week's state.
 * Days before the start date or after today are `outside`.
 */
export function goalDayStates(goal: ProgressGoal, days: readonly DayRecord[], today: string): (date: string) => DayState {
  const states = new Map<string, DayState>();
  walkPeriods(goal, days, today, (start, end, state) => {
    const day: DayState = state === 'met' ? 'met' : state === 'not_met' ? 'missed' : state === 'untracked' ? 'untracked' : 'open';
    for (let i = start; i <= end; i++) states.set(fromDayIndex(i), day);
  });
  return (date) => (date > today ? 'outside' : (states.get(date) ?? 'outside'));
}
