/**
 * A member's days are local calendar dates (`YYYY-MM-DD`) in their own time zone. These
 * helpers do date arithmetic on such strings without ever going through local midnight
 * instants, so daylight-saving changes cannot shift a day.
 */
export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date at `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * Days since 1970-01-01 for a calendar date (no time zone involved); NaN for anything that
 * is not YYYY-MM-DD with a month 01–12 and a day 01–31 (like Date.parse, a day past the
 * month's end rolls over: 2026-02-30 is 2026-03-02). Arithmetic after Howard Hinnant's
 * days_from_civil instead of Date.parse, which costs about half a microsecond a call and
 * adds up over a year of day records.
 */
export function dayIndex(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return NaN;
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return NaN; // also catches NaN from digits()
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The decimal number in `s[from, to)`, or NaN when a character is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}

/** The date of a day index (years 0000–9999), by Hinnant's civil_from_days: Date#toISOString costs microseconds. */
export function fromDayIndex(index: number): string {
  const z = index + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function addDays(date: string, days: number): string {
  return fromDayIndex(dayIndex(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayIndex(to) - dayIndex(from);
}

/** True for a real calendar date such as 2026-02-28 (and not 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!LOCAL_DATE_PATTERN.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === value;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  // 1970-01-01 was a Thursday.
  return (((dayIndex(date) + 4) % 7) + 7) % 7;
}

/** The Monday that starts the ISO week of `date`. */
export function weekStart(date: string): string {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/** The day index of the Monday that starts the ISO week of day index `index`. */
export function weekStartIndex(index: number): number {
  // Day 0 (1970-01-01) was a Thursday, three days after a Monday.
  return index - ((((index + 3) % 7) + 7) % 7);
}
