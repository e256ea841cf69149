/**
 * Aggregations for the progress charts (and their text/table alternatives): plain data in,
 * plain data out, no clock. Dates are the member's local dates; times are local HH:MM.
 */
import type { Checkin } from './checkins.js';
import { CRAVING_TRIGGERS, type Craving, type CravingTrigger } from './cravings.js';
import { dayIndex, fromDayIndex } from './local-date.js';
import { walkPeriods, type DayRecord, type ProgressGoal } from './progress.js';

export interface TriggerCount {
  trigger: CravingTrigger;
  count: number;
}

/** How many cravings named each trigger, most frequent first (ties in the list's order); unnamed triggers left out. */
export function triggerCounts(cravings: readonly Pick<Craving, 'triggers'>[]): TriggerCount[] {
  const counts = new Map<CravingTrigger, number>();
  for (const c of cravings) {
    for (const t of new Set(c.triggers)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return CRAVING_TRIGGERS.filter((t) => counts.has(t))
    .map((trigger) => ({ trigger, count: counts.get(trigger)! }))
    .sort((a, b) => b.count - a.count); // stable: ties keep CRAVING_TRIGGERS order
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Cravings per local hour of the day: 24 buckets, 00:00–00:59 first. Malformed times are left out. */
export function cravingsByHourOfDay(cravings: readonly Pick<Craving, 'localTime'>[]): number[] {
  const hours = new Array<number>(24).fill(0);
  for (const c of cravings) {
    if (TIME.test(c.localTime)) hours[Number(c.localTime.slice(0, 2))]!++;
  }
  return hours;
}

/** Parts of the day: night 00–05, morning 06–11, afternoon 12–17, evening 18–23. */
export const PARTS_OF_DAY = ['night', 'morning', 'afternoon', 'evening'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

export function cravingsByPartOfDay(cravings: readonly Pick<Craving, 'localTime'>[]): { part: PartOfDay; count: number }[] {
  const hours = cravingsByHourOfDay(cravings);
  return PARTS_OF_DAY.map((part, i) => ({ part, count: hours.slice(i * 6, i * 6 + 6).reduce((a, b) => a + b, 0) }));
}

export const SERIES_FIELDS = ['mood', 'energy', 'craving', 'stress', 'sleepHours', 'sleepQuality'] as const;
export type SeriesField = (typeof SERIES_FIELDS)[number];
export type SeriesCheckin = Pick<Checkin, 'date'> & Partial<Pick<Checkin, SeriesField>>;

/**
 * One point per date from `from` to `to` inclusive, `null` where there is no check-in or
 * it has no value for `field` (the chart shows a gap, never a made-up 0). [] when `to` is
 * before `from`. The caller bounds the range (the API accepts at most a year or so).
 */
export function dailySeries(
  checkins: readonly SeriesCheckin[],
  from: string,
  to: string,
  field: SeriesField,
): { date: string; value: number | null }[] {
  const start = dayIndex(from);
  const length = dayIndex(to) - start + 1;
  if (!(length > 0)) return [];
  const values = new Array<number | null>(length).fill(null);
  for (const c of checkins) {
    const i = dayIndex(c.date) - start;
    const v = c[field];
    if (i >= 0 && i < length && v != null && Number.isFinite(v)) values[i] = v;
  }
  return values.map((value, i) => ({ date: fromDayIndex(start + i), value }));
}

export const CALENDAR_STATES = ['met', 'lapse', 'not_met', 'untracked', 'before_start', 'future'] as const;
export type CalendarState = (typeof CALENDAR_STATES)[number];

/**
 * A goal's days from `from` to `to` for the heat map, judged exactly as goalProgress judges
 * them (same walk over the periods). A day takes its period's state, so for weekly targets
 * the whole week shows met or not met. An abstain day that is not met is a `lapse`; for
 * reduce and build it is `not_met`. Today, while still undecided, is `untracked`; days
 * after today are `future` (today is a parameter: this function reads no clock).
 */
export function goalCalendar(
  goal: ProgressGoal,
  days: readonly DayRecord[],
  from: string,
  to: string,
  today: string,
): { date: string; state: CalendarState }[] {
  const fromIdx = dayIndex(from);
  const length = dayIndex(to) - fromIdx + 1;
  if (!(length > 0)) return [];
  const startIdx = dayIndex(goal.startDate);
  const todayIdx = dayIndex(today);
  const states = new Array<CalendarState>(length);
  for (let i = 0; i < length; i++) {
    const d = fromIdx + i;
    states[i] = d < startIdx ? 'before_start' : d > todayIdx ? 'future' : 'untracked';
  }
  const notMet: CalendarState = goal.kind === 'abstain' ? 'lapse' : 'not_met';
  walkPeriods(goal, days, today, (start, end, state) => {
    if (state === 'untracked' || state === 'undecided') return;
    const last = Math.min(end, todayIdx, fromIdx + length - 1);
    for (let d = Math.max(start, fromIdx); d <= last; d++) states[d - fromIdx] = state === 'met' ? 'met' : notMet;
  });
  return states.map((state, i) => ({ date: fromDayIndex(fromIdx + i), state }));
}
