import { randomUUID } from 'node:crypto';
import type { Craving, CravingInput } from '../../../shared/recovery/cravings.js';
import { localDate } from '../../../shared/recovery/local-date.js';
import type { Executor } from '../../db/database.js';
import { Invalid, NotFound } from '../../errors.js';
import * as repo from './cravings.repository.js';

/** A phone's clock may run a little fast; anything later than this is in the future. */
const CLOCK_SKEW_MS = 5 * 60_000;
const MAX_RANGE_MS = 400 * 86_400_000;

const timeFormatters = new Map<string, Intl.DateTimeFormat>();
function localTime(instant: Date, timeZone: string): string {
  let f = timeFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    timeFormatters.set(timeZone, f);
  }
  return f.format(instant);
}

export function presentCraving(row: repo.CravingRow): Craving {
  return {
    id: row.id,
    at: row.at,
    localDate: row.local_date,
    localTime: row.local_time,
    intensity: row.intensity,
    triggers: JSON.parse(row.triggers) as Craving['triggers'],
    situation: row.situation,
    durationMinutes: row.duration_minutes,
    action: row.action,
    outcome: row.outcome as Craving['outcome'],
    createdAt: row.created_at,
  };
}

/** Logs a craving at the moment it happened, fixing the member's local date and time of day then. */
export async function logCraving(db: Executor, accountId: string, timeZone: string, input: CravingInput, now = new Date()) {
  const at = new Date(input.at);
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new Invalid('body.at is in the future', [{ field: 'body.at', message: 'must not be in the future' }]);
  const row = await repo.insertCraving(db, {
    id: randomUUID(),
    account_id: accountId,
    at: at.toISOString(),
    local_date: localDate(at, timeZone),
    local_time: localTime(at, timeZone),
    intensity: input.intensity,
    triggers: JSON.stringify([...new Set(input.triggers)]),
    situation: input.situation || null,
    duration_minutes: input.durationMinutes ?? null,
    action: input.action || null,
    outcome: input.outcome,
    created_at: now.toISOString(),
  });
  return presentCraving(row);
}

export async function cravingsBetween(db: Executor, accountId: string, fromIso: string, toIso: string) {
  const from = new Date(fromIso);
  const to = new Date(toIso);
  if (to <= from) throw new Invalid('querystring.to must be after from', [{ field: 'querystring.to', message: 'must be after from' }]);
  if (to.getTime() - from.getTime() > MAX_RANGE_MS) {
    throw new Invalid('querystring.to must be at most 400 days after from', [{ field: 'querystring.to', message: 'must be at most 400 days after from' }]);
  }
  return (await repo.cravingsBetween(db, accountId, from.toISOString(), to.toISOString())).map(presentCraving);
}

export async function removeCraving(db: Executor, accountId: string, id: string) {
  if (!(await repo.deleteCraving(db, accountId, id))) throw new NotFound('No such craving entry.');
}

/** The whole craving log, newest first, for the member's export. */
export async function allCravings(db: Executor, accountId: string) {
  return (await repo.cravingsBetween(db, accountId, '0000-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z')).map(presentCraving);
}

/** Cravings logged on or after a local date, oldest first. */
export async function recentCravings(db: Executor, accountId: string, fromDate: string) {
  return (await repo.cravingsSinceDate(db, accountId, fromDate)).map(presentCraving);
}
