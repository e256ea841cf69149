import { describe, expect, it } from 'vitest';
import { groupAccessEvents } from './access-groups.js';

const read = (at: string, actorName: string | null, scope = 'checkins.summary') => ({ at, actorName, scope, action: 'read' });

describe('groupAccessEvents', () => {
  it('folds a run of reads by one person of one scope on one day into a line with a count', () => {
    const events = [read('2026-11-28T18:00:00Z', 'Ben'), read('2026-11-28T12:00:00Z', 'Ben'), read('2026-11-28T09:00:00Z', 'Ben')];
    expect(groupAccessEvents(events, 'UTC')).toEqual([{ at: '2026-11-28T18:00:00Z', actorName: 'Ben', scope: 'checkins.summary', count: 3 }]);
  });

  it('keeps people, scopes and days apart, and only folds neighbours', () => {
    const events = [
      read('2026-11-28T18:00:00Z', 'Ben'),
      read('2026-11-28T17:00:00Z', 'Ana'),
      read('2026-11-28T16:00:00Z', 'Ben'),
      read('2026-11-28T15:00:00Z', 'Ben', 'goals'),
      read('2026-11-27T15:00:00Z', 'Ben', 'goals'),
    ];
    expect(groupAccessEvents(events, 'UTC').map((g) => [g.actorName, g.scope, g.count])).toEqual([
      ['Ben', 'checkins.summary', 1],
      ['Ana', 'checkins.summary', 1],
      ['Ben', 'checkins.summary', 1],
      ['Ben', 'goals', 1],
      ['Ben', 'goals', 1],
    ]);
  });

  it('reads the day on the member\'s own clock', () => {
    // 23:30 and 00:30 UTC are the same evening in Chicago, two days in UTC.
    const events = [read('2026-11-28T00:30:00Z', 'Ben'), read('2026-11-27T23:30:00Z', 'Ben')];
    expect(groupAccessEvents(events, 'America/Chicago').map((g) => g.count)).toEqual([2]);
    expect(groupAccessEvents(events, 'UTC').map((g) => g.count)).toEqual([1, 1]);
  });

  it('tells deleted accounts apart from named readers', () => {
    const events = [read('2026-11-28T18:00:00Z', null), read('2026-11-28T17:00:00Z', 'Ben')];
    expect(groupAccessEvents(events, 'UTC')).toHaveLength(2);
  });
});
