import { describe, expect, it } from 'vitest';
import type { MyCelebration } from '../../api/goals.js';
import { milestoneShares } from './milestone-shares.js';

const share = (goalId: string | null, groupId: string, days: number, kind: MyCelebration['kind'] = 'streak'): MyCelebration => ({
  id: `${groupId}-${days}`,
  goalId,
  groupId,
  kind,
  days,
  unit: 'day',
  createdAt: '2026-03-01T10:00:00.000Z',
});
const groups = [
  { id: 'g1', name: 'Harbour Circle' },
  { id: 'g2', name: 'Tuesday Group' },
];
const fortnight = { kind: 'streak', days: 14 } as const;

describe('where a milestone is already celebrated', () => {
  it('names the groups it was shared in and still offers the others', () => {
    const result = milestoneShares('goal', fortnight, [share('goal', 'g1', 14), share('goal', 'g2', 7)], groups);
    expect(result).toEqual({ sharedIn: ['Harbour Circle'], sharedGroupIds: ['g1'], canShareMore: true });
  });

  it('offers no group once it is shared in every one', () => {
    const result = milestoneShares('goal', fortnight, [share('goal', 'g1', 14), share('goal', 'g2', 14)], groups);
    expect(result.sharedIn).toEqual(['Harbour Circle', 'Tuesday Group']);
    expect(result.canShareMore).toBe(false);
  });

  it("counts only this goal's same milestone, and leaves out groups the member has left", () => {
    const others = [share('other', 'g1', 14), share(null, 'g1', 14), share('goal', 'g1', 14, 'cumulative'), share('goal', 'gone', 14)];
    expect(milestoneShares('goal', fortnight, others, groups)).toEqual({ sharedIn: [], sharedGroupIds: ['gone'], canShareMore: true });
  });

  it('still offers the dialog to a member with no group (it says how to find one)', () => {
    expect(milestoneShares('goal', fortnight, [], []).canShareMore).toBe(true);
  });
});
