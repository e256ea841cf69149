const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/** "now", "5 minutes ago", "yesterday"; after a week, the date (in the member's time zone). */
export function relativeTime(iso: string, now: number, locale: string, timeZone?: string): string {
  // A moment after `now` (a clock that ticks each minute) still reads "now", not "in 1 minute".
  const seconds = Math.min(0, (Date.parse(iso) - now) / 1000);
  const abs = Math.abs(seconds);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (abs < 45) return rtf.format(0, 'second');
  if (abs < 45 * MINUTE) return rtf.format(Math.round(seconds / MINUTE), 'minute');
  if (abs < 22 * HOUR) return rtf.format(Math.round(seconds / HOUR), 'hour');
  if (abs < 7 * DAY) return rtf.format(Math.round(seconds / DAY), 'day');
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}
