import { z } from 'zod';
import { localDateSchema } from './checkins.js';

/**
 * Goals: `abstain` (days without something; a recovery clock), `reduce` (at most N per day
 * or week), `build` (at least N per day or week). Figures such as streaks are derived from
 * the day records (see progress.ts), never stored.
 */
export const GOAL_KINDS = ['abstain', 'reduce', 'build'] as const;
export const GOAL_STATUSES = ['active', 'achieved', 'archived'] as const;
export const TARGET_PERIODS = ['day', 'week'] as const;
export const MAX_STEPS = 10;
export type GoalKind = (typeof GOAL_KINDS)[number];

const title = z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');
const stepTitle = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');
export const targetSchema = z.strictObject({
  amount: z.number('must be a number').positive('must be more than 0').max(10_000, 'must be at most 10000'),
  per: z.enum(TARGET_PERIODS),
});
const unit = z.string().trim().min(1, 'must not be empty').max(30, 'must be at most 30 characters');

/** `target` is required for reduce and build goals and not accepted for abstain goals (checked in the service). */
export const createGoalBody = z.strictObject({
  kind: z.enum(GOAL_KINDS),
  title,
  startDate: localDateSchema,
  target: targetSchema.nullable().optional(),
  unit: unit.nullable().optional(),
  steps: z.array(stepTitle).max(MAX_STEPS, `must list at most ${MAX_STEPS}`).optional(),
});
export type CreateGoalInput = z.infer<typeof createGoalBody>;

export const updateGoalBody = z.strictObject({
  title: title.optional(),
  target: targetSchema.optional(),
  unit: unit.nullable().optional(),
  status: z.enum(GOAL_STATUSES).optional(),
});

export const stepBody = z.strictObject({ title: stepTitle });
export const stepPatch = z.strictObject({ title: stepTitle.optional(), done: z.boolean('must be true or false').optional() });

/** One day of a goal. For abstain goals `met:false` records a lapse; `time` is when, if the member says. */
export const goalDayBody = z.strictObject({
  met: z.boolean('must be true or false'),
  amount: z.number('must be a number').min(0, 'must be at least 0').max(10_000, 'must be at most 10000').nullable().optional(),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM').nullable().optional(),
});

/** After a lapse: what happened, what triggered it, what helped, what I'll try next. Kept privately. */
export const reflectionBody = z.strictObject({
  whatHappened: z.string().trim().max(2000, 'must be at most 2000 characters').nullable().optional(),
  trigger: z.string().trim().max(1000, 'must be at most 1000 characters').nullable().optional(),
  whatHelped: z.string().trim().max(1000, 'must be at most 1000 characters').nullable().optional(),
  nextTime: z.string().trim().max(1000, 'must be at most 1000 characters').nullable().optional(),
});

export const goalParams = z.strictObject({ id: z.uuid('must be a goal id') });
export const goalDayParams = goalParams.extend({ date: localDateSchema });
export const stepParams = goalParams.extend({ stepId: z.uuid('must be a step id') });

export const stepSchema = z.object({ id: z.string(), title: z.string(), done: z.boolean(), doneAt: z.string().nullable() });
export const goalSchema = z.object({
  id: z.string(),
  kind: z.enum(GOAL_KINDS),
  title: z.string(),
  startDate: z.string(),
  target: z.object({ amount: z.number(), per: z.enum(TARGET_PERIODS) }).nullable(),
  unit: z.string().nullable(),
  status: z.enum(GOAL_STATUSES),
  achievedOn: z.string().nullable(),
  steps: z.array(stepSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Goal = z.infer<typeof goalSchema>;

export const goalDaySchema = z.object({
  date: z.string(),
  met: z.boolean(),
  amount: z.number().nullable(),
  time: z.string().nullable(),
  reflection: z
    .object({ whatHappened: z.string().nullable(), trigger: z.string().nullable(), whatHelped: z.string().nullable(), nextTime: z.string().nullable() })
    .nullable(),
  updatedAt: z.string(),
});
export type GoalDay = z.infer<typeof goalDaySchema>;
