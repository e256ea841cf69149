import { describe, expect, it } from 'vitest';
import { goalDayStates } from './progress-day-states.js';

const abstain = { id: 'g', kind: 'abstain', startDate: '2026-03-01', target: null, status: 'active', achievedOn: null } as const;

describe('goalDayStates', () => {
  it('marks an abstain goal’s days met, the lapse missed, today open and days outside the goal', () => {
    const stateOf = goalDayStates(abstain, [{ date: '2026-03-03', met: false }], '2026-03-05');
    expect(['2026-02-28', '2026-03-01', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map(stateOf)).toEqual([
      'outside',
      'met',
      'missed',
      'met',
      'open',
      'outside',
    ]);
  });

  it('shows a lapse recorded today at once', () => {
    expect(goalDayStates(abstain, [{ date: '2026-03-05', met: false }], '2026-03-05')('2026-03-05')).toBe('missed');
  });

  it('leaves unrecorded days of a reduce goal untracked', () => {
    const reduce = { ...abstain, kind: 'reduce', target: { amount: 2, per: 'day' } } as const;
    const stateOf = goalDayStates(reduce, [{ date: '2026-03-01', met: true, amount: 1 }, { date: '2026-03-02', met: false, amount: 4 }], '2026-03-05');
    expect(['2026-03-01', '2026-03-02', '2026-03-03'].map(stateOf)).toEqual(['met', 'missed', 'untracked']);
  });
});
