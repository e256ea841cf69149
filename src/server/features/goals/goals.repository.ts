import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor, GoalDayTable, GoalStepTable, GoalTable, LapseReflectionTable } from '../../db/database.js';

export type GoalRow = Selectable<GoalTable>;
export type GoalStepRow = Selectable<GoalStepTable>;
export type GoalDayRow = Selectable<GoalDayTable>;
export type ReflectionRow = Selectable<LapseReflectionTable>;

export function insertGoal(db: Executor, row: Insertable<GoalTable>): Promise<GoalRow> {
  return db.insertInto('goals').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Any member's goal by id: whether the viewer may see it is the privacy policy's call. */
export function findGoal(db: Executor, id: string): Promise<GoalRow | undefined> {
  return db.selectFrom('goals').selectAll().where('id', '=', id).executeTakeFirst();
}

export function goalsOf(db: Executor, accountId: string): Promise<GoalRow[]> {
  return db.selectFrom('goals').selectAll().where('account_id', '=', accountId).orderBy('created_at').execute();
}

export function updateGoal(db: Executor, id: string, changes: Updateable<GoalTable>): Promise<GoalRow> {
  return db.updateTable('goals').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteGoal(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('goals').where('id', '=', id).execute();
}

export async function insertSteps(db: Executor, rows: Insertable<GoalStepTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('goal_steps').values(rows).execute();
}

export function stepsOf(db: Executor, goalIds: readonly string[]): Promise<GoalStepRow[]> {
  if (goalIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('goal_steps').selectAll().where('goal_id', 'in', goalIds).orderBy('position').execute();
}

export function updateStep(db: Executor, goalId: string, id: string, changes: Updateable<GoalStepTable>): Promise<GoalStepRow | undefined> {
  return db.updateTable('goal_steps').set(changes).where('goal_id', '=', goalId).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function deleteStep(db: Executor, goalId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('goal_steps').where('goal_id', '=', goalId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function upsertDay(db: Executor, row: Insertable<GoalDayTable>): Promise<GoalDayRow> {
  const { goal_id: _goal, date: _date, created_at: _created, ...changes } = row;
  return db
    .insertInto('goal_days')
    .values(row)
    .onConflict((oc) => oc.columns(['goal_id', 'date']).doUpdateSet(changes))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteDay(db: Executor, goalId: string, date: string): Promise<boolean> {
  const result = await db.deleteFrom('goal_days').where('goal_id', '=', goalId).where('date', '=', date).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * The day records the figures are derived from, by the primary key. For abstain goals only
 * the lapses: a day recorded as met counts exactly like an unrecorded one on a recovery clock,
 * so a year-long clock reads a handful of rows instead of 365.
 */
export function dayLedger(db: Executor, goals: readonly Pick<GoalRow, 'id' | 'kind'>[]) {
  if (goals.length === 0) return Promise.resolve([]);
  const clocks = goals.filter((g) => g.kind === 'abstain').map((g) => g.id);
  const others = goals.filter((g) => g.kind !== 'abstain').map((g) => g.id);
  return db
    .selectFrom('goal_days')
    .select(['goal_id', 'date', 'met', 'amount'])
    .where((eb) =>
      eb.or([
        ...(clocks.length > 0 ? [eb.and([eb('goal_id', 'in', clocks), eb('met', '=', 0)])] : []),
        ...(others.length > 0 ? [eb('goal_id', 'in', others)] : []),
      ]),
    )
    .execute();
}

export function daysBetween(db: Executor, goalId: string, from: string, to: string): Promise<GoalDayRow[]> {
  return db
    .selectFrom('goal_days')
    .selectAll()
    .where('goal_id', '=', goalId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .execute();
}

/**
 * The member's abstain-goal day records between two local dates, across all their goals in
 * one query (a goal's days by the primary key, the member's goals by their index).
 */
export function abstainDaysOfMember(db: Executor, accountId: string, from: string, to: string) {
  return db
    .selectFrom('goal_days')
    .innerJoin('goals', 'goals.id', 'goal_days.goal_id')
    .select(['goal_days.goal_id', 'goal_days.date', 'goal_days.met'])
    .where('goals.account_id', '=', accountId)
    .where('goals.kind', '=', 'abstain')
    .where('goal_days.date', '>=', from)
    .where('goal_days.date', '<=', to)
    .orderBy('goal_days.date')
    .orderBy('goals.created_at')
    .orderBy('goals.id')
    .execute();
}

export function findDay(db: Executor, goalId: string, date: string): Promise<GoalDayRow | undefined> {
  return db.selectFrom('goal_days').selectAll().where('goal_id', '=', goalId).where('date', '=', date).executeTakeFirst();
}

export function upsertReflection(db: Executor, row: Insertable<LapseReflectionTable>): Promise<ReflectionRow> {
  const { goal_id: _goal, date: _date, created_at: _created, ...changes } = row;
  return db
    .insertInto('lapse_reflections')
    .values(row)
    .onConflict((oc) => oc.columns(['goal_id', 'date']).doUpdateSet(changes))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function reflectionsBetween(db: Executor, goalId: string, from: string, to: string): Promise<ReflectionRow[]> {
  return db
    .selectFrom('lapse_reflections')
    .selectAll()
    .where('goal_id', '=', goalId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
}

/** Everything of the member's goals, for their own export. */
export function allDays(db: Executor, goalIds: readonly string[]): Promise<GoalDayRow[]> {
  if (goalIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('goal_days').selectAll().where('goal_id', 'in', goalIds).orderBy('goal_id').orderBy('date').execute();
}

export function allReflections(db: Executor, goalIds: readonly string[]): Promise<ReflectionRow[]> {
  if (goalIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('lapse_reflections').selectAll().where('goal_id', 'in', goalIds).orderBy('goal_id').orderBy('date').execute();
}
