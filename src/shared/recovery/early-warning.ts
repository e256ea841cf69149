/**
 * Early-warning signs over a member's last 14 days: a pure, explainable function. Each
 * signal carries the numbers that made it (`facts`), so the Today screen can say exactly
 * why, and gentle next steps. The thresholds are deliberately conservative: a sign needs
 * several days of data and a clear pattern, because a false alarm on a good week teaches
 * a member to ignore the screen. Nothing here diagnoses; it points at the safety plan,
 * people and meetings.
 */
import { z } from 'zod';
import { dayIndex } from './local-date.js';
import type { Checkin } from './checkins.js';
import type { Craving } from './cravings.js';

export const SIGNAL_CODES = ['cravings_rising', 'mood_falling', 'short_sleep', 'no_recent_checkin', 'missed_meetings', 'halt'] as const;
export const NEXT_STEPS = ['open_safety_plan', 'reach_out', 'go_to_meeting', 'log_craving', 'rest'] as const;
export const signalSchema = z.object({
  code: z.enum(SIGNAL_CODES),
  severity: z.enum(['gentle', 'notice']),
  facts: z.record(z.string(), z.number()),
  nextSteps: z.array(z.enum(NEXT_STEPS)),
});
export type Signal = z.infer<typeof signalSchema>;

export interface EarlyWarningInput {
  /** The member's local date. */
  today: string;
  checkins: readonly Pick<Checkin, 'date' | 'mood' | 'energy' | 'craving' | 'stress' | 'sleepHours' | 'meals'>[];
  cravings: readonly Pick<Craving, 'localDate' | 'intensity' | 'triggers' | 'outcome'>[];
  /** Meetings of the member's groups in the same 14 days. */
  meetings: { attended: number; missed: number };
  /** The latest check-in ever, which may be older than the window. */
  lastCheckinDate: string | null;
}

export const WINDOW_DAYS = 14;
/** A trend needs data on at least 5 days, the first and last at least a week apart. */
const TREND_MIN_DAYS = 5;
const TREND_MIN_SPAN = 6;
/** Cravings (0–10) rising by a quarter point a day, about 1.75 a week, is a clear climb. */
const CRAVING_RISE_PER_DAY = 0.25;
/** Mood (1–5) falling by a tenth of a point a day, about 0.7 a week: the same share of its scale. */
const MOOD_DROP_PER_DAY = 0.1;
/** Short sleep is under 6 hours; three such nights in 14 days is a sign, six a louder one. */
const SHORT_SLEEP_HOURS = 6;
const SHORT_NIGHTS = 3;
const SHORT_NIGHTS_NOTICE = 6;
/** Full days (today not counted, it is not over) without a check-in. */
const QUIET_DAYS = 3;
const QUIET_DAYS_NOTICE = 7;
/** HALT: a day with at least 2 of hungry, angry, lonely, tired, on at least 2 of the last 3 days. */
const HALT_DAYS = 3;
const HALT_SIGNS_PER_DAY = 2;
const HALT_MIN_DAYS = 2;
const HIGH_STRESS = 7;
const LOW_ENERGY = 2;

/** Per day of the window (0 = 13 days ago … 13 = today), the values that decide; NaN = nothing recorded. */
interface Days {
  mood: Float64Array;
  craving: Float64Array;
  energy: Float64Array;
  stress: Float64Array;
  sleep: Float64Array;
  skippedMeals: Uint8Array;
  triggers: Set<string>[];
}

const num = (v: number | null | undefined) => (v != null && Number.isFinite(v) ? v : NaN);
/** Order-independent merging of two records of one day: NaN is "none yet". */
const lower = (a: number, b: number) => (Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.min(a, b));
const higher = (a: number, b: number) => (Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.max(a, b));
const round1 = (v: number) => Math.round(v * 10) / 10;

function collect(input: EarlyWarningInput, todayIdx: number): Days {
  const nan = () => new Float64Array(WINDOW_DAYS).fill(NaN);
  const days: Days = {
    mood: nan(),
    craving: nan(),
    energy: nan(),
    stress: nan(),
    sleep: nan(),
    skippedMeals: new Uint8Array(WINDOW_DAYS),
    triggers: Array.from({ length: WINDOW_DAYS }, () => new Set<string>()),
  };
  const slot = (date: string) => {
    const i = WINDOW_DAYS - 1 - (todayIdx - dayIndex(date));
    return i >= 0 && i < WINDOW_DAYS ? i : -1;
  };
  for (const c of input.checkins) {
    const i = slot(c.date);
    if (i < 0) continue;
    // Two records of one day (should not happen) count the harder one, whatever their order.
    days.mood[i] = lower(days.mood[i]!, num(c.mood));
    days.energy[i] = lower(days.energy[i]!, num(c.energy));
    days.sleep[i] = lower(days.sleep[i]!, num(c.sleepHours));
    days.craving[i] = higher(days.craving[i]!, num(c.craving));
    days.stress[i] = higher(days.stress[i]!, num(c.stress));
    if (c.meals === false) days.skippedMeals[i] = 1;
  }
  for (const c of input.cravings) {
    const i = slot(c.localDate);
    if (i < 0) continue;
    // A day's craving level is its strongest: the check-in rating or a logged craving.
    days.craving[i] = higher(days.craving[i]!, num(c.intensity));
    for (const t of c.triggers) days.triggers[i]!.add(t);
  }
  return days;
}

/** Least-squares slope per day over the days with a value, with how many and the latest. */
function trend(values: Float64Array): { days: number; slope: number; latest: number; mean: number } | null {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  let first = -1;
  let last = -1;
  for (let x = 0; x < values.length; x++) {
    const y = values[x]!;
    if (Number.isNaN(y)) continue;
    n++;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
    if (first < 0) first = x;
    last = x;
  }
  if (n < TREND_MIN_DAYS || last - first < TREND_MIN_SPAN) return null;
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return { days: n, slope, latest: values[last]!, mean: sy / n };
}

function cravingsRising(days: Days): Signal | null {
  const t = trend(days.craving);
  // The latest day must still be above the fortnight's average: a climb that has already come down is not a warning.
  if (!t || t.slope < CRAVING_RISE_PER_DAY || t.latest <= t.mean) return null;
  return {
    code: 'cravings_rising',
    severity: t.latest >= 7 ? 'notice' : 'gentle',
    facts: { days: t.days, risePerWeek: round1(t.slope * 7), latest: t.latest },
    nextSteps: ['log_craving', 'open_safety_plan', 'reach_out'],
  };
}

function moodFalling(days: Days): Signal | null {
  const t = trend(days.mood);
  if (!t || t.slope > -MOOD_DROP_PER_DAY || t.latest >= t.mean) return null;
  return {
    code: 'mood_falling',
    severity: t.latest <= 2 ? 'notice' : 'gentle',
    facts: { days: t.days, dropPerWeek: round1(-t.slope * 7), latest: t.latest },
    nextSteps: ['reach_out', 'go_to_meeting', 'open_safety_plan'],
  };
}

function shortSleep(days: Days): Signal | null {
  const nights = days.sleep.reduce((n, h) => (h < SHORT_SLEEP_HOURS ? n + 1 : n), 0); // NaN < 6 is false
  if (nights < SHORT_NIGHTS) return null;
  return {
    code: 'short_sleep',
    severity: nights >= SHORT_NIGHTS_NOTICE ? 'notice' : 'gentle',
    facts: { nights, hours: SHORT_SLEEP_HOURS, days: WINDOW_DAYS },
    nextSteps: ['rest', 'reach_out'],
  };
}

function noRecentCheckin(input: EarlyWarningInput, todayIdx: number): Signal | null {
  let last = input.lastCheckinDate === null ? NaN : dayIndex(input.lastCheckinDate);
  for (const c of input.checkins) {
    const i = dayIndex(c.date);
    if (i <= todayIdx) last = higher(last, i);
  }
  // Never checked in: nothing to miss yet (Today invites the first check-in anyway).
  if (Number.isNaN(last) || last > todayIdx) return null;
  const quiet = todayIdx - last - 1;
  if (quiet < QUIET_DAYS) return null;
  return { code: 'no_recent_checkin', severity: quiet >= QUIET_DAYS_NOTICE ? 'notice' : 'gentle', facts: { days: quiet }, nextSteps: ['reach_out'] };
}

function missedMeetings(meetings: EarlyWarningInput['meetings']): Signal | null {
  const missed = Math.max(0, num(meetings.missed) || 0);
  const attended = Math.max(0, num(meetings.attended) || 0);
  if (!(missed >= 2 || missed > attended)) return null;
  return {
    code: 'missed_meetings',
    severity: missed >= 3 && attended === 0 ? 'notice' : 'gentle',
    facts: { missed, attended },
    nextSteps: ['go_to_meeting', 'reach_out'],
  };
}

function halt(days: Days): Signal | null {
  const counts = { hungry: 0, angry: 0, lonely: 0, tired: 0 };
  let haltDays = 0;
  for (let i = WINDOW_DAYS - HALT_DAYS; i < WINDOW_DAYS; i++) {
    const t = days.triggers[i]!;
    const hungry = days.skippedMeals[i] === 1 || t.has('hunger');
    const angry = days.stress[i]! >= HIGH_STRESS || t.has('anger');
    const lonely = t.has('loneliness');
    const tired = days.sleep[i]! < SHORT_SLEEP_HOURS || days.energy[i]! <= LOW_ENERGY || t.has('tiredness');
    if (+hungry + +angry + +lonely + +tired < HALT_SIGNS_PER_DAY) continue;
    haltDays++;
    counts.hungry += +hungry;
    counts.angry += +angry;
    counts.lonely += +lonely;
    counts.tired += +tired;
  }
  if (haltDays < HALT_MIN_DAYS) return null;
  return {
    code: 'halt',
    severity: haltDays === HALT_DAYS ? 'notice' : 'gentle',
    // Per sign, on how many of those days it showed.
    facts: { days: haltDays, ofDays: HALT_DAYS, ...counts },
    nextSteps: ['reach_out', 'rest', 'open_safety_plan'],
  };
}

/** The signs found, in the fixed order of SIGNAL_CODES; [] when today is not a date. */
export function earlyWarningSigns(input: EarlyWarningInput): Signal[] {
  const todayIdx = dayIndex(input.today);
  if (Number.isNaN(todayIdx)) return [];
  const days = collect(input, todayIdx);
  return [
    cravingsRising(days),
    moodFalling(days),
    shortSleep(days),
    noRecentCheckin(input, todayIdx),
    missedMeetings(input.meetings),
    halt(days),
  ].filter((s): s is Signal => s !== null);
}
