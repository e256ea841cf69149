import type { SafetyPlanContent } from '../../../shared/safety-plan.js';
import type { Executor } from '../../db/database.js';

export interface StoredPlan {
  version: number;
  createdAt: string;
  content: SafetyPlanContent;
}

const present = (row: { version: number; created_at: string; content: string }): StoredPlan => ({
  version: Number(row.version),
  createdAt: row.created_at,
  content: JSON.parse(row.content) as SafetyPlanContent,
});

/** The member's newest plan version, or null when they have none. No access check: callers go through requireRead. */
export async function latestPlan(db: Executor, accountId: string): Promise<StoredPlan | null> {
  const row = await db
    .selectFrom('safety_plans')
    .select(['version', 'created_at', 'content'])
    .where('account_id', '=', accountId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? present(row) : null;
}

export async function planVersion(db: Executor, accountId: string, version: number): Promise<StoredPlan | null> {
  const row = await db
    .selectFrom('safety_plans')
    .select(['version', 'created_at', 'content'])
    .where('account_id', '=', accountId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? present(row) : null;
}

export async function listVersions(db: Executor, accountId: string): Promise<Array<{ version: number; createdAt: string }>> {
  const rows = await db
    .selectFrom('safety_plans')
    .select(['version', 'created_at'])
    .where('account_id', '=', accountId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({ version: Number(r.version), createdAt: r.created_at }));
}

export async function insertPlanVersion(db: Executor, accountId: string, version: number, content: SafetyPlanContent, createdAt: string) {
  await db.insertInto('safety_plans').values({ account_id: accountId, version, content: JSON.stringify(content), created_at: createdAt }).execute();
}
