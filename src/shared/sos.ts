import { z } from 'zod';
import { safetyPlanSchema } from './safety-plan.js';
import { SOS_MESSAGE_MAX } from './sos-message.js';

export { SOS_MESSAGE_MAX };
export const SOS_RESPONSES = ['here', 'calling'] as const;
export type SosResponse = (typeof SOS_RESPONSES)[number];

export const sosBody = z.strictObject({
  message: z.string().trim().max(SOS_MESSAGE_MAX, `must be at most ${SOS_MESSAGE_MAX} characters`).optional(),
});
export type SosInput = z.infer<typeof sosBody>;

export const sosResponseBody = z.strictObject({ response: z.enum(SOS_RESPONSES) });

export const sosIdParams = z.strictObject({ id: z.uuid('must be an alert id') });

export const sosPersonSchema = z.object({ accountId: z.string(), name: z.string() });
const person = sosPersonSchema;
export type SosPerson = z.infer<typeof sosPersonSchema>;

const crisisLineSchema = z.object({
  id: z.string(),
  name: z.string(),
  descriptionKey: z.string(),
  phone: z.string().optional(),
  sms: z.object({ number: z.string(), body: z.string().optional() }).optional(),
  url: z.string(),
  hours: z.literal('24/7'),
});

/** What the member gets back at once: who was alerted, the crisis lines and their own plan. */
export const sosCreatedSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  recipients: z.array(person),
  crisisLines: z.array(crisisLineSchema),
  safetyPlan: safetyPlanSchema,
});
export type SosCreated = z.infer<typeof sosCreatedSchema>;

export const sosRecipientSchema = person.extend({
  response: z.enum(SOS_RESPONSES).nullable(),
  respondedAt: z.string().nullable(),
});
export type SosRecipient = z.infer<typeof sosRecipientSchema>;

/**
 * One alert as its sender or one of its recipients sees it. `mine` tells which: the sender
 * sees every recipient; a recipient sees the others only once they have answered.
 */
export const sosAlertSchema = z.object({
  id: z.string(),
  mine: z.boolean(),
  sender: person,
  message: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  recipients: z.array(sosRecipientSchema),
  /** The viewer's own answer, when they are a recipient. */
  myResponse: z.enum(SOS_RESPONSES).nullable(),
});
export type SosAlert = z.infer<typeof sosAlertSchema>;

/** An open alert addressed to me, for the banner on every page. */
export const activeSosSchema = z.object({
  id: z.string(),
  sender: person,
  createdAt: z.string(),
  myResponse: z.enum(SOS_RESPONSES).nullable(),
});
export type ActiveSos = z.infer<typeof activeSosSchema>;
