import { describe, expect, it } from 'vitest';
import { initialState } from '../../../shared/live-session/machine.js';
import type { SessionEvent } from '../../../shared/live-session/schema.js';
import { DEFAULT_AGENDA } from '../../../shared/meetings.js';
import { applyMessage, newer, type Synced } from './session-store.js';

const at = '2026-11-28T18:00:00.000Z';
const start = initialState('s1', DEFAULT_AGENDA, { accountId: 'fa', displayName: 'Fa', mode: 'in_person', coreTeam: true }, at);
const joined = (seq: number, accountId: string): SessionEvent => ({
  seq,
  at,
  actor: accountId,
  type: 'participant.joined',
  participant: { accountId, displayName: accountId, mode: 'online', coreTeam: false, present: true, joinedAt: at },
});
const known: Synced = { state: start, seq: 1 };

describe('applyMessage', () => {
  it('applies the next event', () => {
    const { synced, gap } = applyMessage(known, { type: 'event', event: joined(2, 'ana') });
    expect(gap).toBe(false);
    expect(synced?.seq).toBe(2);
    expect(synced?.state.participants.map((p) => p.accountId)).toEqual(['fa', 'ana']);
  });

  it('ignores an event it already has', () => {
    const { synced, gap } = applyMessage(known, { type: 'event', event: joined(1, 'ana') });
    expect(gap).toBe(false);
    expect(synced).toBe(known);
  });

  it('says so when events are missing, and keeps what it knows', () => {
    const { synced, gap } = applyMessage(known, { type: 'event', event: joined(3, 'ana') });
    expect(gap).toBe(true);
    expect(synced).toBe(known);
    expect(applyMessage(null, { type: 'event', event: joined(1, 'ana') }).gap).toBe(true);
  });

  it('takes a sync as the whole truth unless it is older than what it knows', () => {
    const later = { ...start, facilitatorId: 'ana' };
    expect(applyMessage(known, { type: 'sync', seq: 5, state: later }).synced).toEqual({ state: later, seq: 5 });
    expect(applyMessage(null, { type: 'sync', seq: 1, state: start }).synced).toEqual(known);
    expect(applyMessage({ state: later, seq: 5 }, { type: 'sync', seq: 4, state: start }).synced?.seq).toBe(5);
  });
});

describe('newer', () => {
  it('keeps the state with the higher seq', () => {
    const fetched = { state: start, seq: 3 };
    expect(newer(known, fetched)).toBe(fetched);
    expect(newer(fetched, known)).toBe(fetched);
    expect(newer(null, known)).toBe(known);
  });
});
