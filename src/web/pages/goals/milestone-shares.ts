import type { Milestone } from '../../../shared/recovery/progress-schema.js';
import type { MyCelebration } from '../../api/goals.js';

interface NamedGroup {
  id: string;
  name: string;
}

/**
 * Where one milestone of one goal is already celebrated (among the member's current groups, by
 * name) and whether a group is left to celebrate it in. Shares from any device count.
 */
export function milestoneShares(
  goalId: string,
  milestone: Pick<Milestone, 'kind' | 'days'>,
  celebrations: readonly MyCelebration[],
  groups: readonly NamedGroup[],
) {
  const sharedGroupIds = new Set(
    celebrations.filter((c) => c.goalId === goalId && c.kind === milestone.kind && c.days === milestone.days).map((c) => c.groupId),
  );
  return {
    sharedIn: groups.filter((g) => sharedGroupIds.has(g.id)).map((g) => g.name),
    sharedGroupIds: [...sharedGroupIds],
    // With no group yet, the dialog still opens to say how to find one.
    canShareMore: groups.length === 0 || groups.some((g) => !sharedGroupIds.has(g.id)),
  };
}
