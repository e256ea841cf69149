import { earlyWarningSigns, WINDOW_DAYS, type Signal } from '../../../shared/recovery/early-warning.js';
import { addDays } from '../../../shared/recovery/local-date.js';
import type { Executor } from '../../db/database.js';
import { checkinScalesBetween, latestCheckinDate } from '../checkins/checkins.service.js';
import { recentCravings } from '../cravings/cravings.service.js';
import { recentAttendance } from '../meetings/attendance-summary.js';

/**
 * The member's own early-warning signs: the pure function over their last two weeks of
 * check-ins, cravings and meetings. Computed on request, never stored, shown only to them.
 */
export async function signalsFor(db: Executor, accountId: string, today: string): Promise<Signal[]> {
  const from = addDays(today, -(WINDOW_DAYS - 1));
  const [checkins, cravings, meetings, lastCheckinDate] = await Promise.all([
    checkinScalesBetween(db, accountId, from, today),
    recentCravings(db, accountId, from),
    recentAttendance(db, accountId, from, today),
    latestCheckinDate(db, accountId),
  ]);
  return earlyWarningSigns({ today, checkins, cravings, meetings, lastCheckinDate });
}
