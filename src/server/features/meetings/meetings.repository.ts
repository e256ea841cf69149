import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AttendanceTable, Executor, MeetingSeriesTable, OccurrenceExceptionTable } from '../../db/database.js';

export type SeriesRow = Selectable<MeetingSeriesTable>;
export type ExceptionRow = Selectable<OccurrenceExceptionTable>;
export type AttendanceRow = Selectable<AttendanceTable>;
export type { GroupBasics } from '../groups/groups.service.js';

export function findSeries(db: Executor, groupId: string, id: string): Promise<SeriesRow | undefined> {
  return db.selectFrom('meeting_series').selectAll().where('group_id', '=', groupId).where('id', '=', id).executeTakeFirst();
}

export function listSeries(db: Executor, groupIds: readonly string[], options: { openOnly?: boolean } = {}): Promise<SeriesRow[]> {
  if (groupIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('meeting_series').selectAll().where('group_id', 'in', groupIds);
  if (options.openOnly) q = q.where('open', '=', 1);
  return q.orderBy('created_at').orderBy('id').execute();
}

/** A series row with its exceptions (cancelled or moved occurrences) in date order. */
export interface SeriesWithExceptionRows {
  row: SeriesRow;
  exceptions: Array<Pick<ExceptionRow, 'original_date' | 'status' | 'starts_at' | 'duration_minutes'>>;
}

/**
 * The groups' series and all their exceptions in one query (a left join: one row per
 * exception, or one row for a series without any), folded back into series.
 */
export async function listSeriesWithExceptions(
  db: Executor,
  groupIds: readonly string[],
  options: { openOnly?: boolean } = {},
): Promise<SeriesWithExceptionRows[]> {
  if (groupIds.length === 0) return [];
  let q = db
    .selectFrom('meeting_series as s')
    .leftJoin('occurrence_exceptions as x', 'x.series_id', 's.id')
    .selectAll('s')
    .select(['x.original_date as x_date', 'x.status as x_status', 'x.starts_at as x_starts_at', 'x.duration_minutes as x_minutes'])
    .where('s.group_id', 'in', groupIds);
  if (options.openOnly) q = q.where('s.open', '=', 1);
  const rows = await q.orderBy('s.created_at').orderBy('s.id').orderBy('x.original_date').execute();
  const result: SeriesWithExceptionRows[] = [];
  let current: SeriesWithExceptionRows | undefined;
  for (const { x_date, x_status, x_starts_at, x_minutes, ...row } of rows) {
    if (current?.row.id !== row.id) {
      current = { row, exceptions: [] };
      result.push(current);
    }
    if (x_date !== null && x_status !== null) {
      current.exceptions.push({ original_date: x_date, status: x_status, starts_at: x_starts_at, duration_minutes: x_minutes });
    }
  }
  return result;
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
    .select([
      'meeting_series.group_id',
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

/** Count and latest update of all series: changes whenever a series is added, changed or removed. */
export async function seriesStamp(db: Executor): Promise<string> {
  const series = await db
    .selectFrom('meeting_series')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('updated_at').as('latest')])
    .executeTakeFirstOrThrow();
  return `${series.n}/${series.latest ?? ''}`;
}
