import type { Checkin } from '../../../shared/recovery/checkins.js';
import type { CheckinRow } from './checkins.repository.js';

export function presentCheckin(row: CheckinRow): Checkin {
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
