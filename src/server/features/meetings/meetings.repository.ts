import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AttendanceTable, Executor, MeetingSeriesTable, OccurrenceExceptionTable } from '../../db/database.js';

export type SeriesRow = Selectable<MeetingSeriesTable>;
export type ExceptionRow = Selectable<OccurrenceExceptionTable>;
export type AttendanceRow = Selectable<AttendanceTable>;
export interface GroupBasics {
  id: string;
  slug: string;
  name: string;
  time_zone: string;
}

/*
 * The few group and membership reads meetings need in bulk (zones and names of many groups,
 * member names for an attendance sheet), which the groups service does not offer yet.
 * Reads only; meetings never write groups' tables.
 */
export function findGroupsByIds(db: Executor, ids: readonly string[]): Promise<GroupBasics[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('groups').select(['id', 'slug', 'name', 'time_zone']).where('id', 'in', ids).execute();
}

export async function listedGroupIds(db: Executor): Promise<string[]> {
  return (await db.selectFrom('groups').select('id').where('listed', '=', 1).execute()).map((r) => r.id);
}

export function activeMembers(db: Executor, groupId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('accounts', 'accounts.id', 'memberships.account_id')
    .select(['memberships.id', 'memberships.account_id', 'accounts.display_name'])
    .where('memberships.group_id', '=', groupId)
    .where('memberships.status', '=', 'active')
    .orderBy('accounts.display_name')
    .execute();
}

export function findSeries(db: Executor, groupId: string, id: string): Promise<SeriesRow | undefined> {
  return db.selectFrom('meeting_series').selectAll().where('group_id', '=', groupId).where('id', '=', id).executeTakeFirst();
}

export function listSeries(db: Executor, groupIds: readonly string[], options: { openOnly?: boolean } = {}): Promise<SeriesRow[]> {
  if (groupIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('meeting_series').selectAll().where('group_id', 'in', groupIds);
  if (options.openOnly) q = q.where('open', '=', 1);
  return q.orderBy('created_at').orderBy('id').execute();
}

export async function slugsStartingWith(db: Executor, base: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('meeting_series')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  return new Set(rows.map((r) => r.slug));
}

export function insertSeries(db: Executor, row: Insertable<MeetingSeriesTable>): Promise<SeriesRow> {
  return db.insertInto('meeting_series').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateSeries(db: Executor, id: string, changes: Updateable<MeetingSeriesTable>): Promise<SeriesRow> {
  return db.updateTable('meeting_series').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteSeries(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('meeting_series').where('id', '=', id).execute();
}

export function exceptionsOf(db: Executor, seriesIds: readonly string[]): Promise<ExceptionRow[]> {
  if (seriesIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('occurrence_exceptions').selectAll().where('series_id', 'in', seriesIds).execute();
}

export async function upsertException(db: Executor, row: Insertable<OccurrenceExceptionTable>): Promise<void> {
  await db
    .insertInto('occurrence_exceptions')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['series_id', 'original_date']).doUpdateSet({ status: row.status, starts_at: row.starts_at ?? null, duration_minutes: row.duration_minutes ?? null }),
    )
    .execute();
}

export async function deleteException(db: Executor, seriesId: string, date: string): Promise<void> {
  await db.deleteFrom('occurrence_exceptions').where('series_id', '=', seriesId).where('original_date', '=', date).execute();
}

export function attendanceOf(db: Executor, seriesId: string, date: string): Promise<AttendanceRow[]> {
  return db.selectFrom('attendance').selectAll().where('series_id', '=', seriesId).where('occurrence_date', '=', date).execute();
}

export async function upsertAttendance(db: Executor, row: Insertable<AttendanceTable>): Promise<void> {
  await db
    .insertInto('attendance')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['series_id', 'occurrence_date', 'account_id']).doUpdateSet({
        status: row.status,
        ...(row.mode !== undefined && { mode: row.mode }),
        marked_by: row.marked_by ?? null,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function deleteAttendance(db: Executor, seriesId: string, date: string, accountId: string): Promise<void> {
  await db
    .deleteFrom('attendance')
    .where('series_id', '=', seriesId)
    .where('occurrence_date', '=', date)
    .where('account_id', '=', accountId)
    .execute();
}

export function attendanceHistory(db: Executor, accountId: string) {
  return db
    .selectFrom('attendance')
    .innerJoin('meeting_series', 'meeting_series.id', 'attendance.series_id')
    .innerJoin('groups', 'groups.id', 'meeting_series.group_id')
    .select([
      'groups.id as group_id',
      'groups.name as group_name',
      'meeting_series.id as series_id',
      'meeting_series.title',
      'attendance.occurrence_date',
      'attendance.status',
      'attendance.mode',
    ])
    .where('attendance.account_id', '=', accountId)
    .orderBy('attendance.occurrence_date', 'desc')
    .orderBy('meeting_series.title')
    .limit(500)
    .execute();
}

/**
 * A value that changes whenever a meeting series or a group is added, changed or removed:
 * counts and latest update times of both tables. Cheap enough to ask on every request.
 */
export async function scheduleStamp(db: Executor): Promise<string> {
  const series = await db
    .selectFrom('meeting_series')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('updated_at').as('latest')])
    .executeTakeFirstOrThrow();
  const groups = await db
    .selectFrom('groups')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('updated_at').as('latest')])
    .executeTakeFirstOrThrow();
  return `${series.n}/${series.latest ?? ''}/${groups.n}/${groups.latest ?? ''}`;
}
