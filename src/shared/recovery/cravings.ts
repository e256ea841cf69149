import { z } from 'zod';

export const CRAVING_TRIGGERS = [
  'stress', 'boredom', 'people', 'place', 'loneliness', 'tiredness', 'hunger', 'anger', 'celebration', 'other',
] as const;
export const CRAVING_OUTCOMES = ['rode_it_out', 'used'] as const;
export type CravingTrigger = (typeof CRAVING_TRIGGERS)[number];

const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullable().optional();

export const cravingBody = z.strictObject({
  at: z.iso.datetime({ offset: true, error: 'must be an ISO date-time' }),
  intensity: z.int('must be a whole number').min(0, 'must be at least 0').max(10, 'must be at most 10'),
  triggers: z.array(z.enum(CRAVING_TRIGGERS)).max(CRAVING_TRIGGERS.length),
  situation: optionalText(1000),
  durationMinutes: z.int('must be a whole number').min(0, 'must be at least 0').max(24 * 60, 'must be at most 1440').nullable().optional(),
  action: optionalText(1000),
  outcome: z.enum(CRAVING_OUTCOMES),
});
export type CravingInput = z.infer<typeof cravingBody>;

export const cravingSchema = z.object({
  id: z.string(),
  at: z.string(),
  /** The member's local date and time of day (HH:MM) when it happened, in their time zone. */
  localDate: z.string(),
  localTime: z.string(),
  intensity: z.number(),
  triggers: z.array(z.enum(CRAVING_TRIGGERS)),
  situation: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  action: z.string().nullable(),
  outcome: z.enum(CRAVING_OUTCOMES),
  createdAt: z.string(),
});
export type Craving = z.infer<typeof cravingSchema>;

export const cravingRangeQuery = z.strictObject({
  from: z.iso.datetime({ offset: true, error: 'must be an ISO date-time' }),
  to: z.iso.datetime({ offset: true, error: 'must be an ISO date-time' }),
});
