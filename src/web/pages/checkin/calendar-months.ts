import { addDays, daysBetween, weekday } from '../../../shared/recovery/local-date.js';

export interface CalendarDay {
  date: string;
  day: number;
  /** Inside the back-fill window (earliest … today): the member may fill it in. */
  selectable: boolean;
}

export interface CalendarMonth {
  /** `YYYY-MM` */
  key: string;
  /** Weeks of seven cells; `null` pads the days before the 1st and after the last. */
  weeks: Array<Array<CalendarDay | null>>;
}

const monthKey = (date: string) => date.slice(0, 7);

function daysInMonth(key: string): number {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function previousMonth(key: string): string {
  return addDays(`${key}-01`, -1).slice(0, 7);
}

/**
 * The months that hold the back-fill window, newest first (the days a member most often
 * fills in are the recent ones). `firstWeekday` is 0 for Sunday, 1 for Monday.
 */
export function calendarMonths(earliest: string, today: string, firstWeekday: 0 | 1): CalendarMonth[] {
  const months: CalendarMonth[] = [];
  for (let key = monthKey(today); key >= monthKey(earliest); key = previousMonth(key)) {
    const first = `${key}-01`;
    const lead = (weekday(first) - firstWeekday + 7) % 7;
    const cells: Array<CalendarDay | null> = Array.from({ length: lead }, () => null);
    for (let day = 1; day <= daysInMonth(key); day += 1) {
      const date = addDays(first, day - 1);
      cells.push({ date, day, selectable: daysBetween(earliest, date) >= 0 && daysBetween(date, today) >= 0 });
    }
    while (cells.length % 7 !== 0) cells.push(null);
    const weeks: CalendarMonth['weeks'] = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
    months.push({ key, weeks });
  }
  return months;
}

/** The weekday order for the column headings: 0 = Sunday … 6 = Saturday. */
export function weekdayOrder(firstWeekday: 0 | 1): number[] {
  return Array.from({ length: 7 }, (_, i) => (i + firstWeekday) % 7);
}

/** Weeks start on Sunday in English (US) and on Monday in Spanish. */
export function firstWeekdayFor(language: string): 0 | 1 {
  return language.startsWith('es') ? 1 : 0;
}
