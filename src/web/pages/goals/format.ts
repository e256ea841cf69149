import { localDate } from '../../../shared/recovery/local-date.js';

/** "Sun, Mar 1, 2026" for a member's calendar date (YYYY-MM-DD), whatever the device clock says. */
export function formatDay(date: string, locale: string, style: 'short' | 'long' = 'short'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }
      : { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(`${date}T12:00:00Z`));
}

/** "Sep 30" within the year of `today`, "Sep 30, 2025" otherwise: short enough for a bar label. */
export function formatCompactDay(date: string, locale: string, today: string): string {
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  const options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', timeZone: 'UTC', ...(sameYear ? {} : { year: 'numeric' }) };
  return new Intl.DateTimeFormat(locale, options).format(new Date(`${date}T12:00:00Z`));
}

/** The member's today in their own time zone. */
export function todayIn(timeZone: string): string {
  return localDate(new Date(), timeZone);
}

export function formatPercent(value: number | null, locale: string): string | null {
  if (value === null) return null;
  // The API answers a percentage (0–100, one decimal); a whole percentage reads better.
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}
