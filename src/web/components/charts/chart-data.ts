import { CRAVING_TRIGGERS, type Craving, type CravingTrigger } from '../../../shared/recovery/cravings.js';
import { addDays, dayIndex, weekday } from '../../../shared/recovery/local-date.js';

/** Plain functions that turn a member's records into what the Progress charts draw. */

/** Every date from `from` to `to`, inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** One value per date (null where nothing was recorded), in the order of `dates`. */
export function seriesOn<R extends { date: string }>(dates: readonly string[], rows: readonly R[], pick: (row: R) => number | null): (number | null)[] {
  const byDate = new Map(rows.map((r) => [r.date, pick(r)]));
  return dates.map((d) => byDate.get(d) ?? null);
}

/** Mean, lowest and highest of the recorded values, or null when there are none. */
export function summarise(values: readonly (number | null)[]): { mean: number; min: number; max: number; count: number } | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  const sum = present.reduce((a, b) => a + b, 0);
  return { mean: sum / present.length, min: Math.min(...present), max: Math.max(...present), count: present.length };
}

/** How often each trigger was named, most frequent first; triggers never named are left out. */
export function triggerCounts(cravings: readonly Pick<Craving, 'triggers'>[]): { trigger: CravingTrigger; count: number }[] {
  const counts = new Map<CravingTrigger, number>();
  for (const c of cravings) for (const t of new Set(c.triggers)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return CRAVING_TRIGGERS.filter((t) => counts.has(t))
    .map((trigger) => ({ trigger, count: counts.get(trigger)! }))
    .sort((a, b) => b.count - a.count);
}

export const DAY_PARTS = ['night', 'morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/** Night 0–6, morning 6–12, afternoon 12–18, evening 18–24, by the member's local time HH:MM. */
export function dayPartOf(localTime: string): DayPart {
  const hour = Number(localTime.slice(0, 2));
  return DAY_PARTS[Math.min(3, Math.max(0, Math.floor(hour / 6)))]!;
}

export function dayPartCounts(cravings: readonly Pick<Craving, 'localTime'>[]): { part: DayPart; count: number }[] {
  const counts = new Map<DayPart, number>(DAY_PARTS.map((p) => [p, 0]));
  for (const c of cravings) counts.set(dayPartOf(c.localTime), counts.get(dayPartOf(c.localTime))! + 1);
  return DAY_PARTS.map((part) => ({ part, count: counts.get(part)! }));
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
