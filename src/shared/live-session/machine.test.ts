import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENDA } from '../meetings.js';
import { currentTurn, decide, evolve, initialState } from './machine.js';
import type { SessionCommand, SessionState } from './schema.js';
import { sessionCommandSchema } from './schema.js';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 28, 18, minute)).toISOString();
const person = (accountId: string, coreTeam = false) => ({ accountId, displayName: accountId, mode: 'in_person' as const, coreTeam });

function run(state: SessionState, actor: string, input: unknown, minute = 1): SessionState {
  return evolve(state, decide(state, actor, sessionCommandSchema.parse(input) as SessionCommand, at(minute)));
}

describe('live session machine: a whole session', () => {
  it('goes through the four phases with a share, a pass and a reflection', () => {
    let s = initialState('s1', DEFAULT_AGENDA, person('fa', true), at(0));
    s = evolve(s, { type: 'participant.joined', at: at(0), actor: 'ana', participant: { ...person('ana'), present: true, joinedAt: at(0) } });
    s = evolve(s, { type: 'participant.joined', at: at(0), actor: 'ben', participant: { ...person('ben'), present: true, joinedAt: at(0) } });
    expect(currentTurn(s)?.accountId).toBe('fa');
    s = run(s, 'fa', { type: 'round.pass' });
    expect(currentTurn(s)?.accountId).toBe('ana');
    s = run(s, 'ana', { type: 'round.share', mood: 4, energy: 3, craving: 2, line: 'ok', report: { outcome: 'done', aloud: false } });
    expect(s.rounds.p1!.turns[1]!.opening).toEqual({ mood: 4, energy: 3, craving: 2, line: 'ok', report: null });
    s = run(s, 'fa', { type: 'round.next', expectedAccountId: 'ana' });
    s = run(s, 'ben', { type: 'round.pass' });
    expect(currentTurn(s)).toBeUndefined();
    s = run(s, 'fa', { type: 'phase.next', expectedPhaseId: 'p1' });
    s = run(s, 'ben', { type: 'hand.raise' });
    s = run(s, 'fa', { type: 'queue.next' });
    expect(s.discussions.p2!.speaker).toBe('ben');
    s = run(s, 'fa', { type: 'phase.next', expectedPhaseId: 'p2' });
    s = run(s, 'fa', { type: 'practice.pick', practiceId: 'urge_surfing' });
    s = run(s, 'fa', { type: 'phase.next', expectedPhaseId: 'p3' });
    s = run(s, 'fa', { type: 'round.reflect', takeaway: null, commitment: 'walk', commitmentAloud: false });
    expect(s.rounds.p4!.turns[0]!.closing).toEqual({ takeaway: null, commitment: null, committed: true });
    expect(() => run(s, 'fa', { type: 'phase.next', expectedPhaseId: 'p4' })).toThrow(/last phase/);
    s = run(s, 'fa', { type: 'session.end' });
    expect(s.status).toBe('ended');
    expect(() => run(s, 'fa', { type: 'session.end' })).toThrow(/ended/);
  });
});
