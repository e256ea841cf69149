/**
 * Reminders: a daily check-in reminder, or a high-risk window (a time of the week that is
 * harder for the member, with their own words to read when it starts). Shared by server
 * and web: the request/response schemas and the pure scheduling rule.
 */
import { z } from 'zod';
import { dayIndex, fromDayIndex, localDate } from './recovery/local-date.js';
import { utcToWallClock, wallClockToUtc, zoneOffset } from './recurrence-zone.js';
import { WEEKDAYS, type Weekday } from './recurrence.js';

export const REMINDER_KINDS = ['checkin', 'high_risk'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
/** Monday first, the order days are shown and stored in. */
export const REMINDER_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const satisfies readonly Weekday[];
export const WEEKDAYS_ONLY: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
export const MAX_REMINDERS = 20;
export const MAX_MESSAGE = 200;

const time = z.string('must be a local time HH:MM').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM');
const days = z
  .array(z.enum(REMINDER_DAYS, 'must be one of MO, TU, WE, TH, FR, SA, SU'), 'must be a list of days')
  .min(1, 'must name at least one day')
  .refine((list) => new Set(list).size === list.length, 'must not repeat a day');
const message = z.string('must be text').trim().max(MAX_MESSAGE, `must be at most ${MAX_MESSAGE} characters`);

/** endTime, message and tellPartner belong to high-risk windows only (checked here for a new reminder, in the service for a change). */
export const reminderBody = z
  .strictObject({
    kind: z.enum(REMINDER_KINDS, 'must be checkin or high_risk'),
    days,
    time,
    endTime: time.nullable().optional(),
    message: message.nullable().optional(),
    tellPartner: z.boolean('must be true or false').optional(),
    active: z.boolean('must be true or false').optional(),
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'high_risk') return;
    for (const key of ['endTime', 'message', 'tellPartner'] as const) {
      if (body[key] != null) ctx.addIssue({ code: 'custom', path: [key], message: 'is only for a high-risk window (kind high_risk)' });
    }
  });
export type ReminderInput = z.infer<typeof reminderBody>;

export const reminderPatch = z.strictObject({
  days: days.optional(),
  time: time.optional(),
  endTime: time.nullable().optional(),
  message: message.nullable().optional(),
  tellPartner: z.boolean('must be true or false').optional(),
  active: z.boolean('must be true or false').optional(),
});
export type ReminderPatch = z.infer<typeof reminderPatch>;

export const reminderParams = z.strictObject({ id: z.uuid('must be a reminder id') });

export const reminderSchema = z.object({
  id: z.string(),
  kind: z.enum(REMINDER_KINDS),
  days: z.array(z.enum(REMINDER_DAYS)),
  time: z.string(),
  endTime: z.string().nullable(),
  message: z.string().nullable(),
  tellPartner: z.boolean(),
  active: z.boolean(),
  /** The next time it fires (UTC), null when switched off. */
  nextAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Reminder = z.infer<typeof reminderSchema>;

export interface ReminderSpec {
  days: readonly Weekday[];
  /** Local wall-clock HH:MM. */
  time: string;
  timeZone: string;
}

const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * The first instant strictly after `after` at which the wall clock in `timeZone` shows
 * `time` on one of `days`.
 *
 * - A time the clocks skip (02:30 on a spring-forward night) fires at the first instant
 *   after the gap (03:00 local), not an hour late as a meeting would.
 * - A time that happens twice (fall-back) fires once, at its first occurrence.
 */
export function nextReminderAt(spec: ReminderSpec, after: Date): Date {
  const wanted = new Set(spec.days.map((d) => WEEKDAYS.indexOf(d)));
  if (wanted.size === 0) throw new Error('a reminder needs at least one day');
  const [hours, minutes] = spec.time.split(':').map(Number) as [number, number];
  const limit = after.getTime();
  // From the day before today (local) to a week ahead: a week always holds a wanted day.
  const today = dayIndex(localDate(after, spec.timeZone));
  for (let day = today - 1; day <= today + 8; day++) {
    if (!wanted.has(weekdayOf(day))) continue;
    const at = fireInstant(spec.timeZone, day * DAY + (hours * 60 + minutes) * MINUTE);
    if (at > limit) return new Date(at);
  }
  throw new Error(`no reminder time found after ${fromDayIndex(today)}`);
}

/** 0 = Sunday (as WEEKDAYS); day 0 (1970-01-01) was a Thursday. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The instant a wall-clock time (ms read as UTC) happens in the zone; in a gap, the end of the gap. */
function fireInstant(zone: string, wall: number): number {
  const t = wallClockToUtc(zone, wall);
  const shown = utcToWallClock(zone, t);
  if (shown === wall) return t;
  // A gap: wallClockToUtc read the time with the offset from before the gap, landing
  // `shown - wall` past the change. The change is the first instant with the new offset.
  const offsetAfter = zoneOffset(zone, t);
  let lo = t - (shown - wall);
  let hi = t;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (zoneOffset(zone, mid) === offsetAfter) hi = mid;
    else lo = mid;
  }
  return hi;
}
