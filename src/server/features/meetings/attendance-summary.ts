import type { Executor } from '../../db/database.js';
import { activeGroupIds } from '../groups/groups.service.js';

/**
 * How a member's recent meetings went, for early-warning signs: meetings they attended, and
 * meetings they missed — counted only where the group took attendance (someone was marked
 * present), so groups that never take attendance never make anyone look absent.
 */
export async function recentAttendance(db: Executor, accountId: string, fromDate: string, toDate: string) {
  const groupIds = await activeGroupIds(db, accountId);
  if (groupIds.length === 0) return { attended: 0, missed: 0 };
  const rows = await db
    .selectFrom('attendance')
    .innerJoin('meeting_series', 'meeting_series.id', 'attendance.series_id')
    .select(['attendance.series_id', 'attendance.occurrence_date', 'attendance.account_id', 'attendance.status'])
    .where('meeting_series.group_id', 'in', groupIds)
    .where('attendance.occurrence_date', '>=', fromDate)
    .where('attendance.occurrence_date', '<=', toDate)
    .execute();
  const taken = new Map<string, 'attended' | 'excused' | 'missed'>();
  for (const row of rows) {
    const key = `${row.series_id}/${row.occurrence_date}`;
    if (row.account_id === accountId) taken.set(key, row.status === 'present' ? 'attended' : 'excused');
    else if (row.status === 'present' && !taken.has(key)) taken.set(key, 'missed');
  }
  const values = [...taken.values()];
  return { attended: values.filter((v) => v === 'attended').length, missed: values.filter((v) => v === 'missed').length };
}
