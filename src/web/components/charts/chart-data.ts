import { addDays, dayIndex, weekday } from '../../../shared/recovery/local-date.js';

/**
 * Layout helpers for the Progress charts. The aggregations themselves (series, trigger
 * counts, the goal calendar) are in src/shared/recovery/insights.ts.
 */

/** Mean, lowest and highest of the recorded values, or null when there are none. */
export function summarise(values: readonly (number | null)[]): { mean: number; min: number; max: number; count: number } | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  const sum = present.reduce((a, b) => a + b, 0);
  return { mean: sum / present.length, min: Math.min(...present), max: Math.max(...present), count: present.length };
}

/**
 * Calendar weeks (Monday first) covering `from`…`to`; days outside the range are null, so
 * every week has seven cells and the grid lines up with the weekday headings.
 */
export function calendarWeeks(from: string, to: string): (string | null)[][] {
  const weeks: (string | null)[][] = [];
  let week: (string | null)[] = Array.from({ length: (weekday(from) + 6) % 7 }, () => null);
  for (let d = from; dayIndex(d) <= dayIndex(to); d = addDays(d, 1)) {
    week.push(d);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}
