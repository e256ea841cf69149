import type { Checkin, CheckinGoalAnswer } from '../../../shared/recovery/checkins.js';
import type { CheckinRow } from './checkins.repository.js';

/** The day's own answers, without the goal answers (figures such as early-warning signs read only these). */
export function presentCheckinScales(row: CheckinRow): Omit<Checkin, 'goals'> {
  return {
    date: row.date,
    mood: row.mood,
    energy: row.energy,
    craving: row.craving,
    stress: row.stress,
    sleepHours: row.sleep_hours === null ? null : Number(row.sleep_hours),
    sleepQuality: row.sleep_quality,
    meals: row.meals === null ? null : row.meals === 1,
    note: row.note,
    strategies: JSON.parse(row.strategies) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The check-in as the member reads it back, with that day's "substance-free?" answers. */
export function presentCheckin(row: CheckinRow, goals: readonly CheckinGoalAnswer[]): Checkin {
  const { createdAt, updatedAt, ...day } = presentCheckinScales(row);
  return { ...day, goals: [...goals], createdAt, updatedAt };
}
