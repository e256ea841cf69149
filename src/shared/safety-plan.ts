import { z } from 'zod';

/** The seven Stanley–Brown sections, adapted for recovery, in the order the plan is read. */
export const PLAN_SECTIONS = [
  'warningSigns', 'copingStrategies', 'distractions', 'helpContacts', 'professionals', 'saferSurroundings', 'reasons',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];
export const CONTACT_SECTIONS = ['helpContacts', 'professionals'] as const satisfies readonly PlanSection[];
export type ContactSection = (typeof CONTACT_SECTIONS)[number];
export const isContactSection = (s: PlanSection): s is ContactSection => (CONTACT_SECTIONS as readonly string[]).includes(s);

export const MAX_ITEMS = 20;
export const MAX_ITEM_LENGTH = 200;

const item = z.string().trim().min(1, 'must not be empty').max(MAX_ITEM_LENGTH, `must be at most ${MAX_ITEM_LENGTH} characters`);
const items = <T extends z.ZodType>(of: T) => z.array(of).max(MAX_ITEMS, `must have at most ${MAX_ITEMS} items`);

/** Loose on purpose: people write numbers in many ways; only digits, spaces and + - ( ). */
export const PHONE_PATTERN = /^[0-9+\-() ]{3,30}$/;
/** An empty string means "no number" (a cleared field); the service drops it. */
const phone = z
  .string()
  .trim()
  .refine((v) => v === '' || PHONE_PATTERN.test(v), 'must be a phone number: 3–30 digits, spaces or + - ( )')
  .optional();

export const planContact = z.strictObject({
  name: item,
  phone,
  note: z.string().trim().max(MAX_ITEM_LENGTH, `must be at most ${MAX_ITEM_LENGTH} characters`).optional(),
});
export type PlanContact = z.infer<typeof planContact>;

export const safetyPlanContent = z.strictObject({
  warningSigns: items(item),
  copingStrategies: items(item),
  distractions: items(item),
  helpContacts: items(planContact),
  professionals: items(planContact),
  saferSurroundings: items(item),
  reasons: items(item),
});
export type SafetyPlanContent = z.infer<typeof safetyPlanContent>;

export const emptyPlan = (): SafetyPlanContent => ({
  warningSigns: [], copingStrategies: [], distractions: [], helpContacts: [], professionals: [], saferSurroundings: [], reasons: [],
});

export const isEmptyPlan = (plan: SafetyPlanContent) => PLAN_SECTIONS.every((s) => plan[s].length === 0);

/** Output shape of a contact (after parsing, optional fields may be absent). */
const contactOut = z.object({ name: z.string(), phone: z.string().optional(), note: z.string().optional() });
export const safetyPlanContentOut = z.object({
  warningSigns: z.array(z.string()),
  copingStrategies: z.array(z.string()),
  distractions: z.array(z.string()),
  helpContacts: z.array(contactOut),
  professionals: z.array(contactOut),
  saferSurroundings: z.array(z.string()),
  reasons: z.array(z.string()),
});

export const safetyPlanSchema = z.object({
  /** 0 when the member has no plan yet. */
  version: z.number(),
  updatedAt: z.string().nullable(),
  plan: safetyPlanContentOut,
});
export type SafetyPlan = z.infer<typeof safetyPlanSchema>;

export const planVersionSchema = z.object({ version: z.number(), createdAt: z.string() });
export type PlanVersion = z.infer<typeof planVersionSchema>;
