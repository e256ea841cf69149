import {
  expandOccurrences,
  type OccurrenceException,
  type Recurrence,
  type SeriesSchedule,
} from '../../../shared/recurrence.js';
import type { Executor } from '../../db/database.js';
import { groupsInGoodStandingOf, groupsStamp, groupsVersion } from '../groups/groups.service.js';
import * as repo from './meetings.repository.js';
import type { ExceptionRow, GroupBasics, SeriesRow } from './meetings.repository.js';

/*
 * Schedules: series with their exceptions, expanded into dated occurrences, for the API
 * (my next meetings, a group's occurrences) and for the feeds feature, which also asks
 * whether the schedule changed.
 */

type ExceptionFields = Pick<ExceptionRow, 'original_date' | 'status' | 'starts_at' | 'duration_minutes'>;

const DAY = 86_400_000;

export function scheduleOf(row: SeriesRow, timeZone: string): SeriesSchedule {
  return {
    recurrence: JSON.parse(row.recurrence) as Recurrence,
    startDate: row.start_date,
    untilDate: row.until_date,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    timeZone,
  };
}

export function exceptionOf(row: ExceptionFields): OccurrenceException {
  return row.status === 'moved' && row.starts_at
    ? { date: row.original_date, status: 'moved', startsAt: row.starts_at, durationMinutes: row.duration_minutes }
    : { date: row.original_date, status: 'cancelled' };
}

/** One series with everything needed to expand it or write it to a feed. */
export interface ScheduledSeries {
  group: GroupBasics;
  row: SeriesRow;
  schedule: SeriesSchedule;
  exceptions: OccurrenceException[];
}

/**
 * The series of the given groups with their exceptions and their group's zone (one query);
 * with `openOnly`, open series only. The feeds feature builds iCalendar, Meeting Guide and
 * directory output from this.
 */
export async function seriesOfGroups(db: Executor, groups: readonly GroupBasics[], options: { openOnly?: boolean } = {}): Promise<ScheduledSeries[]> {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const found = await repo.listSeriesWithExceptions(db, [...byId.keys()], options);
  return found.map(({ row, exceptions }) => {
    const group = byId.get(row.group_id)!;
    return { group, row, schedule: scheduleOf(row, group.time_zone), exceptions: exceptions.map(exceptionOf) };
  });
}

/** Occurrences of many series in [from, to), in start order. */
export function occurrencesOf(all: ScheduledSeries[], from: Date, to: Date) {
  return all
    .flatMap((s) => expandOccurrences(s.schedule, from, to, s.exceptions).map((occurrence) => ({ row: s.row, group: s.group, occurrence })))
    // startsAt values are ISO UTC strings of one format, so they sort as text.
    .sort((a, b) => compareText(a.occurrence.startsAt, b.occurrence.startsAt) || compareText(a.row.title, b.row.title));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Occurrences of a group's series in [from, to); the range is at most MAX_RANGE_DAYS. */
export async function groupOccurrences(db: Executor, group: GroupBasics, from: Date, to: Date) {
  return occurrencesOf(await seriesOfGroups(db, [group]), from, to);
}

/**
 * My next meetings across my groups, for the Today screen. A group whose new agreement I
 * have yet to accept is left out, as on its page: accepting comes first.
 */
export async function myOccurrences(db: Executor, accountId: string, days: number, now = new Date()) {
  const groups = await groupsInGoodStandingOf(db, accountId);
  return occurrencesOf(await seriesOfGroups(db, groups), now, new Date(now.getTime() + days * DAY));
}

/**
 * Changes in the database whenever a series or a group is added, changed or removed, by
 * any process. Two small aggregate queries: callers ask it only when scheduleVersion moved
 * or a moment has passed (see the public feeds).
 */
export async function scheduleStamp(db: Executor): Promise<string> {
  const [series, groups] = await Promise.all([repo.seriesStamp(db), groupsStamp(db)]);
  return `${series}/${groups}`;
}

let localSeriesChanges = 0;

/** Series writes by this process; every write to a series row calls this once it is done. */
export function seriesChanged(): void {
  localSeriesChanges += 1;
}

/** Moves at once when this process changes a series or a group; other processes' writes show in scheduleStamp. */
export function scheduleVersion(): string {
  return `${localSeriesChanges}.${groupsVersion()}`;
}
