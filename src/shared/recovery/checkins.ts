import { z } from 'zod';
import { isCalendarDate } from './local-date.js';

/** Daily check-in: one per member per local day; back-fill reaches this far. */
export const BACKFILL_DAYS = 90;
export const MAX_STRATEGIES = 10;

export const localDateSchema = z.string().refine(isCalendarDate, 'must be a date YYYY-MM-DD');
const scale = (min: number, max: number) =>
  z.int('must be a whole number').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);
export const strategySchema = z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');

/** What a member records about one day. `goals` answers "substance-free today?" per abstain goal. */
export const checkinBody = z.strictObject({
  mood: scale(1, 5),
  energy: scale(1, 5),
  craving: scale(0, 10),
  stress: scale(0, 10),
  sleepHours: z.number('must be a number').min(0, 'must be at least 0').max(24, 'must be at most 24').nullable().optional(),
  sleepQuality: scale(1, 5).nullable().optional(),
  meals: z.boolean('must be true or false').nullable().optional(),
  note: z.string().max(4000, 'must be at most 4000 characters').nullable().optional(),
  strategies: z.array(strategySchema).max(MAX_STRATEGIES, `must list at most ${MAX_STRATEGIES}`).optional(),
  goals: z
    .array(z.strictObject({ goalId: z.uuid('must be a goal id'), met: z.boolean('must be true or false') }))
    .max(20)
    .optional(),
});
export type CheckinInput = z.infer<typeof checkinBody>;

/** A "substance-free that day?" answer: an abstain goal's day record on the check-in's date. */
export const checkinGoalAnswerSchema = z.object({ goalId: z.string(), met: z.boolean() });
export type CheckinGoalAnswer = z.infer<typeof checkinGoalAnswerSchema>;

export const checkinSchema = z.object({
  date: z.string(),
  mood: z.number(),
  energy: z.number(),
  craving: z.number(),
  stress: z.number(),
  sleepHours: z.number().nullable(),
  sleepQuality: z.number().nullable(),
  meals: z.boolean().nullable(),
  note: z.string().nullable(),
  strategies: z.array(z.string()),
  /** Each of the member's abstain goals with a day record on this date (met: false = a lapse). */
  goals: z.array(checkinGoalAnswerSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Checkin = z.infer<typeof checkinSchema>;

export const checkinDateParams = z.strictObject({ date: localDateSchema });
export const dateRangeQuery = z.strictObject({ from: localDateSchema, to: localDateSchema });

/** Today's date for the member and how far back they may fill in, so the client needs no clock maths. */
export const checkinWindowSchema = z.object({ today: z.string(), earliest: z.string(), timeZone: z.string() });
