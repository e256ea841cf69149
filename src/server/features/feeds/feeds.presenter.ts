import { firstOccurrenceDate, toRRule } from '../../../shared/recurrence.js';
import type { ScheduledSeries } from '../meetings/schedule.service.js';
import type { CalendarLabels } from './calendar-labels.js';
import type { ListedGroupRow } from '../groups/groups.service.js';
import type { CalendarTokenRow } from './feeds.repository.js';
import type { CalendarFeed, DirectoryGroup, DirectoryMeeting } from '../../../shared/feeds.js';
import type { CalendarSeries } from './ical.js';
import type { ListedSeries, SeriesLocation } from './meeting-guide.js';

export function presentFeed(row: CalendarTokenRow): CalendarFeed {
  return { id: row.id, groupId: row.group_id, createdAt: row.created_at };
}

function parseJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

type SeriesRow = ScheduledSeries['row'];
const locationOf = (row: SeriesRow) => parseJson<SeriesLocation | null>(row.location, null);
const format = (row: SeriesRow) => row.format as ListedSeries['format'];

/** One line of address: "Alano Club, 12 Main St, Springfield, IL 62701, US". */
function addressLine(loc: SeriesLocation | null): string | null {
  if (!loc) return null;
  const regionPostal = [loc.region, loc.postalCode].filter(Boolean).join(' ');
  const parts = [loc.name, loc.address, loc.city, regionPostal, loc.country].map((p) => p?.trim()).filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** A series as a calendar event; null when its rule produces no occurrence at all. */
export function calendarSeries({ row, group, schedule, exceptions }: ScheduledSeries, labels: CalendarLabels): CalendarSeries | null {
  const first = firstOccurrenceDate(schedule);
  if (!first) return null;
  const online = row.format !== 'in_person';
  const inPerson = row.format !== 'online';
  const loc = locationOf(row);
  const join = [
    online && row.conference_url ? `${labels.joinOnline}: ${row.conference_url}` : null,
    online && row.conference_phone ? `${labels.joinByPhone}: ${row.conference_phone}` : null,
    inPerson ? addressLine(loc) : null,
    inPerson ? (loc?.notes ?? null) : null,
  ].filter((line): line is string => Boolean(line));
  return {
    uid: `${row.id}@kindred`,
    updatedAt: row.updated_at,
    timeZone: group.time_zone,
    startDate: first,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    rrule: toRRule(schedule),
    cancelledDates: exceptions.filter((e) => e.status === 'cancelled').map((e) => e.date),
    moved: exceptions.flatMap((e) =>
      e.status === 'moved'
        ? [{ originalDate: e.date, startsAt: e.startsAt, durationMinutes: e.durationMinutes ?? row.duration_minutes }]
        : [],
    ),
    summary: row.title,
    description: [group.name, ...join].join('\n'),
    location: (inPerson ? addressLine(loc) : null) ?? (online ? row.conference_url : null),
    url: online ? row.conference_url : null,
  };
}

export function listedSeries({ row, group, schedule }: ScheduledSeries, publicUrl: string): ListedSeries {
  return {
    slug: row.slug,
    title: row.title,
    groupName: group.name,
    groupUrl: `${publicUrl}/directory#${group.slug}`,
    timeZone: group.time_zone,
    recurrence: schedule.recurrence,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    format: format(row),
    location: locationOf(row),
    conferenceUrl: row.conference_url,
    conferencePhone: row.conference_phone,
    language: row.language,
    types: parseJson<string[]>(row.types, []),
    updatedAt: row.updated_at,
  };
}

function directoryMeeting({ row, schedule }: ScheduledSeries): DirectoryMeeting {
  return {
    slug: row.slug,
    title: row.title,
    recurrence: schedule.recurrence,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    format: format(row),
    language: row.language,
    city: row.format === 'online' ? null : (locationOf(row)?.city ?? null),
  };
}

export function presentDirectoryGroup(group: ListedGroupRow, series: ScheduledSeries[]): DirectoryGroup {
  return {
    id: group.id,
    name: group.name,
    slug: group.slug,
    description: group.description,
    languages: parseJson<string[]>(group.languages, []),
    timeZone: group.time_zone,
    joinPolicy: group.join_policy as DirectoryGroup['joinPolicy'],
    meetings: series.map(directoryMeeting),
  };
}
