import { nextReminderAt, type ReminderSpec } from '../../../shared/reminders.js';
import type { Weekday } from '../../../shared/recurrence.js';
import type { Executor } from '../../db/database.js';
import { enqueue } from '../../jobs/queue.js';
import * as repo from './reminders.repository.js';

export const FIRE_JOB = 'reminder.fire';

export interface FirePayload {
  reminderId: string;
  /** The fire this job is for: it only counts while it is still the reminder's next_at. */
  at: string;
}

export function specOf(row: repo.ReminderRow, timeZone: string): ReminderSpec {
  return { days: JSON.parse(row.days) as Weekday[], time: row.start_time, timeZone };
}

/**
 * True when `at` is a fire the reminder has in this zone. A stored next fire stops being
 * one when the member changes their time zone (or the tz database moves a change).
 */
export function firesAt(row: repo.ReminderRow, timeZone: string, at: string): boolean {
  return nextReminderAt(specOf(row, timeZone), new Date(Date.parse(at) - 1)).toISOString() === at;
}

/** Queues the job for one fire; the dedupe key makes queueing the same fire twice harmless. */
export async function enqueueFire(db: Executor, reminderId: string, at: string): Promise<void> {
  const payload: FirePayload = { reminderId, at };
  await enqueue(db, { kind: FIRE_JOB, payload, runAt: new Date(at), dedupeKey: `reminder:${reminderId}:${at}` });
}

/**
 * Sets the reminder's next fire — the first after `after`, in the member's time zone — and
 * queues its job. A job queued for an earlier next_at becomes a no-op (its `at` no longer
 * matches). Switched off, a reminder has no next fire.
 */
export async function reschedule(db: Executor, row: repo.ReminderRow, timeZone: string, after: Date): Promise<repo.ReminderRow> {
  if (row.active !== 1) return row.next_at === null ? row : repo.updateReminder(db, row.id, { next_at: null });
  const at = nextReminderAt(specOf(row, timeZone), after).toISOString();
  await enqueueFire(db, row.id, at);
  return at === row.next_at ? row : repo.updateReminder(db, row.id, { next_at: at });
}
