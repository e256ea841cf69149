import { NotFound } from '../../errors.js';
import type { Executor } from '../../db/database.js';
import { requireRead } from '../privacy/privacy.policy.js';
import * as repo from './goals.repository.js';

/** A goal the viewer may read: the owner's, or one an active grant covers (read is audited). */
export async function readableGoal(db: Executor, viewerId: string, id: string): Promise<repo.GoalRow> {
  const goal = await repo.findGoal(db, id);
  if (!goal) throw new NotFound('No such goal.');
  await requireRead(db, viewerId, goal.account_id, 'goals');
  return goal;
}

/** Only the owner changes a goal; to anyone else it does not exist. */
export async function ownGoal(db: Executor, viewerId: string, id: string): Promise<repo.GoalRow> {
  const goal = await repo.findGoal(db, id);
  if (!goal || goal.account_id !== viewerId) throw new NotFound('No such goal.');
  return goal;
}
