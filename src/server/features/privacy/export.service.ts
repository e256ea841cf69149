import { strToU8, zipSync } from 'fflate';
import type { Executor, MemberRow } from '../../db/database.js';
import { allCheckins } from '../checkins/checkins.service.js';
import { allCravings } from '../cravings/cravings.service.js';
import { everythingOf } from '../goals/goals.service.js';
import { myAttendance } from '../meetings/attendance.service.js';
import { presentMyAttendance } from '../meetings/meetings.presenter.js';
import { toCsv } from './csv.js';

/** Everything personal Kindred keeps about the member, as they would read it back. */
export async function personalRecords(db: Executor, account: MemberRow) {
  const [checkins, goals, cravings, attendance] = await Promise.all([
    allCheckins(db, account.id),
    everythingOf(db, account.id),
    allCravings(db, account.id),
    myAttendance(db, account.id),
  ]);
  return {
    format: 'kindred-export/1',
    exportedAt: new Date().toISOString(),
    account: {
      username: account.username,
      displayName: account.display_name,
      email: account.email,
      locale: account.locale,
      timeZone: account.time_zone,
      country: account.country,
      createdAt: account.created_at,
    },
    checkins,
    goals: goals.goals,
    goalDays: goals.days,
    lapseReflections: goals.reflections,
    cravings,
    attendance: attendance.map(presentMyAttendance),
  };
}

type Records = Awaited<ReturnType<typeof personalRecords>>;

/** The export as a zip: one JSON file with everything, and one CSV per kind of record for spreadsheets. */
export function exportZip(records: Records): Uint8Array {
  const goalTitle = new Map(records.goals.map((g) => [g.id, g.title]));
  const files = {
    'kindred-export.json': JSON.stringify(records, null, 2),
    'checkins.csv': toCsv(records.checkins, [
      ['date', (c) => c.date], ['mood', (c) => c.mood], ['energy', (c) => c.energy], ['craving', (c) => c.craving],
      ['stress', (c) => c.stress], ['sleep_hours', (c) => c.sleepHours], ['sleep_quality', (c) => c.sleepQuality],
      ['regular_meals', (c) => c.meals], ['strategies', (c) => c.strategies.join('; ')], ['note', (c) => c.note],
    ]),
    'goals.csv': toCsv(records.goals, [
      ['id', (g) => g.id], ['kind', (g) => g.kind], ['title', (g) => g.title], ['start_date', (g) => g.startDate],
      ['target_amount', (g) => g.target?.amount], ['target_per', (g) => g.target?.per], ['unit', (g) => g.unit],
      ['status', (g) => g.status], ['achieved_on', (g) => g.achievedOn],
    ]),
    'goal-days.csv': toCsv(records.goalDays, [
      ['goal_id', (d) => d.goalId], ['goal', (d) => goalTitle.get(d.goalId)], ['date', (d) => d.date], ['met', (d) => d.met],
      ['amount', (d) => d.amount], ['time', (d) => d.time],
    ]),
    'lapse-reflections.csv': toCsv(records.lapseReflections, [
      ['goal_id', (r) => r.goalId], ['goal', (r) => goalTitle.get(r.goalId)], ['date', (r) => r.date], ['what_happened', (r) => r.whatHappened],
      ['trigger', (r) => r.trigger], ['what_helped', (r) => r.whatHelped], ['next_time', (r) => r.nextTime],
    ]),
    'cravings.csv': toCsv(records.cravings, [
      ['at', (c) => c.at], ['local_date', (c) => c.localDate], ['local_time', (c) => c.localTime], ['intensity', (c) => c.intensity],
      ['triggers', (c) => c.triggers.join('; ')], ['situation', (c) => c.situation], ['duration_minutes', (c) => c.durationMinutes],
      ['action', (c) => c.action], ['outcome', (c) => c.outcome],
    ]),
    'attendance.csv': toCsv(records.attendance, [
      ['date', (a) => a.date], ['group', (a) => a.groupName], ['meeting', (a) => a.title], ['status', (a) => a.status], ['mode', (a) => a.mode],
    ]),
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6 });
}
