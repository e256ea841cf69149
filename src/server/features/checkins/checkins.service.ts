import { randomUUID } from 'node:crypto';
import type { CheckinInput } from '../../../shared/recovery/checkins.js';
import type { DB, Executor } from '../../db/database.js';
import { Invalid, NotFound } from '../../errors.js';
import { checkinAnswersBetween, recordCheckinAnswers } from '../goals/goals.service.js';
import { presentCheckin, presentCheckinScales } from './checkins.presenter.js';
import * as repo from './checkins.repository.js';
import { checkDateRange, refuseFuture } from './member-day.js';

interface Calendar {
  today: string;
  earliest: string;
}

/**
 * Saves the member's check-in for one local date — today, or back-filled within the window —
 * with its "substance-free today?" answers, in one transaction.
 */
export async function saveCheckin(db: DB, accountId: string, date: string, input: CheckinInput, calendar: Calendar) {
  refuseFuture(date, calendar.today);
  if (date < calendar.earliest) {
    throw new Invalid('params.date is too long ago', [{ field: 'params.date', message: `must be on or after ${calendar.earliest} (90 days back)` }]);
  }
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const row = await repo.upsertCheckin(trx, {
      id: randomUUID(),
      account_id: accountId,
      date,
      mood: input.mood,
      energy: input.energy,
      craving: input.craving,
      stress: input.stress,
      sleep_hours: input.sleepHours ?? null,
      sleep_quality: input.sleepQuality ?? null,
      meals: input.meals == null ? null : input.meals ? 1 : 0,
      note: input.note ?? null,
      strategies: JSON.stringify(dedupe(input.strategies ?? [])),
      created_at: now,
      updated_at: now,
    });
    await recordCheckinAnswers(trx, accountId, date, input.goals ?? [], calendar.today);
    return presentCheckin(row, (await checkinAnswersBetween(trx, accountId, date, date)).get(date) ?? []);
  });
}

/** Same strategy twice in one day is one strategy (compared without case). */
function dedupe(strategies: string[]): string[] {
  const seen = new Set<string>();
  return strategies.filter((s) => {
    const key = s.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function checkinOn(db: Executor, accountId: string, date: string) {
  const [row, answers] = await Promise.all([repo.findCheckin(db, accountId, date), checkinAnswersBetween(db, accountId, date, date)]);
  if (!row) throw new NotFound('No check-in on that day.');
  return presentCheckin(row, answers.get(date) ?? []);
}

/** The member's check-ins over a range with their goal answers: two queries, whatever the range. */
export async function checkinsBetween(db: Executor, accountId: string, from: string, to: string) {
  checkDateRange(from, to);
  return withAnswers(db, accountId, from, to);
}

async function withAnswers(db: Executor, accountId: string, from: string, to: string) {
  const [rows, answers] = await Promise.all([repo.checkinsBetween(db, accountId, from, to), checkinAnswersBetween(db, accountId, from, to)]);
  return rows.map((row) => presentCheckin(row, answers.get(row.date) ?? []));
}

/** Check-ins without their goal answers, for figures that read only the day's scales (early-warning signs). */
export async function checkinScalesBetween(db: Executor, accountId: string, from: string, to: string) {
  return (await repo.checkinsBetween(db, accountId, from, to)).map(presentCheckinScales);
}

export async function removeCheckin(db: Executor, accountId: string, date: string) {
  if (!(await repo.deleteCheckin(db, accountId, date))) throw new NotFound('No check-in on that day.');
}

/** The strategies the member tried lately, most recent first, each once: the check-in's quick picks. */
export async function recentStrategies(db: Executor, accountId: string, max = 20): Promise<string[]> {
  const out = new Map<string, string>();
  for (const list of await repo.recentStrategyLists(db, accountId)) {
    for (const s of JSON.parse(list) as string[]) {
      const key = s.toLocaleLowerCase();
      if (!out.has(key)) out.set(key, s);
      if (out.size >= max) return [...out.values()];
    }
  }
  return [...out.values()];
}

/** Every check-in of the member, oldest first, for their export. */
export async function allCheckins(db: Executor, accountId: string) {
  return withAnswers(db, accountId, '0000-01-01', '9999-12-31');
}

/** The member's latest check-in date, or null before their first. */
export async function latestCheckinDate(db: Executor, accountId: string): Promise<string | null> {
  return (await repo.latestCheckinDate(db, accountId)) ?? null;
}
