import type {
  AgendaPhase,
  AttendanceSheet,
  MeetingLocation,
  MeetingSeries,
  MyAttendance,
  OccurrenceView,
} from '../../../shared/meetings.js';
import { toRRule, type Occurrence } from '../../../shared/recurrence.js';
import type { GroupBasics, SeriesRow } from './meetings.repository.js';
import { scheduleOf } from './schedule.service.js';

type Recurrence = MeetingSeries['recurrence'];

/** The only place a series row becomes API JSON. */
export function presentSeries(row: SeriesRow, group: GroupBasics): MeetingSeries {
  return {
    id: row.id,
    groupId: row.group_id,
    slug: row.slug,
    title: row.title,
    recurrence: JSON.parse(row.recurrence) as Recurrence,
    rrule: toRRule(scheduleOf(row, group.time_zone)),
    startDate: row.start_date,
    untilDate: row.until_date,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    timeZone: group.time_zone,
    format: row.format as MeetingSeries['format'],
    location: row.location ? (JSON.parse(row.location) as MeetingLocation) : null,
    conferenceUrl: row.conference_url,
    conferencePhone: row.conference_phone,
    language: row.language,
    open: row.open === 1,
    types: JSON.parse(row.types) as string[],
    agenda: JSON.parse(row.agenda) as AgendaPhase[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const parseLocation = (row: SeriesRow) => (row.location ? (JSON.parse(row.location) as MeetingLocation) : null);

export function presentOccurrence(row: SeriesRow, group: GroupBasics, o: Occurrence, location = parseLocation(row)): OccurrenceView {
  return {
    seriesId: row.id,
    groupId: group.id,
    groupName: group.name,
    date: o.date,
    startsAt: o.startsAt,
    endsAt: o.endsAt,
    status: o.status,
    originalStartsAt: o.originalStartsAt ?? null,
    title: row.title,
    format: row.format as OccurrenceView['format'],
    conferenceUrl: row.conference_url,
    conferencePhone: row.conference_phone,
    location,
    timeZone: group.time_zone,
  };
}

/**
 * Occurrences of several series: each series' stored location is parsed once, not once
 * per occurrence (a member's next two weeks can hold dozens of occurrences of one series).
 */
export function presentOccurrences(found: ReadonlyArray<{ row: SeriesRow; group: GroupBasics; occurrence: Occurrence }>): OccurrenceView[] {
  const locations = new Map<string, MeetingLocation | null>();
  return found.map(({ row, group, occurrence }) => {
    let location = locations.get(row.id);
    if (location === undefined) {
      location = parseLocation(row);
      locations.set(row.id, location);
    }
    return presentOccurrence(row, group, occurrence, location);
  });
}

export function presentAttendanceSheet(
  seriesId: string,
  date: string,
  members: Array<{ id: string; display_name: string; status: string | null; mode: string | null }>,
): AttendanceSheet {
  const entries = members.map((m) => ({
    membershipId: m.id,
    displayName: m.display_name,
    status: m.status as AttendanceSheet['entries'][number]['status'],
    mode: m.mode as AttendanceSheet['entries'][number]['mode'],
  }));
  return {
    seriesId,
    date,
    counts: {
      present: entries.filter((e) => e.status === 'present').length,
      excused: entries.filter((e) => e.status === 'excused').length,
      members: entries.length,
    },
    entries,
  };
}

export function presentMyAttendance(row: {
  group_id: string;
  group_name: string;
  series_id: string;
  title: string;
  occurrence_date: string;
  status: string;
  mode: string | null;
}): MyAttendance {
  return {
    groupId: row.group_id,
    groupName: row.group_name,
    seriesId: row.series_id,
    title: row.title,
    date: row.occurrence_date,
    status: row.status as MyAttendance['status'],
    mode: row.mode as MyAttendance['mode'],
  };
}
