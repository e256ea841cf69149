import { z } from 'zod';
import { LOCALES } from './locales.js';
import { isValidTimeZone } from './time-zone.js';

/** Schemas shared by the API and the web client: one definition of a valid account. */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;

export const usernameSchema = z
  .string()
  .trim()
  .min(3, 'must be at least 3 characters')
  .max(32, 'must be at most 32 characters')
  .regex(USERNAME_PATTERN, 'may use letters, digits, dot, dash and underscore, starting with a letter or digit');

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters`);

export const displayNameSchema = z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters');
export const emailSchema = z.email('must be an e-mail address').max(254);
export const timeZoneSchema = z.string().refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Madrid');
export const localeSchema = z.enum(LOCALES);
export const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as US');

export const roleSchema = z.enum(['admin', 'coordinator']).nullable();

export const signupBody = z.strictObject({
  username: usernameSchema,
  password: passwordSchema,
  displayName: displayNameSchema.optional(),
  email: emailSchema.nullable().optional(),
  timeZone: timeZoneSchema.optional(),
  locale: localeSchema.optional(),
  country: countrySchema.nullable().optional(),
});

export const loginBody = z.strictObject({
  username: z.string().min(1, 'is required').max(64),
  password: z.string().min(1, 'is required').max(PASSWORD_MAX),
});

export const profilePatch = z.strictObject({
  displayName: displayNameSchema.optional(),
  email: emailSchema.nullable().optional(),
  timeZone: timeZoneSchema.optional(),
  locale: localeSchema.optional(),
  country: countrySchema.nullable().optional(),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, 'is required').max(PASSWORD_MAX),
  newPassword: passwordSchema,
});

export const deleteAccountBody = z.strictObject({
  password: z.string().min(1, 'is required').max(PASSWORD_MAX),
});

export const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  timeZone: z.string(),
  locale: localeSchema,
  country: z.string().nullable(),
  role: roleSchema,
  createdAt: z.string(),
});

export const sessionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});

export type Account = z.infer<typeof accountSchema>;
export type SessionInfo = z.infer<typeof sessionSchema>;
export type SignupInput = z.infer<typeof signupBody>;
export type ProfilePatch = z.infer<typeof profilePatch>;
