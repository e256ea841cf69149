import { REMINDER_DAYS, WEEKDAYS_ONLY } from '../../../shared/reminders.js';
import type { Weekday } from '../../../shared/recurrence.js';

/** Which words describe a set of days: every day, weekdays, weekends, or the days by name. */
export type DaysKind = 'everyDay' | 'weekdays' | 'weekends' | 'some';

export function daysKind(days: readonly Weekday[]): DaysKind {
  const set = new Set(days);
  const is = (list: readonly Weekday[]) => set.size === list.length && list.every((d) => set.has(d));
  if (is(REMINDER_DAYS)) return 'everyDay';
  if (is(WEEKDAYS_ONLY)) return 'weekdays';
  if (is(['SA', 'SU'])) return 'weekends';
  return 'some';
}

/** Weekday names as they read inside a sentence ("Friday", "viernes"), Monday first. */
export function dayNames(days: readonly Weekday[], locale: string, width: 'long' | 'short' = 'long'): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  // 2027-03-08 is a Monday.
  return REMINDER_DAYS.flatMap((code, i) => (days.includes(code) ? [format.format(new Date(Date.UTC(2027, 2, 8 + i)))] : []));
}

/** "Monday, Wednesday and Friday" in the reader's language. */
export function dayList(days: readonly Weekday[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(dayNames(days, locale));
}

/** When a reminder comes next, on the member's own clock: "Friday 17:00". */
export function nextTimeText(iso: string, locale: string, timeZone: string): string {
  const at = new Date(iso);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone }).format(at);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(at);
  return `${weekday.charAt(0).toLocaleUpperCase(locale)}${weekday.slice(1)} ${time}`;
}
