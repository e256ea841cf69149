import type { Milestone } from '../../../shared/recovery/progress-schema.js';
import { readSetting, writeSetting } from '../../lib/storage.js';
import { milestoneKey } from './goal-figures.js';

/** Milestones already celebrated (or dismissed) on this device, per goal. Kept locally, never sent. */
const key = (goalId: string) => `milestones-seen.${goalId}`;

export function seenMilestones(goalId: string): Set<string> {
  try {
    const saved: unknown = JSON.parse(readSetting(key(goalId)) ?? '[]');
    return new Set(Array.isArray(saved) ? saved.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Marks every milestone reached so far as seen, so only later ones are celebrated. */
export function markMilestonesSeen(goalId: string, milestones: readonly Milestone[]): void {
  const seen = seenMilestones(goalId);
  for (const m of milestones) seen.add(milestoneKey(m));
  writeSetting(key(goalId), JSON.stringify([...seen]));
}
