import { randomUUID } from 'node:crypto';
import type { DB, Executor } from '../../db/database.js';
import { Conflict, Invalid, NotFound } from '../../errors.js';
import { activeMemberNames, memberGroup } from '../groups/groups.service.js';
import * as repo from './celebrations.repository.js';
import type { GoalRow } from './goals.repository.js';
import { progressOf } from './goals.service.js';

export interface CelebrationInput {
  groupId: string;
  kind: 'streak' | 'cumulative' | 'achieved';
  days: number;
  message?: string | null;
}

/**
 * A member chooses to celebrate a milestone they reached in one of their groups. Only the
 * milestone and their own words are shared — never the goal's title or any figure beyond it.
 */
export async function celebrate(db: DB, accountId: string, goal: GoalRow, input: CelebrationInput, today: string) {
  const { group } = await memberGroup(db, input.groupId, accountId);
  const progress = await progressOf(db, goal, today);
  if (!progress.milestones.some((m) => m.kind === input.kind && m.days === input.days)) {
    throw new Invalid('body.days is not a milestone this goal has reached', [{ field: 'body.days', message: 'is not a milestone this goal has reached' }]);
  }
  if (await repo.findCelebration(db, { goalId: goal.id, groupId: group.id, kind: input.kind, days: input.days })) throw new Conflict('You already celebrated this milestone in that group.', 'already_celebrated');
  const row = {
    id: randomUUID(),
    account_id: accountId,
    group_id: group.id,
    goal_id: goal.id,
    kind: input.kind,
    days: input.days,
    unit: progress.unit,
    message: input.message?.trim() || null,
    created_at: new Date().toISOString(),
  };
  await repo.insertCelebration(db, row);
  return { id: row.id, groupId: group.id, kind: row.kind, days: row.days, unit: row.unit, message: row.message, createdAt: row.created_at };
}

/** A group's recent celebrations, by its active members only, with display names. */
export async function groupCelebrations(db: Executor, groupKey: string, viewerId: string, limit = 50) {
  const { group } = await memberGroup(db, groupKey, viewerId);
  const [rows, members] = await Promise.all([
    repo.groupCelebrations(db, group.id, limit),
    activeMemberNames(db, group.id),
  ]);
  const names = new Map(members.map((m) => [m.account_id, m.display_name]));
  return rows
    .filter((r) => names.has(r.account_id))
    .map((r) => ({
      id: r.id,
      displayName: names.get(r.account_id)!,
      mine: r.account_id === viewerId,
      kind: r.kind as CelebrationInput['kind'],
      days: r.days,
      unit: r.unit as 'day' | 'week',
      message: r.message,
      createdAt: r.created_at,
    }));
}

/**
 * The milestones the member shared, in which group, so every device of theirs knows what is
 * already celebrated where. Their messages stay on the group page.
 */
export async function myCelebrations(db: Executor, accountId: string) {
  return (await repo.celebrationsBy(db, accountId)).map((r) => ({
    id: r.id,
    goalId: r.goal_id,
    groupId: r.group_id,
    kind: r.kind as CelebrationInput['kind'],
    days: r.days,
    unit: r.unit as 'day' | 'week',
    createdAt: r.created_at,
  }));
}

export async function withdraw(db: Executor, accountId: string, id: string) {
  if (!(await repo.deleteCelebration(db, accountId, id))) throw new NotFound('No such celebration.');
}
