import { z } from 'zod';
import { languagesSchema } from './groups.js';
import { SCOPES, type Scope } from './sharing.js';

/** Schemas shared by the API and the web client: partnerships, mentorships, nudges, the thread. */

/** The consent scopes a partner may share: every scope of the consent ledger. */
export const SHARE_SCOPES = SCOPES;
export type ShareScope = Scope;

export const PARTNERSHIP_KINDS = ['partner', 'mentor'] as const;
export const RHYTHMS = ['daily', 'weekdays', 'custom'] as const;
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const NUDGES = ['thinking_of_you', 'check_in', 'custom'] as const;
export const MENTOR_FOCUS = ['alcohol', 'opioids', 'stimulants', 'cannabis', 'gambling', 'early_recovery', 'family', 'lgbtq', 'young_people'] as const;
export const MENTOR_STATUSES = ['pending', 'approved', 'declined'] as const;

/**
 * What a member sees of a partnership's state. A declined or withdrawn request reads as
 * 'closed' for both people: the requester never learns that they were turned down.
 */
export const PARTNERSHIP_STATES = ['pending', 'active', 'closed', 'ended'] as const;

export const MESSAGE_MAX = 500;
export const NUDGE_TEXT_MAX = 200;
export const REQUEST_NOTE_MAX = 300;
export const NUDGES_PER_DAY = 5;

export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];
export type Rhythm = (typeof RHYTHMS)[number];
export type Weekday = (typeof WEEKDAYS)[number];
export type Nudge = (typeof NUDGES)[number];
export type MentorFocus = (typeof MENTOR_FOCUS)[number];
export type PartnershipState = (typeof PARTNERSHIP_STATES)[number];

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (00:00–23:59)');
const noteSchema = z.string().trim().max(REQUEST_NOTE_MAX, `must be at most ${REQUEST_NOTE_MAX} characters`);
export const shareScopeSchema = z.enum(SHARE_SCOPES);
export const rhythmDaysSchema = z
  .array(z.enum(WEEKDAYS))
  .max(7)
  .refine((d) => new Set(d).size === d.length, 'must not repeat a day');

const rhythmFields = {
  rhythm: z.enum(RHYTHMS).optional(),
  rhythmDays: rhythmDaysSchema.optional(),
  quietStart: timeOfDay.nullable().optional(),
  quietEnd: timeOfDay.nullable().optional(),
};

/** Quiet hours come as a pair; a custom rhythm names at least one day. */
function checkRhythm(value: { rhythm?: Rhythm; rhythmDays?: Weekday[]; quietStart?: string | null; quietEnd?: string | null }, ctx: z.RefinementCtx) {
  if ((value.quietStart === undefined) !== (value.quietEnd === undefined) || (value.quietStart === null) !== (value.quietEnd === null)) {
    ctx.addIssue({ code: 'custom', path: ['quietEnd'], message: 'quietStart and quietEnd go together' });
  }
  if (value.rhythm === 'custom' && !value.rhythmDays?.length) {
    ctx.addIssue({ code: 'custom', path: ['rhythmDays'], message: 'must name at least one day for a custom rhythm' });
  }
}

export const partnershipRequestBody = z
  .strictObject({ accountId: z.uuid('must be an account id'), message: noteSchema.optional(), ...rhythmFields })
  .superRefine(checkRhythm);
export const mentorshipRequestBody = z.strictObject({
  mentorAccountId: z.uuid('must be an account id'),
  groupId: z.uuid('must be a group id'),
  message: noteSchema.optional(),
});
export const partnershipPatchBody = z.strictObject(rhythmFields).superRefine(checkRhythm);
export const sharingBody = z.strictObject({
  scopes: z
    .array(shareScopeSchema)
    .max(SHARE_SCOPES.length)
    .refine((s) => new Set(s).size === s.length, 'must not repeat a scope'),
});
export const nudgeBody = z
  .strictObject({
    nudge: z.enum(NUDGES),
    text: z.string().trim().min(1, 'must not be empty').max(NUDGE_TEXT_MAX, `must be at most ${NUDGE_TEXT_MAX} characters`).optional(),
  })
  .refine((b) => b.nudge !== 'custom' || b.text, { path: ['text'], message: 'is needed for a custom nudge' });
export const messageBody = z.strictObject({
  body: z.string().trim().min(1, 'must not be empty').max(MESSAGE_MAX, `must be at most ${MESSAGE_MAX} characters`),
});
export const partnershipParams = z.strictObject({ id: z.uuid('must be a partnership id') });
export const messagesQuery = z.strictObject({ before: z.iso.datetime('must be an ISO date-time').optional() });

export const partnershipSchema = z.object({
  id: z.string(),
  kind: z.enum(PARTNERSHIP_KINDS),
  state: z.enum(PARTNERSHIP_STATES),
  /** Whether I asked (requester) or was asked (addressee). */
  myRole: z.enum(['requester', 'addressee']),
  /** What the other person is to me. */
  otherRole: z.enum(['partner', 'mentor', 'mentee']),
  other: z.object({ accountId: z.string(), name: z.string() }),
  groupId: z.string().nullable(),
  message: z.string().nullable(),
  rhythm: z.enum(RHYTHMS),
  rhythmDays: z.array(z.enum(WEEKDAYS)),
  quietStart: z.string().nullable(),
  quietEnd: z.string().nullable(),
  myScopes: z.array(shareScopeSchema),
  theirScopes: z.array(shareScopeSchema),
  /** Whether they checked in today (their day); null when they do not share check-ins with me. */
  checkedInToday: z.boolean().nullable(),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});
export type Partnership = z.infer<typeof partnershipSchema>;

export const partnershipListSchema = z.object({
  active: z.array(partnershipSchema),
  incoming: z.array(partnershipSchema),
  outgoing: z.array(partnershipSchema),
  closed: z.array(partnershipSchema),
});
export type PartnershipList = z.infer<typeof partnershipListSchema>;

export const partnerMessageSchema = z.object({
  id: z.string(),
  kind: z.enum(['message', 'nudge']),
  mine: z.boolean(),
  /** The text; for a preset nudge, null (the app says it in the reader's language). */
  body: z.string().nullable(),
  nudge: z.enum(NUDGES).nullable(),
  createdAt: z.string(),
});
export type PartnerMessage = z.infer<typeof partnerMessageSchema>;

/* Mentors */

export const mentorProfileBody = z.strictObject({
  languages: languagesSchema,
  focus: z
    .array(z.enum(MENTOR_FOCUS))
    .max(MENTOR_FOCUS.length)
    .refine((f) => new Set(f).size === f.length, 'must not repeat a focus'),
  availability: z.string().trim().max(200, 'must be at most 200 characters'),
  about: z.string().trim().max(1000, 'must be at most 1000 characters').optional(),
  capacity: z.number().int('must be a whole number').min(1, 'must be at least 1').max(10, 'must be at most 10'),
  active: z.boolean(),
});
export type MentorProfileInput = z.infer<typeof mentorProfileBody>;

export const mentorProfileSchema = z.object({
  languages: z.array(z.string()),
  focus: z.array(z.enum(MENTOR_FOCUS)),
  availability: z.string(),
  about: z.string().nullable(),
  capacity: z.number(),
  active: z.boolean(),
  mentees: z.number(),
});
export type MentorProfile = z.infer<typeof mentorProfileSchema>;

export const mentorOfferSchema = z.object({
  groupId: z.string(),
  groupName: z.string(),
  status: z.enum([...MENTOR_STATUSES, 'none']),
});
export const myMentoringSchema = z.object({ profile: mentorProfileSchema.nullable(), offers: z.array(mentorOfferSchema) });
export type MyMentoring = z.infer<typeof myMentoringSchema>;

export const groupMentorSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  status: z.enum(MENTOR_STATUSES),
  languages: z.array(z.string()),
  focus: z.array(z.enum(MENTOR_FOCUS)),
  availability: z.string(),
  about: z.string().nullable(),
});
export type GroupMentor = z.infer<typeof groupMentorSchema>;
export const mentorDecisionBody = z.strictObject({ status: z.enum(['approved', 'declined']) });

export const mentorReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('language'), language: z.string() }),
  z.object({ kind: z.literal('time_zone'), hoursApart: z.number() }),
  z.object({ kind: z.literal('focus'), focus: z.enum(MENTOR_FOCUS) }),
]);
export type MentorReason = z.infer<typeof mentorReasonSchema>;

export const mentorSuggestionSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  languages: z.array(z.string()),
  focus: z.array(z.enum(MENTOR_FOCUS)),
  availability: z.string(),
  about: z.string().nullable(),
  reasons: z.array(mentorReasonSchema),
});
export type MentorSuggestion = z.infer<typeof mentorSuggestionSchema>;
export const suggestionsQuery = z.strictObject({
  focus: z.union([z.enum(MENTOR_FOCUS), z.array(z.enum(MENTOR_FOCUS))]).optional(),
});
