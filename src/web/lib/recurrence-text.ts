import type { TFunction } from 'i18next';
import type { DirectoryMeeting } from '../api/meetings.js';
import { weekdayNames } from './weekdays.js';

/** "19:00" → "7:00 PM" in the member's locale (a wall-clock time, no zone involved). */
export function wallClock(time: string, locale: string): string {
  const [h, m] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2027, 0, 4, h, m));
}

/** "Every Tuesday and Thursday" / "Last Monday of the month", in the member's language. */
export function recurrenceText(rec: DirectoryMeeting['recurrence'], locale: string, t: TFunction): string {
  const names = weekdayNames(locale);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  if (rec.freq === 'weekly') {
    const days = list.format(rec.byDay.map((d) => names[d].long));
    return rec.interval > 1 ? t('recurrence.weeklyInterval', { days, count: rec.interval }) : t('recurrence.weekly', { days });
  }
  const days = list.format(rec.byDay.map((b) => t('recurrence.nthDay', { nth: t(`recurrence.nth.${b.nth === -1 ? 'last' : b.nth}`), day: names[b.day].long })));
  return t('recurrence.monthly', { days });
}
