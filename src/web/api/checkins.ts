import type { Checkin, CheckinInput } from '../../shared/recovery/checkins.js';
import type { Goal } from '../../shared/recovery/goals.js';
import type { Signal } from '../../shared/recovery/early-warning.js';
import type { GoalProgress } from '../../shared/recovery/progress-schema.js';
import { ApiError, apiRequest } from './client.js';

// Types only from the shared modules: their runtime pulls in zod, which stays out of Today's first download.
export type { Checkin, CheckinInput, Goal, GoalProgress, Signal };

export interface CheckinWindow {
  today: string;
  earliest: string;
  timeZone: string;
}

const day = (date: string) => `/api/checkins/${encodeURIComponent(date)}`;

export const fetchWindow = () => apiRequest<CheckinWindow>('GET', '/api/checkins/window');
export const listCheckins = (from: string, to: string) =>
  apiRequest<Checkin[]>('GET', `/api/checkins?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
/** The day's check-in, or null when there is none yet. */
export const fetchCheckin = (date: string) =>
  apiRequest<Checkin>('GET', day(date)).catch((e: unknown) => {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  });
export const saveCheckin = (date: string, input: CheckinInput) => apiRequest<Checkin>('PUT', day(date), input);
export const deleteCheckin = (date: string) => apiRequest<void>('DELETE', day(date));
export const recentStrategies = () =>
  apiRequest<{ strategies: string[] }>('GET', '/api/checkins/strategies').then((r) => r.strategies);

/** Active abstain goals that had started by `date`: the check-in asks "substance-free today?" for each. */
export const abstainGoalsOn = (date: string) =>
  apiRequest<{ goals: Goal[] }>('GET', '/api/goals').then((r) =>
    r.goals.filter((g) => g.kind === 'abstain' && g.status === 'active' && g.startDate <= date),
  );
/**
 * The goal-page records of a day with no check-in yet (a check-in carries its own answers):
 * so a lapse recorded on the goal page shows as "No" when the day's check-in is first filled in.
 */
export const recordedAnswersOn = (goals: readonly Goal[], date: string) =>
  Promise.all(
    goals.map((g) =>
      apiRequest<Array<{ date: string; met: boolean }>>('GET', `/api/goals/${encodeURIComponent(g.id)}/days?from=${date}&to=${date}`).then((days) =>
        days.map((d) => ({ goalId: g.id, met: d.met })),
      ),
    ),
  ).then((lists) => lists.flat());
export const goalProgress = (goalId: string) => apiRequest<GoalProgress>('GET', `/api/goals/${encodeURIComponent(goalId)}/progress`);

export const fetchSignals = () => apiRequest<{ signals: Signal[] }>('GET', '/api/me/signals').then((r) => r.signals);
