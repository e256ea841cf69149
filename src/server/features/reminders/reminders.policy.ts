import type { Executor } from '../../db/database.js';
import { NotFound } from '../../errors.js';
import * as repo from './reminders.repository.js';

/** A member's reminders are theirs alone: to anyone else they do not exist. */
export async function ownReminder(db: Executor, viewerId: string, id: string): Promise<repo.ReminderRow> {
  const row = await repo.findReminder(db, id);
  if (!row || row.account_id !== viewerId) throw new NotFound('No such reminder.');
  return row;
}
