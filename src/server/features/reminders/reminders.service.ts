import { randomUUID } from 'node:crypto';
import { MAX_REMINDERS, REMINDER_DAYS, type ReminderInput, type ReminderPatch } from '../../../shared/reminders.js';
import type { DB } from '../../db/database.js';
import { Conflict, Invalid } from '../../errors.js';
import { presentReminder } from './reminders.presenter.js';
import * as repo from './reminders.repository.js';
import { firesAt, reschedule } from './reminder-schedule.js';

/** A job may run a little late when the worker is busy; later than this, its fire was missed. */
const LATE_GRACE_MS = 60 * 60_000;

/**
 * The member's reminders. Any whose next fire no longer fits — their time zone changed
 * since it was scheduled, or a fire was missed while the server was down — is scheduled
 * again from now, so the list always shows (and the queue always holds) the right time.
 */
export async function listReminders(db: DB, accountId: string, timeZone: string, now = new Date()) {
  const rows = await repo.listReminders(db, accountId);
  const stale = (row: repo.ReminderRow) =>
    row.active === 1 && (row.next_at === null || Date.parse(row.next_at) < now.getTime() - LATE_GRACE_MS || !firesAt(row, timeZone, row.next_at));
  if (!rows.some(stale)) return rows.map(presentReminder);
  return db.transaction().execute(async (trx) => {
    const fixed = await Promise.all(rows.map((row) => (stale(row) ? reschedule(trx, row, timeZone, now) : row)));
    return fixed.map(presentReminder);
  });
}

export async function createReminder(db: DB, accountId: string, timeZone: string, input: ReminderInput, now = new Date()) {
  checkWindow(input.kind, input.time, input.endTime ?? null);
  return db.transaction().execute(async (trx) => {
    if ((await repo.countReminders(trx, accountId)) >= MAX_REMINDERS) {
      throw new Conflict(`You can keep up to ${MAX_REMINDERS} reminders. Delete one you no longer need first.`, 'too_many_reminders');
    }
    const highRisk = input.kind === 'high_risk';
    const row = await repo.insertReminder(trx, {
      id: randomUUID(),
      account_id: accountId,
      kind: input.kind,
      days: storedDays(input.days),
      start_time: input.time,
      end_time: highRisk ? (input.endTime ?? null) : null,
      message: highRisk ? input.message || null : null,
      tell_partner: highRisk && input.tellPartner ? 1 : 0,
      active: input.active === false ? 0 : 1,
      next_at: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    return presentReminder(await reschedule(trx, row, timeZone, now));
  });
}

/** Changes a reminder and schedules it again from now: the job queued for the old time becomes a no-op. */
export async function updateReminder(db: DB, row: repo.ReminderRow, timeZone: string, patch: ReminderPatch, now = new Date()) {
  if (row.kind !== 'high_risk') {
    const wrong = (['endTime', 'message', 'tellPartner'] as const).filter((key) => patch[key] != null);
    if (wrong.length > 0) {
      throw new Invalid(`${wrong.map((k) => `body.${k}`).join(', ')} is only for a high-risk window`, wrong.map((k) => ({ field: `body.${k}`, message: 'is only for a high-risk window' })));
    }
  }
  const time = patch.time ?? row.start_time;
  const endTime = patch.endTime !== undefined ? patch.endTime : row.end_time;
  checkWindow(row.kind, time, endTime);
  return db.transaction().execute(async (trx) => {
    const changed = await repo.updateReminder(trx, row.id, {
      ...(patch.days !== undefined && { days: storedDays(patch.days) }),
      ...(patch.time !== undefined && { start_time: patch.time }),
      ...(patch.endTime !== undefined && { end_time: patch.endTime }),
      ...(patch.message !== undefined && { message: patch.message || null }),
      ...(patch.tellPartner !== undefined && { tell_partner: patch.tellPartner ? 1 : 0 }),
      ...(patch.active !== undefined && { active: patch.active ? 1 : 0 }),
      updated_at: now.toISOString(),
    });
    return presentReminder(await reschedule(trx, changed, timeZone, now));
  });
}

/** Deleting the row is enough: its queued job finds nothing and does nothing. */
export async function deleteReminder(db: DB, row: repo.ReminderRow) {
  await repo.deleteReminder(db, row.id);
}

/** Days are kept Monday first, however they were sent. */
function storedDays(days: readonly string[]): string {
  return JSON.stringify(REMINDER_DAYS.filter((d) => days.includes(d)));
}

/** A window ends at another time than it starts (it may run past midnight). */
function checkWindow(kind: string, time: string, endTime: string | null) {
  if (kind === 'high_risk' && endTime !== null && endTime === time) {
    throw new Invalid('body.endTime must differ from the start time', [{ field: 'body.endTime', message: 'must differ from the start time' }]);
  }
}
