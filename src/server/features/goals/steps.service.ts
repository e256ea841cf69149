import { randomUUID } from 'node:crypto';
import { MAX_STEPS } from '../../../shared/recovery/goals.js';
import type { Executor } from '../../db/database.js';
import { Conflict, NotFound } from '../../errors.js';
import { presentStep } from './goals.presenter.js';
import * as repo from './goals.repository.js';

/** Small concrete next steps on a goal, ticked off by the member. */
export async function addStep(db: Executor, goal: repo.GoalRow, title: string) {
  const steps = await repo.stepsOf(db, [goal.id]);
  if (steps.length >= MAX_STEPS) throw new Conflict(`A goal keeps at most ${MAX_STEPS} steps.`, 'too_many_steps');
  const step = { id: randomUUID(), goal_id: goal.id, title, position: (steps.at(-1)?.position ?? -1) + 1, done_at: null, created_at: new Date().toISOString() };
  await repo.insertSteps(db, [step]);
  return presentStep(step);
}

export async function changeStep(db: Executor, goal: repo.GoalRow, stepId: string, patch: { title?: string; done?: boolean }) {
  const step = await repo.updateStep(db, goal.id, stepId, {
    ...(patch.title !== undefined && { title: patch.title }),
    ...(patch.done !== undefined && { done_at: patch.done ? new Date().toISOString() : null }),
  });
  if (!step) throw new NotFound('No such step.');
  return presentStep(step);
}

export async function removeStep(db: Executor, goal: repo.GoalRow, stepId: string) {
  if (!(await repo.deleteStep(db, goal.id, stepId))) throw new NotFound('No such step.');
}
