import type { Weekday } from '../../shared/recurrence.js';

/** Localised weekday names keyed by RFC 5545 code; 2027-03-07 is a Sunday. */
export function weekdayNames(locale: string): Record<Weekday, { long: string; short: string }> {
  const codes: Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const entries = codes.map((code, i) => {
    const day = new Date(Date.UTC(2027, 2, 7 + i));
    const name = long.format(day);
    return [code, { long: name.charAt(0).toLocaleUpperCase(locale) + name.slice(1), short: short.format(day) }];
  });
  return Object.fromEntries(entries) as Record<Weekday, { long: string; short: string }>;
}
