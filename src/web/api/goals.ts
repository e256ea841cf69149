import type { CreateGoalInput, Goal, GoalDay } from '../../shared/recovery/goals.js';
import type { GoalProgress, Milestone } from '../../shared/recovery/progress-schema.js';
import { apiRequest } from './client.js';

/** The API for a member's own goals, their day records, steps and milestone celebrations (docs/recovery-api.md). */

export type GoalWithProgress = Goal & { progress: GoalProgress };
export type Step = Goal['steps'][number];
export type Reflection = NonNullable<GoalDay['reflection']>;
export interface GoalPatch {
  title?: string;
  target?: { amount: number; per: 'day' | 'week' };
  unit?: string | null;
  status?: Goal['status'];
}
export interface DayRecord {
  met: boolean;
  amount?: number | null;
  time?: string | null;
}

const goal = (id: string) => `/api/goals/${encodeURIComponent(id)}`;
const day = (id: string, date: string) => `${goal(id)}/days/${encodeURIComponent(date)}`;

export const listGoals = () => apiRequest<{ goals: GoalWithProgress[] }>('GET', '/api/goals').then((r) => r.goals);
export const createGoal = (input: CreateGoalInput) => apiRequest<Goal>('POST', '/api/goals', input);
export const fetchGoal = (id: string) => apiRequest<Goal>('GET', goal(id));
export const updateGoal = (id: string, patch: GoalPatch) => apiRequest<Goal>('PATCH', goal(id), patch);
export const deleteGoal = (id: string) => apiRequest<void>('DELETE', goal(id));
export const fetchProgress = (id: string) => apiRequest<GoalProgress>('GET', `${goal(id)}/progress`);

/** Recorded days only (an abstain goal's unrecorded days count as met), with their reflections. */
export const listDays = (id: string, from: string, to: string) =>
  apiRequest<GoalDay[]>('GET', `${goal(id)}/days?from=${from}&to=${to}`);
export const recordDay = (id: string, date: string, record: DayRecord) => apiRequest<GoalDay>('PUT', day(id, date), record);
export const undoDay = (id: string, date: string) => apiRequest<void>('DELETE', day(id, date));
export const saveReflection = (id: string, date: string, reflection: Partial<Reflection>) =>
  apiRequest<GoalDay>('PUT', `${day(id, date)}/reflection`, reflection);

export const addStep = (id: string, title: string) => apiRequest<Step>('POST', `${goal(id)}/steps`, { title });
export const updateStep = (id: string, stepId: string, patch: { title?: string; done?: boolean }) =>
  apiRequest<Step>('PATCH', `${goal(id)}/steps/${encodeURIComponent(stepId)}`, patch);
export const removeStep = (id: string, stepId: string) =>
  apiRequest<void>('DELETE', `${goal(id)}/steps/${encodeURIComponent(stepId)}`);

/** Shares one reached milestone with one of the member's groups; nothing is shared otherwise. */
export const celebrateInGroup = (id: string, milestone: Pick<Milestone, 'kind' | 'days'>, groupId: string, message?: string) =>
  apiRequest<unknown>('POST', `${goal(id)}/celebrations`, { groupId, kind: milestone.kind, days: milestone.days, message });


/** A milestone the member shared, and where (GET /api/me/celebrations); the message stays with the group. */
export interface MyCelebration {
  id: string;
  goalId: string | null;
  groupId: string;
  kind: Milestone['kind'];
  days: number;
  unit: 'day' | 'week';
  createdAt: string;
}
export const myCelebrations = () =>
  apiRequest<{ celebrations: MyCelebration[] }>('GET', '/api/me/celebrations').then((r) => r.celebrations);
