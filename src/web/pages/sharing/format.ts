/** A local date (YYYY-MM-DD) read as a calendar day: formatted at UTC so it never shifts a day. */
export function formatDay(date: string, language: string, options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }) {
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
