import type { SafetyPlanContent } from '../../../shared/safety-plan.js';
import type { DB, Executor } from '../../db/database.js';
import { Conflict, NotFound } from '../../errors.js';
import { presentPlan, tidyPlan } from './safety-plan.presenter.js';
import * as repo from './safety-plan.repository.js';

/** The member's current plan (callers have passed requireRead). */
export async function currentPlan(db: Executor, accountId: string) {
  return presentPlan(await repo.latestPlan(db, accountId));
}

/**
 * Saves the plan as a new version, keeping every earlier one. Saving what is already the
 * latest version stores nothing, so pressing Save twice does not fill the history.
 */
export async function savePlan(db: DB, accountId: string, input: SafetyPlanContent, now = new Date()) {
  const content = tidyPlan(input);
  try {
    return await db.transaction().execute(async (trx) => {
      const latest = await repo.latestPlan(trx, accountId);
      if (latest && JSON.stringify(tidyPlan(latest.content)) === JSON.stringify(content)) return presentPlan(latest);
      const version = (latest?.version ?? 0) + 1;
      await repo.insertPlanVersion(trx, accountId, version, content, now.toISOString());
      return presentPlan({ version, createdAt: now.toISOString(), content });
    });
  } catch (err) {
    // Two saves at the same instant (two open tabs) race for the same version number.
    if (isPrimaryKeyViolation(err)) throw new Conflict('Your plan was saved somewhere else at the same moment. Please reload and try again.', 'plan_conflict');
    throw err;
  }
}

function isPrimaryKeyViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || /UNIQUE constraint/i.test(e.message ?? '');
}

export function versions(db: Executor, accountId: string) {
  return repo.listVersions(db, accountId);
}

export async function versionOf(db: Executor, accountId: string, version: number) {
  const stored = await repo.planVersion(db, accountId, version);
  if (!stored) throw new NotFound('No such version of your safety plan.');
  return presentPlan(stored);
}
