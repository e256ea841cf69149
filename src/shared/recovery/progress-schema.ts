import { z } from 'zod';

/** The figures derived for one goal (see progress.ts). A period is a day, or a week for weekly targets. */
export const MILESTONE_KINDS = ['streak', 'cumulative', 'achieved'] as const;
export const milestoneSchema = z.object({ kind: z.enum(MILESTONE_KINDS), days: z.number(), reachedOn: z.string() });
export type Milestone = z.infer<typeof milestoneSchema>;

export const attemptSchema = z.object({ start: z.string(), end: z.string().nullable(), length: z.number() });

export const goalProgressSchema = z.object({
  goalId: z.string(),
  asOf: z.string(),
  unit: z.enum(['day', 'week']),
  currentStreak: z.number(),
  longestStreak: z.number(),
  totalDaysMet: z.number(),
  daysTracked: z.number(),
  percentDaysMet30: z.number().nullable(),
  percentDaysMet90: z.number().nullable(),
  attempts: z.array(attemptSchema),
  milestones: z.array(milestoneSchema),
  nextMilestone: z.object({ kind: z.enum(['streak', 'cumulative']), days: z.number(), remaining: z.number() }).nullable(),
});
export type GoalProgress = z.infer<typeof goalProgressSchema>;
