import { z } from 'zod';
import { goalSchema } from './recovery/goals.js';
import { milestoneSchema } from './recovery/progress-schema.js';
import { checkinSchema } from './recovery/checkins.js';
import { cravingSchema } from './recovery/cravings.js';
import { safetyPlanContentOut } from './safety-plan.js';

/**
 * What a member can share with someone else (the consent ledger's scopes, DESIGN.md).
 * `checkins.summary` is the day's scales only; the private notes are their own scope.
 */
export const SCOPES = ['checkins.summary', 'checkins.notes', 'goals', 'cravings', 'safety_plan', 'sos'] as const;
export type Scope = (typeof SCOPES)[number];

export const GRANT_STATUSES = ['active', 'expired', 'revoked'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];
export const MAX_PURPOSE = 200;
/** How many local days of check-ins and cravings a grantee sees. */
export const SHARED_DAYS = 14;

export const createGrantBody = z.strictObject({
  granteeAccountId: z.uuid('must be an account id'),
  scopes: z
    .array(z.enum(SCOPES))
    .min(1, 'must list at least one scope')
    .refine((list) => new Set(list).size === list.length, 'must not list a scope twice'),
  expiresAt: z.iso
    .datetime({ offset: true, error: 'must be an ISO date-time' })
    // A malformed value is reported once, by the format check above.
    .refine((v) => Number.isNaN(Date.parse(v)) || Date.parse(v) > Date.now(), 'must be in the future')
    .nullable()
    .optional(),
  purpose: z.string().trim().max(MAX_PURPOSE, `must be at most ${MAX_PURPOSE} characters`).nullable().optional(),
});
export type CreateGrantInput = z.infer<typeof createGrantBody>;

export const grantParams = z.strictObject({ id: z.uuid('must be a grant id') });
export const memberParams = z.strictObject({ accountId: z.uuid('must be an account id') });

export const grantSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  granteeId: z.string(),
  granteeName: z.string(),
  scopes: z.array(z.enum(SCOPES)),
  purpose: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  status: z.enum(GRANT_STATUSES),
  /** Set when the grant was made within a partnership or mentorship (ending it ends the grant). */
  partnershipId: z.string().nullable(),
});
export type Grant = z.infer<typeof grantSchema>;

export const grantListSchema = z.object({ given: z.array(grantSchema), received: z.array(grantSchema) });
export type GrantList = z.infer<typeof grantListSchema>;

/** Someone I could grant to: a co-member of one of my groups, or a partner or mentor. */
export const personSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  /** Names of the groups we share, for telling people with the same name apart. */
  groups: z.array(z.string()),
  partner: z.boolean(),
});
export type Person = z.infer<typeof personSchema>;
export const peopleSchema = z.object({ people: z.array(personSchema) });

/* The shared view: one optional section per scope; a section not granted is simply absent. */

/** A check-in's summary: the owner's check-in without the note and the rest. */
export const sharedCheckinSchema = checkinSchema.pick({ date: true, mood: true, energy: true, craving: true, stress: true, sleepHours: true, sleepQuality: true });
export type SharedCheckin = z.infer<typeof sharedCheckinSchema>;

export const sharedGoalSchema = goalSchema.pick({ id: true, kind: true, title: true, startDate: true, target: true, unit: true }).extend({
  unitPeriod: z.enum(['day', 'week']),
  currentStreak: z.number(),
  longestStreak: z.number(),
  percentDaysMet30: z.number().nullable(),
  /** The latest few milestones reached, newest first. */
  milestones: z.array(milestoneSchema),
});
export type SharedGoal = z.infer<typeof sharedGoalSchema>;

/** A craving without the member's own words (situation, what they did). */
export const sharedCravingSchema = cravingSchema.pick({ at: true, localDate: true, localTime: true, intensity: true, triggers: true, durationMinutes: true, outcome: true });
export type SharedCraving = z.infer<typeof sharedCravingSchema>;

export const sharedViewSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  /** The owner's today, in their time zone. */
  today: z.string(),
  scopes: z.array(z.enum(SCOPES)),
  checkins: z.object({ checkedInToday: z.boolean(), days: z.array(sharedCheckinSchema) }).optional(),
  notes: z.array(z.object({ date: z.string(), note: z.string() })).optional(),
  goals: z.array(sharedGoalSchema).optional(),
  cravings: z.array(sharedCravingSchema).optional(),
  /** null when the member has not written a plan yet. */
  safetyPlan: z.object({ version: z.number(), updatedAt: z.string(), plan: safetyPlanContentOut }).nullable().optional(),
  sos: z.object({ receivesSos: z.literal(true) }).optional(),
});
export type SharedView = z.infer<typeof sharedViewSchema>;
