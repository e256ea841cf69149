import { randomUUID } from 'node:crypto';
import type { CheckinGoalAnswer } from '../../../shared/recovery/checkins.js';
import type { CreateGoalInput } from '../../../shared/recovery/goals.js';
import { updateGoalBody, goalDayBody, reflectionBody } from '../../../shared/recovery/goals.js';
import type { GoalProgress } from '../../../shared/recovery/progress-schema.js';
import { goalProgress } from '../../../shared/recovery/progress.js';
import type { z } from 'zod';
import type { DB, Executor } from '../../db/database.js';
import { Invalid } from '../../errors.js';
import { refuseFuture } from '../checkins/member-day.js';
import { presentDay, presentGoal } from './goals.presenter.js';
import * as repo from './goals.repository.js';

type Field = { field: string; message: string };
const invalid = (details: Field[]) => new Invalid(details.map((d) => `${d.field} ${d.message}`).join('; '), details);

/** Abstain goals are a clock and take no target; reduce and build goals need one. */
function checkTarget(kind: string, target: unknown): void {
  if (kind === 'abstain' && target != null) throw invalid([{ field: 'body.target', message: 'is not used by abstain goals' }]);
  if (kind !== 'abstain' && target == null) throw invalid([{ field: 'body.target', message: `is required for ${kind} goals` }]);
}

export async function createGoal(db: DB, accountId: string, input: CreateGoalInput, today: string) {
  checkTarget(input.kind, input.target);
  refuseFuture(input.startDate, today, 'body.startDate');
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const goal = await repo.insertGoal(trx, {
      id: randomUUID(),
      account_id: accountId,
      kind: input.kind,
      title: input.title,
      start_date: input.startDate,
      target_amount: input.target?.amount ?? null,
      target_per: input.target?.per ?? null,
      unit: input.unit ?? null,
      status: 'active',
      achieved_on: null,
      created_at: now,
      updated_at: now,
    });
    await repo.insertSteps(
      trx,
      (input.steps ?? []).map((title, position) => ({ id: randomUUID(), goal_id: goal.id, title, position, done_at: null, created_at: now })),
    );
    return presentGoal(goal, await repo.stepsOf(trx, [goal.id]));
  });
}

export async function goalView(db: Executor, goal: repo.GoalRow) {
  return presentGoal(goal, await repo.stepsOf(db, [goal.id]));
}

export async function updateGoal(db: Executor, goal: repo.GoalRow, patch: z.infer<typeof updateGoalBody>, today: string) {
  if (patch.target !== undefined) checkTarget(goal.kind, patch.target);
  const achieved = patch.status === undefined ? {} : { status: patch.status, achieved_on: patch.status === 'achieved' ? (goal.achieved_on ?? today) : null };
  const row = await repo.updateGoal(db, goal.id, {
    ...(patch.title !== undefined && { title: patch.title }),
    ...(patch.target !== undefined && { target_amount: patch.target.amount, target_per: patch.target.per }),
    ...(patch.unit !== undefined && { unit: patch.unit }),
    ...achieved,
    updated_at: new Date().toISOString(),
  });
  return goalView(db, row);
}

/** The figures of one goal, derived from its ledger as of the member's today. */
export async function progressOf(db: Executor, goal: repo.GoalRow, today: string): Promise<GoalProgress> {
  return derive(goal, await repo.dayLedger(db, [goal]), today);
}

function derive(goal: repo.GoalRow, ledger: Awaited<ReturnType<typeof repo.dayLedger>>, today: string): GoalProgress {
  const days = ledger.map((d) => ({ date: d.date, met: d.met === 1, amount: d.amount === null ? null : Number(d.amount) }));
  return goalProgress(
    {
      id: goal.id,
      kind: goal.kind as 'abstain',
      startDate: goal.start_date,
      target: goal.target_amount === null || goal.target_per === null ? null : { amount: Number(goal.target_amount), per: goal.target_per as 'day' },
      status: goal.status as 'active',
      achievedOn: goal.achieved_on,
    },
    days,
    today,
  );
}

/** All of a member's goals with their figures: three queries whatever the number of goals. */
export async function goalsWithProgress(db: Executor, accountId: string, today: string) {
  const goals = await repo.goalsOf(db, accountId);
  const ids = goals.map((g) => g.id);
  const [steps, ledger] = await Promise.all([repo.stepsOf(db, ids), repo.dayLedger(db, goals)]);
  return goals.map((goal) => ({
    ...presentGoal(goal, steps),
    progress: derive(goal, ledger.filter((d) => d.goal_id === goal.id), today),
  }));
}

function checkDayInGoal(goal: repo.GoalRow, date: string, today: string, field = 'params.date') {
  refuseFuture(date, today, field);
  if (date < goal.start_date) throw invalid([{ field, message: `is before the goal's start date (${goal.start_date})` }]);
}

/** Records one day of a goal. For an abstain goal `met:false` is a lapse: data, and history stays. */
export async function recordDay(db: Executor, goal: repo.GoalRow, date: string, body: z.infer<typeof goalDayBody>, today: string, field?: string) {
  checkDayInGoal(goal, date, today, field);
  const now = new Date().toISOString();
  const day = await repo.upsertDay(db, {
    goal_id: goal.id,
    date,
    met: body.met ? 1 : 0,
    amount: body.amount ?? null,
    time: body.time ?? null,
    created_at: now,
    updated_at: now,
  });
  const [reflection] = await repo.reflectionsBetween(db, goal.id, date, date);
  return presentDay(day, reflection);
}

export async function reflect(db: Executor, goal: repo.GoalRow, date: string, body: z.infer<typeof reflectionBody>, today: string) {
  checkDayInGoal(goal, date, today);
  const day = await repo.findDay(db, goal.id, date);
  if (!day) throw invalid([{ field: 'params.date', message: 'has no record to reflect on; record the day first' }]);
  const now = new Date().toISOString();
  const reflection = await repo.upsertReflection(db, {
    goal_id: goal.id,
    date,
    what_happened: body.whatHappened ?? null,
    trigger: body.trigger ?? null,
    what_helped: body.whatHelped ?? null,
    next_time: body.nextTime ?? null,
    created_at: now,
    updated_at: now,
  });
  return presentDay(day, reflection);
}

export async function daysOf(db: Executor, goal: repo.GoalRow, from: string, to: string) {
  const [days, reflections] = await Promise.all([repo.daysBetween(db, goal.id, from, to), repo.reflectionsBetween(db, goal.id, from, to)]);
  const byDate = new Map(reflections.map((r) => [r.date, r]));
  return days.map((d) => presentDay(d, byDate.get(d.date)));
}

/**
 * The check-in's "substance-free today?" answers: each must name one of the member's own
 * active abstain goals that had started by that date.
 */
export async function recordCheckinAnswers(db: Executor, accountId: string, date: string, answers: { goalId: string; met: boolean }[], today: string) {
  if (answers.length === 0) return;
  const goals = new Map((await repo.goalsOf(db, accountId)).map((g) => [g.id, g]));
  const problems: Field[] = [];
  answers.forEach((a, i) => {
    const goal = goals.get(a.goalId);
    if (!goal || goal.kind !== 'abstain' || goal.status !== 'active') problems.push({ field: `body.goals.${i}.goalId`, message: 'is not one of your active abstain goals' });
    else if (date < goal.start_date) problems.push({ field: `body.goals.${i}.goalId`, message: `starts after this date (${goal.start_date})` });
  });
  if (problems.length > 0) throw invalid(problems);
  for (const a of answers) await recordDay(db, goals.get(a.goalId)!, date, { met: a.met }, today);
}

/**
 * The check-in's "substance-free that day?" answers as recorded, per local date: each abstain
 * goal of the member with a day record on that date. One query for the whole range.
 */
export async function checkinAnswersBetween(db: Executor, accountId: string, from: string, to: string): Promise<Map<string, CheckinGoalAnswer[]>> {
  const byDate = new Map<string, CheckinGoalAnswer[]>();
  for (const day of await repo.abstainDaysOfMember(db, accountId, from, to)) {
    const answers = byDate.get(day.date) ?? [];
    answers.push({ goalId: day.goal_id, met: day.met === 1 });
    byDate.set(day.date, answers);
  }
  return byDate;
}

/** All of a member's goals, steps, day records and reflections, for their export. */
export async function everythingOf(db: Executor, accountId: string) {
  const goals = await repo.goalsOf(db, accountId);
  const ids = goals.map((g) => g.id);
  const [steps, days, reflections] = await Promise.all([repo.stepsOf(db, ids), repo.allDays(db, ids), repo.allReflections(db, ids)]);
  return {
    goals: goals.map((g) => presentGoal(g, steps)),
    days: days.map((d) => ({ goalId: d.goal_id, ...presentDay(d, undefined), reflection: undefined })),
    reflections: reflections.map((r) => ({
      goalId: r.goal_id,
      date: r.date,
      whatHappened: r.what_happened,
      trigger: r.trigger,
      whatHelped: r.what_helped,
      nextTime: r.next_time,
      updatedAt: r.updated_at,
    })),
  };
}
