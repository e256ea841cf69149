import { isMeetingType } from '@code4recovery/spec';
import { z } from 'zod';
import { dayNumber, firstOccurrenceDate, NTHS, validateRecurrence, WEEKDAYS, type Recurrence } from './recurrence.js';

/** Schemas shared by the API and the web client: meeting series, occurrences, attendance. */
export const MEETING_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export const AGENDA_KINDS = ['opening_checkin', 'discussion', 'skill_practice', 'closing_reflection', 'custom'] as const;
export const OCCURRENCE_STATUSES = ['scheduled', 'cancelled', 'moved'] as const;
export const ATTENDANCE_STATUSES = ['present', 'excused'] as const;
export const CHECK_IN_MODES = ['in_person', 'online'] as const;
export const DURATION = { min: 5, max: 600 } as const;
/** Self check-in opens this long before an occurrence starts and closes when it ends. */
export const CHECK_IN_EARLY_MINUTES = 15;
export const MAX_RANGE_DAYS = 400;

export const DEFAULT_AGENDA: AgendaPhase[] = [
  { kind: 'opening_checkin', title: 'Opening check-in', minutes: 10 },
  { kind: 'discussion', title: 'Shared discussion', minutes: 25 },
  { kind: 'skill_practice', title: 'Skill practice', minutes: 15 },
  { kind: 'closing_reflection', title: 'Closing reflections', minutes: 10 },
];

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const dateSchema = z.iso.date('must be a date YYYY-MM-DD');

export const meetingFormatSchema = z.enum(MEETING_FORMATS);
export const agendaPhaseSchema = z.strictObject({
  kind: z.enum(AGENDA_KINDS),
  title: text(80),
  minutes: z.int('must be a whole number').min(1, 'must be at least 1').max(240, 'must be at most 240'),
});
export const agendaSchema = z.array(agendaPhaseSchema).min(1, 'must have at least one phase').max(12, 'must have at most 12 phases');

export const locationSchema = z.strictObject({
  name: text(200).optional(),
  address: text(200).optional(),
  city: text(100).optional(),
  region: text(100).optional(),
  postalCode: text(20).optional(),
  country: text(100).optional(),
  notes: text(1000).optional(),
});

const weekdaySchema = z.enum(WEEKDAYS);
const nthWeekdaySchema = z.strictObject({
  day: weekdaySchema,
  nth: z.union(NTHS.map((n) => z.literal(n))),
});
/** The shape only; whether weekly/monthly and the days fit together is validateRecurrence's job. */
export const recurrenceInputSchema = z.strictObject({
  freq: z.enum(['weekly', 'monthly']),
  interval: z.int('must be a whole number').min(1, 'must be at least 1').max(12, 'must be at most 12').optional(),
  byDay: z.array(z.union([weekdaySchema, nthWeekdaySchema])).max(35),
});

export const meetingFields = {
  title: text(120),
  recurrence: recurrenceInputSchema,
  startDate: dateSchema,
  untilDate: dateSchema.nullable(),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM'),
  durationMinutes: z.int('must be a whole number').min(DURATION.min, `must be at least ${DURATION.min}`).max(DURATION.max, `must be at most ${DURATION.max}`),
  format: meetingFormatSchema,
  location: locationSchema.nullable(),
  conferenceUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(500).nullable(),
  conferencePhone: z.string().trim().regex(/^[+0-9][0-9 ().,#*+-]{2,59}$/, 'must be a phone number').nullable(),
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 language code such as en').nullable(),
  open: z.boolean(),
  types: z.array(z.string().refine((code): boolean => isMeetingType(code), 'is not a Meeting Guide type code')).max(30),
  agenda: agendaSchema,
};

export const createMeetingBody = z.strictObject({
  ...meetingFields,
  startDate: meetingFields.startDate.optional(),
  untilDate: meetingFields.untilDate.optional(),
  location: meetingFields.location.optional(),
  conferenceUrl: meetingFields.conferenceUrl.optional(),
  conferencePhone: meetingFields.conferencePhone.optional(),
  language: meetingFields.language.optional(),
  types: meetingFields.types.optional(),
  agenda: meetingFields.agenda.optional(),
});
export const updateMeetingBody = z.strictObject(
  Object.fromEntries(Object.entries(meetingFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof meetingFields]: z.ZodOptional<(typeof meetingFields)[K]>;
  },
);

export const groupKeyParams = z.strictObject({ id: z.string().min(1).max(100) });
export const seriesParams = groupKeyParams.extend({ seriesId: z.uuid('must be a meeting id') });
export const occurrenceParams = seriesParams.extend({ date: dateSchema });
export const rangeQuery = z.strictObject({
  from: z.iso.datetime({ offset: true, error: 'must be an ISO date-time' }),
  to: z.iso.datetime({ offset: true, error: 'must be an ISO date-time' }),
});
export const myMeetingsQuery = z.strictObject({ days: z.coerce.number().int().min(1).max(60).default(14) });
export const moveBody = z.strictObject({
  startsAt: z.iso.datetime({ offset: true, error: 'must be an ISO date-time' }),
  durationMinutes: meetingFields.durationMinutes.optional(),
});
export const attendanceBody = z.strictObject({
  entries: z
    .array(z.strictObject({ membershipId: z.uuid('must be a membership id'), status: z.enum(ATTENDANCE_STATUSES).nullable() }))
    .min(1, 'must not be empty')
    .max(500),
});
export const checkInBody = z.strictObject({ mode: z.enum(CHECK_IN_MODES) });

export const meetingSeriesSchema = z.object({
  id: z.string(),
  groupId: z.string(),
  slug: z.string(),
  ...meetingFields,
  recurrence: z.object({ freq: z.enum(['weekly', 'monthly']), interval: z.number(), byDay: recurrenceInputSchema.shape.byDay }),
  timeZone: z.string(),
  rrule: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const occurrenceSchema = z.object({
  seriesId: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  date: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(OCCURRENCE_STATUSES),
  originalStartsAt: z.string().nullable(),
  title: z.string(),
  format: meetingFormatSchema,
  conferenceUrl: z.string().nullable(),
  conferencePhone: z.string().nullable(),
  location: locationSchema.nullable(),
  timeZone: z.string(),
});

export const attendanceEntrySchema = z.object({
  membershipId: z.string(),
  displayName: z.string(),
  status: z.enum(ATTENDANCE_STATUSES).nullable(),
  mode: z.enum(CHECK_IN_MODES).nullable(),
});
export const attendanceSheetSchema = z.object({
  seriesId: z.string(),
  date: z.string(),
  counts: z.object({ present: z.number(), excused: z.number(), members: z.number() }),
  entries: z.array(attendanceEntrySchema),
});
export const myAttendanceSchema = z.object({
  groupId: z.string(),
  groupName: z.string(),
  seriesId: z.string(),
  title: z.string(),
  date: z.string(),
  status: z.enum(ATTENDANCE_STATUSES),
  mode: z.enum(CHECK_IN_MODES).nullable(),
});

export type AgendaPhase = z.infer<typeof agendaPhaseSchema>;
export type MeetingLocation = z.infer<typeof locationSchema>;
export type MeetingFormat = z.infer<typeof meetingFormatSchema>;
export type CreateMeetingInput = z.infer<typeof createMeetingBody>;
export type UpdateMeetingInput = z.infer<typeof updateMeetingBody>;
export type MeetingSeries = z.infer<typeof meetingSeriesSchema>;
export type OccurrenceView = z.infer<typeof occurrenceSchema>;
export type AttendanceSheet = z.infer<typeof attendanceSheetSchema>;
export type MyAttendance = z.infer<typeof myAttendanceSchema>;

export interface FieldProblem {
  field: string;
  message: string;
}

/** A whole series as it would be saved: what the field schemas cannot check alone. */
export interface MeetingDraft {
  recurrence: { freq: string; interval?: number; byDay: readonly unknown[] };
  startDate: string;
  untilDate: string | null;
  startTime: string;
  durationMinutes: number;
  format: MeetingFormat;
  location: MeetingLocation | null;
  conferenceUrl: string | null;
  conferencePhone: string | null;
  timeZone: string;
}

/**
 * Rules across fields, named by field: a rule that can happen, an until date after the
 * start, an address for in-person and hybrid meetings, a link or phone for online ones.
 */
export function meetingProblems(m: MeetingDraft): FieldProblem[] {
  const problems: FieldProblem[] = validateRecurrence(m.recurrence).map((p) => ({ field: `recurrence.${p.field}`, message: p.message }));
  if (m.untilDate && dayNumber(m.untilDate) < dayNumber(m.startDate)) {
    problems.push({ field: 'untilDate', message: 'must not be before the start date' });
  } else if (problems.length === 0) {
    const recurrence = { ...m.recurrence, interval: m.recurrence.interval ?? 1 } as Recurrence;
    if (!firstOccurrenceDate({ ...m, recurrence })) problems.push({ field: 'untilDate', message: 'leaves no meeting between the start and until dates' });
  }
  if (m.format !== 'online' && !m.location?.address) {
    problems.push({ field: 'location.address', message: 'is required for in-person and hybrid meetings' });
  }
  if (m.format !== 'in_person' && !m.conferenceUrl && !m.conferencePhone) {
    problems.push({ field: 'conferenceUrl', message: 'or conferencePhone is required for online and hybrid meetings' });
  }
  return problems;
}
