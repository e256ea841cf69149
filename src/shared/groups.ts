import { z } from 'zod';
import { timeZoneSchema } from './account.js';

/** Schemas shared by the API and the web client: groups, agreements, memberships, invitations. */
export const JOIN_POLICIES = ['open', 'request', 'invite'] as const;
export const GROUP_ROLES = ['member', 'co_facilitator', 'facilitator'] as const;
export const MEMBERSHIP_STATUSES = ['pending', 'active', 'left', 'removed'] as const;

export const INVITATION_DAYS = { min: 1, max: 90, default: 14 } as const;
export const INVITATION_USES = { min: 1, max: 500 } as const;
export const AGREEMENT_MAX = 10_000;
export const REQUEST_MESSAGE_MAX = 500;

export const joinPolicySchema = z.enum(JOIN_POLICIES);
export const groupRoleSchema = z.enum(GROUP_ROLES);
export const membershipStatusSchema = z.enum(MEMBERSHIP_STATUSES);

export const groupNameSchema = z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');
export const groupDescriptionSchema = z.string().trim().max(2000, 'must be at most 2000 characters');
export const languagesSchema = z
  .array(z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 language code such as en'))
  .max(10, 'must list at most 10 languages')
  .refine((codes) => new Set(codes).size === codes.length, 'must not repeat a language');
export const agreementTextSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(AGREEMENT_MAX, `must be at most ${AGREEMENT_MAX} characters`);
export const agreementVersionSchema = z.number().int('must be a whole number').min(1, 'must be at least 1');

export const createGroupBody = z.strictObject({
  name: groupNameSchema,
  description: groupDescriptionSchema.optional(),
  timeZone: timeZoneSchema,
  languages: languagesSchema.optional(),
  joinPolicy: joinPolicySchema,
  listed: z.boolean(),
  agreementText: agreementTextSchema.optional(),
});

export const updateGroupBody = z.strictObject({
  name: groupNameSchema.optional(),
  description: groupDescriptionSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  languages: languagesSchema.optional(),
  joinPolicy: joinPolicySchema.optional(),
  listed: z.boolean().optional(),
});

export const groupParams = z.strictObject({ id: z.string().min(1).max(100) });
export const membershipParams = groupParams.extend({ membershipId: z.uuid('must be a membership id') });
export const invitationParams = groupParams.extend({ invitationId: z.uuid('must be an invitation id') });
export const tokenParams = z.strictObject({ token: z.string().min(1).max(100) });

export const publishAgreementBody = z.strictObject({ text: agreementTextSchema });
export const acceptAgreementBody = z.strictObject({ version: agreementVersionSchema });
export const joinBody = z.strictObject({
  agreementVersion: agreementVersionSchema,
  message: z.string().trim().max(REQUEST_MESSAGE_MAX, `must be at most ${REQUEST_MESSAGE_MAX} characters`).optional(),
});
export const acceptInvitationBody = z.strictObject({ agreementVersion: agreementVersionSchema });
export const createInvitationBody = z.strictObject({
  expiresInDays: z.number().int().min(INVITATION_DAYS.min).max(INVITATION_DAYS.max).optional(),
  maxUses: z.number().int().min(INVITATION_USES.min).max(INVITATION_USES.max).nullable().optional(),
});
export const membershipPatchBody = z.strictObject({ showUsername: z.boolean() });
export const roleChangeBody = z.strictObject({ role: groupRoleSchema });

export const agreementSchema = z.object({ version: z.number(), text: z.string() });
export const agreementViewSchema = agreementSchema.extend({ acceptedVersion: z.number().nullable() });

export const myMembershipSchema = z.object({
  /** So the member list can tell which row is mine (the core team does not remove itself there). */
  membershipId: z.string(),
  role: groupRoleSchema,
  status: membershipStatusSchema,
  agreementVersion: z.number().nullable(),
  /** True when the group published an agreement version this member has not accepted yet. */
  agreementRequired: z.boolean(),
  showUsername: z.boolean(),
});

/** What anyone may see of a listed group, and what an invitation shows before joining. */
export const publicGroupSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  languages: z.array(z.string()),
  timeZone: z.string(),
  joinPolicy: joinPolicySchema,
  agreement: agreementSchema,
});

export const groupSummarySchema = publicGroupSchema.omit({ agreement: true }).extend({
  listed: z.boolean(),
  myMembership: myMembershipSchema,
});

/** The group as its active members see it. */
export const groupSchema = groupSummarySchema.extend({
  agreement: agreementSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const memberSchema = z.object({
  membershipId: z.string(),
  displayName: z.string(),
  role: groupRoleSchema,
  /** Only present when that member chose to show it. */
  username: z.string().optional(),
});

export const joinRequestSchema = z.object({
  membershipId: z.string(),
  displayName: z.string(),
  message: z.string().nullable(),
  createdAt: z.string(),
});

export const pendingJoinSchema = z.object({ status: z.literal('pending'), groupId: z.string() });

export const invitationSchema = z.object({
  id: z.string(),
  expiresAt: z.string(),
  maxUses: z.number().nullable(),
  uses: z.number(),
  createdAt: z.string(),
});
/** Only the answer to creating an invitation carries its token: it is stored hashed. */
export const newInvitationSchema = invitationSchema.extend({ token: z.string(), url: z.string() });

export const invitationPreviewSchema = z.object({
  group: publicGroupSchema.omit({ agreement: true, joinPolicy: true }),
  agreement: agreementSchema,
});

export type JoinPolicy = z.infer<typeof joinPolicySchema>;
export type GroupRole = z.infer<typeof groupRoleSchema>;
export type MembershipStatus = z.infer<typeof membershipStatusSchema>;
export type CreateGroupInput = z.infer<typeof createGroupBody>;
export type UpdateGroupInput = z.infer<typeof updateGroupBody>;
export type CreateInvitationInput = z.infer<typeof createInvitationBody>;
export type AgreementView = z.infer<typeof agreementViewSchema>;
export type Group = z.infer<typeof groupSchema>;
export type GroupSummary = z.infer<typeof groupSummarySchema>;
export type PublicGroup = z.infer<typeof publicGroupSchema>;
export type MyMembership = z.infer<typeof myMembershipSchema>;
export type Member = z.infer<typeof memberSchema>;
export type JoinRequest = z.infer<typeof joinRequestSchema>;
export type Invitation = z.infer<typeof invitationSchema>;
export type NewInvitation = z.infer<typeof newInvitationSchema>;
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;
