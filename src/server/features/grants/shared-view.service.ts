import { addDays, localDate } from '../../../shared/recovery/local-date.js';
import { SCOPES, SHARED_DAYS, type Scope, type SharedView } from '../../../shared/sharing.js';
import type { DB } from '../../db/database.js';
import { NotFound } from '../../errors.js';
import { getAccount } from '../accounts/accounts.service.js';
import { checkinScalesBetween } from '../checkins/checkins.service.js';
import { recentCravings } from '../cravings/cravings.service.js';
import { goalsWithProgress } from '../goals/goals.service.js';
import { requireRead } from '../privacy/privacy.policy.js';
import { latestPlan } from '../safety/safety-plan.repository.js';
import { activeScopes } from './grants.repository.js';

const RECENT_MILESTONES = 3;

/**
 * What the viewer may see of the owner: one section per scope the owner grants them, each
 * read through requireRead so the owner's access log shows it. No active grant at all is a
 * 404, like an account that does not exist.
 */
export async function sharedView(db: DB, viewerId: string, ownerId: string): Promise<SharedView> {
  if (viewerId === ownerId) throw new NotFound();
  const granted = await activeScopes(db, ownerId, viewerId);
  if (granted.size === 0) throw new NotFound();
  const scopes = SCOPES.filter((s) => granted.has(s));
  const owner = await getAccount(db, ownerId);
  const today = localDate(new Date(), owner.time_zone);
  const from = addDays(today, -(SHARED_DAYS - 1));
  const view: SharedView = { accountId: ownerId, name: owner.display_name, today, scopes };
  const read = (scope: Scope) => requireRead(db, viewerId, ownerId, scope, 'shared_view');

  if (granted.has('checkins.summary') || granted.has('checkins.notes')) {
    const days = (await checkinScalesBetween(db, ownerId, from, today)).sort((a, b) => b.date.localeCompare(a.date));
    if (granted.has('checkins.summary')) {
      await read('checkins.summary');
      view.checkins = {
        checkedInToday: days.some((d) => d.date === today),
        days: days.map(({ date, mood, energy, craving, stress, sleepHours, sleepQuality }) => ({ date, mood, energy, craving, stress, sleepHours, sleepQuality })),
      };
    }
    if (granted.has('checkins.notes')) {
      await read('checkins.notes');
      view.notes = days.flatMap((d) => (d.note ? [{ date: d.date, note: d.note }] : []));
    }
  }
  if (granted.has('goals')) {
    await read('goals');
    view.goals = (await goalsWithProgress(db, ownerId, today))
      .filter((g) => g.status === 'active')
      .map((g) => ({
        id: g.id, kind: g.kind, title: g.title, startDate: g.startDate, target: g.target, unit: g.unit,
        unitPeriod: g.progress.unit,
        currentStreak: g.progress.currentStreak,
        longestStreak: g.progress.longestStreak,
        percentDaysMet30: g.progress.percentDaysMet30,
        milestones: [...g.progress.milestones].sort((a, b) => b.reachedOn.localeCompare(a.reachedOn)).slice(0, RECENT_MILESTONES),
      }));
  }
  if (granted.has('cravings')) {
    await read('cravings');
    view.cravings = (await recentCravings(db, ownerId, from))
      .reverse()
      .map(({ at, localDate: date, localTime, intensity, triggers, durationMinutes, outcome }) => ({ at, localDate: date, localTime, intensity, triggers, durationMinutes, outcome }));
  }
  if (granted.has('safety_plan')) {
    await read('safety_plan');
    const plan = await latestPlan(db, ownerId);
    view.safetyPlan = plan && { version: plan.version, updatedAt: plan.createdAt, plan: plan.content };
  }
  if (granted.has('sos')) {
    await read('sos');
    view.sos = { receivesSos: true };
  }
  return view;
}
