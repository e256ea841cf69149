import type { Goal, GoalDay } from '../../../shared/recovery/goals.js';
import type { GoalDayRow, GoalRow, GoalStepRow, ReflectionRow } from './goals.repository.js';

export function presentGoal(row: GoalRow, steps: GoalStepRow[]): Goal {
  return {
    id: row.id,
    kind: row.kind as Goal['kind'],
    title: row.title,
    startDate: row.start_date,
    target:
      row.target_amount === null || row.target_per === null
        ? null
        : { amount: Number(row.target_amount), per: row.target_per as 'day' | 'week' },
    unit: row.unit,
    status: row.status as Goal['status'],
    achievedOn: row.achieved_on,
    steps: steps.filter((s) => s.goal_id === row.id).map(presentStep),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentStep(step: GoalStepRow) {
  return { id: step.id, title: step.title, done: step.done_at !== null, doneAt: step.done_at };
}

export function presentDay(day: GoalDayRow, reflection: ReflectionRow | undefined): GoalDay {
  return {
    date: day.date,
    met: day.met === 1,
    amount: day.amount === null ? null : Number(day.amount),
    time: day.time,
    reflection: reflection
      ? { whatHappened: reflection.what_happened, trigger: reflection.trigger, whatHelped: reflection.what_helped, nextTime: reflection.next_time }
      : null,
    updatedAt: day.updated_at,
  };
}
