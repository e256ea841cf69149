import { localDate } from '../../../shared/recovery/local-date.js';
import { nextReminderAt } from '../../../shared/reminders.js';
import type { DB, Executor } from '../../db/database.js';
import { getAccount } from '../accounts/accounts.service.js';
import { latestCheckinDate } from '../checkins/checkins.service.js';
import { notify } from '../notifications/notify.js';
import { activePartnersOf } from '../partners/active-partners.js';
import * as repo from './reminders.repository.js';
import { enqueueFire, firesAt, specOf, type FirePayload } from './reminder-schedule.js';

/** A reminder delivered this long after its time would only confuse; it is skipped, the next one kept. */
const STALE_MS = 2 * 60 * 60_000;

/**
 * Runs one fire of a reminder. Idempotent: it counts only while `payload.at` is the
 * reminder's next_at, and moving next_at on (a compare-and-set) happens in the same
 * transaction as the notifications, so a second run of the same job does nothing.
 * Returns true when notifications were queued (the caller wakes the worker).
 */
export async function fireReminder(db: DB, payload: FirePayload, now = new Date()): Promise<boolean> {
  const row = await repo.findReminder(db, payload.reminderId);
  if (!row || row.active !== 1 || row.next_at !== payload.at) return false;
  const account = await getAccount(db, row.account_id);
  const zone = account.time_zone;
  const at = Date.parse(payload.at);
  // The member's CURRENT zone decides: a fire scheduled before they moved is not delivered
  // at the old zone's hour; the next fire is found afresh (later today, or next time).
  const deliver = firesAt(row, zone, payload.at) && now.getTime() - at <= STALE_MS && !(await checkedInToday(db, row, zone, now));
  const following = nextReminderAt(specOf(row, zone), new Date(Math.max(now.getTime(), at))).toISOString();
  return db.transaction().execute(async (trx) => {
    if (!(await repo.advanceReminder(trx, row.id, payload.at, following))) return false;
    await enqueueFire(trx, row.id, following);
    if (!deliver) return false;
    await sendReminder(trx, row, account.display_name);
    return true;
  });
}

/** A check-in reminder is not needed once today's check-in is done (today in the member's zone). */
async function checkedInToday(db: Executor, row: repo.ReminderRow, zone: string, now: Date): Promise<boolean> {
  if (row.kind !== 'checkin') return false;
  const latest = await latestCheckinDate(db, row.account_id);
  return latest !== null && latest >= localDate(now, zone);
}

async function sendReminder(trx: Executor, row: repo.ReminderRow, name: string): Promise<void> {
  if (row.kind === 'checkin') {
    await notify(trx, { accountId: row.account_id, kind: 'reminder.checkin', data: { reminderId: row.id } });
    return;
  }
  // The member's own words go to the member only.
  await notify(trx, { accountId: row.account_id, kind: 'reminder.high_risk', data: { reminderId: row.id, ...(row.message && { message: row.message }) } });
  if (row.tell_partner !== 1) return;
  // Partners learn only that this is a harder time, never what the member wrote.
  for (const partner of await activePartnersOf(trx, row.account_id)) {
    await notify(trx, { accountId: partner.accountId, kind: 'reminder.partner_high_risk', data: { partnershipId: partner.partnershipId, name }, actorId: row.account_id });
  }
}
