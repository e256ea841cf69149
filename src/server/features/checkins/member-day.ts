import { Invalid } from '../../errors.js';
import { addDays, localDate } from '../../../shared/recovery/local-date.js';
import { BACKFILL_DAYS } from '../../../shared/recovery/checkins.js';

/** The member's own calendar: today in their time zone and how far back they may fill in. */
export function memberCalendar(timeZone: string, now = new Date()) {
  const today = localDate(now, timeZone);
  return { today, earliest: addDays(today, -BACKFILL_DAYS), timeZone };
}

/** A date in the member's future is refused, naming the field. */
export function refuseFuture(date: string, today: string, field = 'params.date'): void {
  if (date > today) throw new Invalid(`${field} is in the future`, [{ field, message: `is after today (${today}) in your time zone` }]);
}

/** A from/to pair of local dates: in order and at most `maxDays` apart. */
export function checkDateRange(from: string, to: string, maxDays = 400): void {
  if (to < from) throw new Invalid('querystring.to must not be before from', [{ field: 'querystring.to', message: 'must not be before from' }]);
  if (addDays(from, maxDays) < to) {
    throw new Invalid(`querystring.to must be at most ${maxDays} days after from`, [
      { field: 'querystring.to', message: `must be at most ${maxDays} days after from` },
    ]);
  }
}
