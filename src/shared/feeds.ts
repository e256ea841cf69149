import { z } from 'zod';

export const createFeedBody = z.strictObject({
  groupId: z.string().min(1).max(100).optional(),
});

export const feedParams = z.strictObject({ id: z.uuid('must be a calendar feed id') });

export const calendarParams = z.strictObject({ token: z.string().min(20).max(100) });

export const calendarFeedSchema = z.object({
  id: z.string(),
  groupId: z.string().nullable(),
  createdAt: z.string(),
});

/** Only when the feed is created: the URL holds the token, which is not stored. */
export const newCalendarFeedSchema = calendarFeedSchema.extend({ url: z.string() });

export const meetingGuideMeetingSchema = z
  .object({
    name: z.string(),
    slug: z.string(),
    day: z.union([z.number().int(), z.array(z.number().int())]),
    time: z.string(),
    end_time: z.string(),
    timezone: z.string(),
    types: z.array(z.string()),
    group: z.string(),
    updated: z.string(),
    url: z.string(),
    conference_url: z.string().optional(),
    conference_phone: z.string().optional(),
    location: z.string().optional(),
    address: z.string().optional(),
    city: z.string().optional(),
    state: z.string().optional(),
    postal_code: z.string().optional(),
    country: z.string().optional(),
    approximate: z.enum(['yes', 'no']).optional(),
    notes: z.string().optional(),
  })
  .describe('A meeting in the Meeting Guide JSON feed format (https://github.com/code4recovery/spec)');

const weekday = z.enum(['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']);

export const directoryMeetingSchema = z.object({
  slug: z.string(),
  title: z.string(),
  recurrence: z.union([
    z.object({ freq: z.literal('weekly'), interval: z.number(), byDay: z.array(weekday) }),
    z.object({
      freq: z.literal('monthly'),
      interval: z.number(),
      byDay: z.array(z.object({ day: weekday, nth: z.number() })),
    }),
  ]),
  startTime: z.string(),
  durationMinutes: z.number(),
  format: z.enum(['in_person', 'online', 'hybrid']),
  language: z.string().nullable(),
  city: z.string().nullable(),
});

export const directoryGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string(),
  languages: z.array(z.string()),
  timeZone: z.string(),
  joinPolicy: z.enum(['open', 'request', 'invite']),
  meetings: z.array(directoryMeetingSchema),
});

export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
export type DirectoryGroup = z.infer<typeof directoryGroupSchema>;
export type DirectoryMeeting = z.infer<typeof directoryMeetingSchema>;
