import { randomUUID } from 'node:crypto';
import {
  DEFAULT_AGENDA,
  meetingProblems,
  type CreateMeetingInput,
  type FieldProblem,
  type UpdateMeetingInput,
} from '../../../shared/meetings.js';
import { expandOccurrences, isOccurrenceDate, localDate, type Occurrence } from '../../../shared/recurrence.js';
import type { DB, Executor } from '../../db/database.js';
import { Invalid, NotFound } from '../../errors.js';
import type { GroupAccess } from './meetings.policy.js';
import * as repo from './meetings.repository.js';
import type { GroupBasics, SeriesRow } from './meetings.repository.js';
import { exceptionOf, scheduleOf, seriesChanged } from './schedule.service.js';

const DAY = 86_400_000;

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

async function uniqueSlug(db: Executor, group: GroupBasics, title: string): Promise<string> {
  const base = [group.slug, slugify(title) || 'meeting'].join('-');
  const taken = await repo.slugsStartingWith(db, base);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

function assertValid(problems: FieldProblem[]) {
  if (problems.length === 0) return;
  const details = problems.map((p) => ({ field: `body.${p.field}`, message: p.message }));
  throw new Invalid(details.map((d) => `${d.field} ${d.message}`).join('; '), details);
}

export async function createSeries(db: DB, { group }: GroupAccess, input: CreateMeetingInput): Promise<SeriesRow> {
  const draft = {
    ...input,
    startDate: input.startDate ?? localDate(group.time_zone, new Date()),
    untilDate: input.untilDate ?? null,
    location: input.location ?? null,
    conferenceUrl: input.conferenceUrl ?? null,
    conferencePhone: input.conferencePhone ?? null,
    timeZone: group.time_zone,
  };
  assertValid(meetingProblems(draft));
  const now = new Date().toISOString();
  // Two series created at once may pick the same slug: the loser retries with the next one.
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await insertNewSeries(db, group, input, draft, now);
      seriesChanged();
      return created;
    } catch (err) {
      if (attempt >= 8 || !isUniqueViolation(err)) throw err;
    }
  }
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint/i.test(e.message ?? '');
}

function insertNewSeries(
  db: DB,
  group: GroupBasics,
  input: CreateMeetingInput,
  draft: { startDate: string; untilDate: string | null; location: object | null; conferenceUrl: string | null; conferencePhone: string | null },
  now: string,
): Promise<SeriesRow> {
  return db.transaction().execute(async (trx) =>
    repo.insertSeries(trx, {
      id: randomUUID(),
      group_id: group.id,
      slug: await uniqueSlug(trx, group, input.title),
      title: input.title,
      recurrence: JSON.stringify({ ...input.recurrence, interval: input.recurrence.interval ?? 1 }),
      start_date: draft.startDate,
      until_date: draft.untilDate,
      start_time: input.startTime,
      duration_minutes: input.durationMinutes,
      format: input.format,
      location: draft.location ? JSON.stringify(draft.location) : null,
      conference_url: draft.conferenceUrl,
      conference_phone: draft.conferencePhone,
      language: input.language ?? null,
      open: input.open ? 1 : 0,
      types: JSON.stringify(input.types ?? []),
      agenda: JSON.stringify(input.agenda ?? DEFAULT_AGENDA),
      created_at: now,
      updated_at: now,
    }),
  );
}

export async function getSeries(db: Executor, groupId: string, seriesId: string): Promise<SeriesRow> {
  const row = await repo.findSeries(db, groupId, seriesId);
  if (!row) throw new NotFound('No such meeting.');
  return row;
}

export function listSeries(db: Executor, groupId: string): Promise<SeriesRow[]> {
  return repo.listSeries(db, [groupId]);
}

/** Edits a series; the merged result must still pass every cross-field rule. */
export async function updateSeries(db: DB, { group }: GroupAccess, seriesId: string, patch: UpdateMeetingInput): Promise<SeriesRow> {
  const row = await getSeries(db, group.id, seriesId);
  const schedule = scheduleOf(row, group.time_zone);
  const has = <K extends keyof UpdateMeetingInput>(k: K) => patch[k] !== undefined;
  const merged = {
    recurrence: patch.recurrence ?? schedule.recurrence,
    startDate: patch.startDate ?? row.start_date,
    untilDate: has('untilDate') ? (patch.untilDate ?? null) : row.until_date,
    startTime: patch.startTime ?? row.start_time,
    durationMinutes: patch.durationMinutes ?? row.duration_minutes,
    format: patch.format ?? (row.format as CreateMeetingInput['format']),
    location: has('location') ? (patch.location ?? null) : row.location ? JSON.parse(row.location) : null,
    conferenceUrl: has('conferenceUrl') ? (patch.conferenceUrl ?? null) : row.conference_url,
    conferencePhone: has('conferencePhone') ? (patch.conferencePhone ?? null) : row.conference_phone,
    timeZone: group.time_zone,
  };
  assertValid(meetingProblems(merged));
  const updated = await repo.updateSeries(db, row.id, {
    ...(patch.title !== undefined && { title: patch.title }),
    recurrence: JSON.stringify({ ...merged.recurrence, interval: merged.recurrence.interval ?? 1 }),
    start_date: merged.startDate,
    until_date: merged.untilDate,
    start_time: merged.startTime,
    duration_minutes: merged.durationMinutes,
    format: merged.format,
    location: merged.location ? JSON.stringify(merged.location) : null,
    conference_url: merged.conferenceUrl,
    conference_phone: merged.conferencePhone,
    ...(has('language') && { language: patch.language ?? null }),
    ...(patch.open !== undefined && { open: patch.open ? 1 : 0 }),
    ...(patch.types !== undefined && { types: JSON.stringify(patch.types) }),
    ...(patch.agenda !== undefined && { agenda: JSON.stringify(patch.agenda) }),
    updated_at: new Date().toISOString(),
  });
  seriesChanged();
  return updated;
}

export async function deleteSeries(db: DB, { group }: GroupAccess, seriesId: string): Promise<void> {
  await repo.deleteSeries(db, (await getSeries(db, group.id, seriesId)).id);
  seriesChanged();
}

/** The occurrence the rule gives `date` (with its exception applied), or 404. */
export async function findOccurrence(db: Executor, group: GroupBasics, seriesId: string, date: string) {
  const row = await getSeries(db, group.id, seriesId);
  const schedule = scheduleOf(row, group.time_zone);
  if (!isOccurrenceDate(schedule, date)) throw new NotFound('That meeting does not happen on that date.');
  const exceptions = (await repo.exceptionsOf(db, [row.id])).filter((e) => e.original_date === date).map(exceptionOf);
  const exception = exceptions[0];
  // Expand around the date itself, or around where the occurrence was moved to.
  const at = exception?.status === 'moved' ? Date.parse(exception.startsAt) : Date.parse(`${date}T12:00:00Z`);
  const [occurrence] = expandOccurrences(schedule, new Date(at - 2 * DAY), new Date(at + 2 * DAY), exceptions).filter((o) => o.date === date);
  if (!occurrence) throw new NotFound('That meeting does not happen on that date.');
  return { row, occurrence };
}

export type OccurrenceChange = { status: 'cancelled' } | { status: 'moved'; startsAt: string; durationMinutes?: number } | { status: 'restored' };

export async function changeOccurrence(db: DB, { group }: GroupAccess, seriesId: string, date: string, change: OccurrenceChange): Promise<Occurrence> {
  const { row } = await findOccurrence(db, group, seriesId, date);
  if (change.status === 'restored') await repo.deleteException(db, row.id, date);
  else {
    await repo.upsertException(db, {
      id: randomUUID(),
      series_id: row.id,
      original_date: date,
      status: change.status,
      starts_at: change.status === 'moved' ? new Date(change.startsAt).toISOString() : null,
      duration_minutes: change.status === 'moved' ? (change.durationMinutes ?? null) : null,
      created_at: new Date().toISOString(),
    });
  }
  return (await findOccurrence(db, group, seriesId, date)).occurrence;
}
