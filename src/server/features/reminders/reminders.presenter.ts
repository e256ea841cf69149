import type { Reminder } from '../../../shared/reminders.js';
import type { ReminderRow } from './reminders.repository.js';

/** The only place a reminder row becomes JSON. */
export function presentReminder(row: ReminderRow): Reminder {
  return {
    id: row.id,
    kind: row.kind as Reminder['kind'],
    days: JSON.parse(row.days) as Reminder['days'],
    time: row.start_time,
    endTime: row.end_time,
    message: row.message,
    tellPartner: row.tell_partner === 1,
    active: row.active === 1,
    nextAt: row.next_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
