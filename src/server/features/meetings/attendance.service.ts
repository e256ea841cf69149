import { randomUUID } from 'node:crypto';
import type { AttendanceSheet } from '../../../shared/meetings.js';
import type { DB, Executor } from '../../db/database.js';
import { Conflict, Invalid } from '../../errors.js';
import { activeMemberNames, groupBasics } from '../groups/groups.service.js';
import { isCheckInOpen, type GroupAccess } from './meetings.policy.js';
import { presentAttendanceSheet } from './meetings.presenter.js';
import * as repo from './meetings.repository.js';
import { findOccurrence } from './meetings.service.js';

/** Who came to one occurrence: every active member, marked or not, with counts. */
export async function attendanceSheet(db: Executor, { group }: GroupAccess, seriesId: string, date: string): Promise<AttendanceSheet> {
  const { row } = await findOccurrence(db, group, seriesId, date);
  const [members, marks] = await Promise.all([activeMemberNames(db, group.id), repo.attendanceOf(db, row.id, date)]);
  const byAccount = new Map(marks.map((m) => [m.account_id, m]));
  return presentAttendanceSheet(
    row.id,
    date,
    members.map((m) => ({ ...m, status: byAccount.get(m.account_id)?.status ?? null, mode: byAccount.get(m.account_id)?.mode ?? null })),
  );
}

/** The core team marks members present or excused; null clears a mark. */
export async function markAttendance(
  db: DB,
  access: GroupAccess,
  seriesId: string,
  date: string,
  entries: Array<{ membershipId: string; status: 'present' | 'excused' | null }>,
): Promise<AttendanceSheet> {
  const { row } = await findOccurrence(db, access.group, seriesId, date);
  const members = new Map((await activeMemberNames(db, access.group.id)).map((m) => [m.id, m]));
  const unknown = entries.flatMap((e, i) =>
    members.has(e.membershipId) ? [] : [{ field: `body.entries.${i}.membershipId`, message: 'is not an active member of this group' }],
  );
  if (unknown.length > 0) throw new Invalid(unknown.map((u) => `${u.field} ${u.message}`).join('; '), unknown);
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    for (const entry of entries) {
      const accountId = members.get(entry.membershipId)!.account_id;
      if (entry.status === null) await repo.deleteAttendance(trx, row.id, date, accountId);
      else {
        await repo.upsertAttendance(trx, {
          id: randomUUID(),
          series_id: row.id,
          occurrence_date: date,
          account_id: accountId,
          status: entry.status,
          marked_by: access.membership.account_id,
          created_at: now,
          updated_at: now,
        });
      }
    }
  });
  return attendanceSheet(db, access, seriesId, date);
}

/** A member checks themself in, only while the occurrence is on. */
export async function checkIn(db: DB, { group, membership }: GroupAccess, seriesId: string, date: string, mode: 'in_person' | 'online', now = new Date()) {
  const { row, occurrence } = await findOccurrence(db, group, seriesId, date);
  if (!isCheckInOpen(occurrence, now)) {
    throw new Conflict('Check-in opens 15 minutes before the meeting starts and closes when it ends.', 'not_happening_now', {
      startsAt: occurrence.startsAt,
      endsAt: occurrence.endsAt,
      status: occurrence.status,
    });
  }
  const stamp = now.toISOString();
  await repo.upsertAttendance(db, {
    id: randomUUID(),
    series_id: row.id,
    occurrence_date: date,
    account_id: membership.account_id,
    status: 'present',
    mode,
    marked_by: membership.account_id,
    created_at: stamp,
    updated_at: stamp,
  });
  return { seriesId: row.id, date, status: 'present' as const, mode };
}

/** My attendance, newest first, each with its group's name (also groups I have since left). */
export async function myAttendance(db: Executor, accountId: string) {
  const rows = await repo.attendanceHistory(db, accountId);
  const names = new Map((await groupBasics(db, [...new Set(rows.map((r) => r.group_id))])).map((g) => [g.id, g.name]));
  return rows.flatMap((r) => {
    const groupName = names.get(r.group_id);
    return groupName === undefined ? [] : [{ ...r, group_name: groupName }];
  });
}

/** For live sessions: joining one marks the member present at its occurrence, with how they came. */
export async function recordPresence(db: Executor, seriesId: string, date: string, accountId: string, mode: 'in_person' | 'online', now: string): Promise<void> {
  await repo.upsertAttendance(db, {
    id: randomUUID(),
    series_id: seriesId,
    occurrence_date: date,
    account_id: accountId,
    status: 'present',
    mode,
    marked_by: accountId,
    created_at: now,
    updated_at: now,
  });
}
