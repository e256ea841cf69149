import { describe, expect, it } from 'vitest';
import { activeRound, currentTurn, evolve } from './machine.js';
import { agenda, eventOf, join, leave, refusal, run, start, turns } from './machine.fixtures.js';
import type { SessionState } from './schema.js';

const pass = (s: SessionState, who: string) => run(s, who, { type: 'round.pass' });
const share = (s: SessionState, who: string) => run(s, who, { type: 'round.share', mood: 3, energy: 3, craving: 2 });
const nextTurn = (s: SessionState) => run(s, s.facilitatorId, { type: 'round.next', expectedAccountId: currentTurn(s)!.accountId });
const whoseTurn = (s: SessionState) => currentTurn(s)?.accountId;
const closingAfter = (s: SessionState) => run(s, s.facilitatorId, { type: 'phase.next', expectedPhaseId: 'p1' });

describe('live session machine: round order', () => {
  it('is the facilitator first, then everyone present in the order they came', () => {
    const s = join(start(), 'ben', 'co', 'ana');
    expect(turns(s)).toEqual(['fa:waiting', 'ben:waiting', 'co:waiting', 'ana:waiting']);
    expect(whoseTurn(s)).toBe('fa');
  });

  it('puts whoever runs the session first when the round starts, even if they came later', () => {
    let s = join(start(agenda('discussion', 'closing_reflection')), 'ana', 'co', 'ben');
    s = run(s, 'fa', { type: 'facilitator.handover', accountId: 'co' });
    s = closingAfter(s);
    expect(turns(s)).toEqual(['co:waiting', 'fa:waiting', 'ana:waiting', 'ben:waiting']);
  });

  it('keeps the order of first arrival for someone who left and came back before the round', () => {
    let s = join(start(agenda('discussion', 'closing_reflection')), 'ana', 'ben');
    s = join(leave(s, 'ana'), 'ana');
    expect(turns(closingAfter(s))).toEqual(['fa:waiting', 'ana:waiting', 'ben:waiting']);
  });

  it('leaves out people who are not there when the round starts, the runner included', () => {
    let s = join(start(agenda('discussion', 'closing_reflection')), 'co', 'ana', 'ben');
    s = leave(s, 'fa', 'ben');
    expect(s.facilitatorId).toBe('co');
    expect(turns(closingAfter(s))).toEqual(['co:waiting', 'ana:waiting']);
  });
});

describe('live session machine: shares and passes', () => {
  it('a pass is always allowed on one’s turn and moves the round on', () => {
    let s = join(start(), 'ana', 'ben');
    s = pass(pass(s, 'fa'), 'ana');
    expect(turns(s)).toEqual(['fa:passed', 'ana:passed', 'ben:waiting']);
    expect(whoseTurn(s)).toBe('ben');
    s = pass(s, 'ben');
    expect(activeRound(s)!.current).toBe(3);
    expect(whoseTurn(s)).toBeUndefined();
  });

  it('a share stays on the speaker until the runner moves on; a turn still waiting counts as passed', () => {
    let s = join(start(), 'ana', 'ben');
    s = share(s, 'fa');
    expect(whoseTurn(s)).toBe('fa');
    s = nextTurn(s);
    expect(refusal(s, 'fa', { type: 'round.next', expectedAccountId: 'fa' })).toBe('stale');
    s = nextTurn(s);
    expect(turns(s)).toEqual(['fa:shared', 'ana:passed', 'ben:waiting']);
    expect(s.rounds.p1!.turns[0]!.opening).toEqual({ mood: 3, energy: 3, craving: 2, line: null, report: null });
    expect(s.rounds.p1!.turns[1]!.opening).toBeNull();
  });

  it('is nobody’s turn once the session has ended mid-round', () => {
    const s = run(join(start(), 'ana'), 'fa', { type: 'session.end' });
    expect(turns(s, 'p1')).toEqual(['fa:waiting', 'ana:waiting']);
    expect(currentTurn(s)).toBeUndefined();
  });

  it('a reflection is kept on the closing turn, not the opening one', () => {
    let s = join(start(agenda('closing_reflection')), 'ana');
    s = run(s, 'fa', { type: 'round.reflect', takeaway: 'Slow down' });
    expect(s.rounds.p1!.turns[0]).toEqual({ accountId: 'fa', status: 'shared', opening: null, closing: { takeaway: 'Slow down', commitment: null, committed: false } });
  });
});

describe('live session machine: late joiners', () => {
  it('are added at the end of the active round', () => {
    let s = join(start(), 'ana');
    s = join(pass(s, 'fa'), 'ben');
    expect(turns(s)).toEqual(['fa:passed', 'ana:waiting', 'ben:waiting']);
  });

  it('reopen a finished round with their own turn', () => {
    let s = pass(pass(join(start(), 'ana'), 'fa'), 'ana');
    expect(whoseTurn(s)).toBeUndefined();
    s = join(s, 'ben');
    expect(whoseTurn(s)).toBe('ben');
    expect(refusal(s, 'ben', { type: 'round.pass' })).toBeUndefined();
  });

  it('joining during a discussion gets a turn in the next round, in join order', () => {
    let s = join(start(agenda('opening_checkin', 'discussion', 'closing_reflection')), 'ana');
    s = closingAfter(s);
    s = join(s, 'ben');
    expect(s.rounds.p1!.turns.map((t) => t.accountId)).toEqual(['fa', 'ana']);
    s = run(s, 'fa', { type: 'phase.next', expectedPhaseId: 'p2' });
    expect(turns(s)).toEqual(['fa:waiting', 'ana:waiting', 'ben:waiting']);
  });

  it('joining twice changes nothing but how they attend', () => {
    const s = join(start(), 'ana', 'ben');
    expect(join(s, 'ana')).toEqual(s);
    expect(turns(join(pass(s, 'fa'), 'fa'))).toEqual(['fa:passed', 'ana:waiting', 'ben:waiting']);
    expect(join(s, 'fa').participants.find((p) => p.accountId === 'fa')!.mode).toBe('online');
  });
});

describe('live session machine: leavers', () => {
  const four = () => join(start(), 'ana', 'ben', 'cy');

  it('a waiting turn becomes left and is skipped when the round reaches it', () => {
    let s = leave(four(), 'ana');
    expect(turns(s)).toEqual(['fa:waiting', 'ana:left', 'ben:waiting', 'cy:waiting']);
    s = pass(s, 'fa');
    expect(whoseTurn(s)).toBe('ben');
    expect(refusal(s, 'ana', { type: 'round.pass' })).toBe('not_present');
  });

  it('when the person speaking leaves, the round moves on to the next one there', () => {
    let s = pass(four(), 'fa');
    s = leave(s, 'ben');
    s = leave(s, 'ana');
    expect(turns(s)).toEqual(['fa:passed', 'ana:left', 'ben:left', 'cy:waiting']);
    expect(whoseTurn(s)).toBe('cy');
    s = leave(s, 'cy');
    expect(whoseTurn(s)).toBeUndefined();
    expect(refusal(s, 'fa', { type: 'round.next', expectedAccountId: 'cy' })).toBe('nothing_to_do');
  });

  it('someone who leaves right after sharing keeps the share; the runner moves on', () => {
    let s = share(pass(four(), 'fa'), 'ana');
    s = leave(s, 'ana');
    expect(turns(s)).toEqual(['fa:passed', 'ana:shared', 'ben:waiting', 'cy:waiting']);
    s = run(s, 'fa', { type: 'round.next', expectedAccountId: 'ana' });
    expect(whoseTurn(s)).toBe('ben');
    expect(join(s, 'ana').rounds.p1!.turns.map((t) => t.accountId)).toEqual(['fa', 'ana', 'ben', 'cy']);
  });

  it('coming back before their turn keeps their place', () => {
    let s = leave(four(), 'ben');
    s = join(pass(s, 'fa'), 'ben');
    expect(turns(s)).toEqual(['fa:passed', 'ana:waiting', 'ben:waiting', 'cy:waiting']);
    expect(whoseTurn(s)).toBe('ana');
  });

  it('coming back after their turn went by puts them at the end', () => {
    let s = leave(four(), 'ana');
    s = pass(pass(s, 'fa'), 'ben');
    s = join(s, 'ana');
    expect(turns(s)).toEqual(['fa:passed', 'ben:passed', 'cy:waiting', 'ana:waiting']);
    expect(whoseTurn(s)).toBe('cy');
    s = pass(s, 'cy');
    expect(whoseTurn(s)).toBe('ana');
  });

  it('coming back after the round finished gives them their turn at the end', () => {
    let s = leave(four(), 'cy');
    s = pass(pass(pass(s, 'fa'), 'ana'), 'ben');
    expect(whoseTurn(s)).toBeUndefined();
    s = join(s, 'cy');
    expect(turns(s)).toEqual(['fa:passed', 'ana:passed', 'ben:passed', 'cy:waiting']);
    expect(whoseTurn(s)).toBe('cy');
  });

  it('coming back after passing gives no second turn', () => {
    let s = pass(four(), 'fa');
    s = join(leave(pass(s, 'ana'), 'ana'), 'ana');
    expect(turns(s)).toEqual(['fa:passed', 'ana:passed', 'ben:waiting', 'cy:waiting']);
  });

  it('leaving twice, or someone unknown leaving, changes nothing', () => {
    const s = leave(four(), 'ana');
    expect(leave(s, 'ana')).toEqual(s);
    expect(leave(s, 'zed')).toEqual(s);
  });
});

describe('live session machine: who runs it', () => {
  const team = () => join(start(), 'ana', 'co', 'ben');

  it('a hand-over gives the runner’s commands to the new runner only', () => {
    const s = run(team(), 'fa', { type: 'facilitator.handover', accountId: 'co' });
    expect(s.facilitatorId).toBe('co');
    expect(refusal(s, 'fa', { type: 'session.end' })).toBe('not_facilitator');
    expect(refusal(s, 'co', { type: 'round.next', expectedAccountId: 'fa' })).toBeUndefined();
    expect(refusal(s, 'fa', { type: 'facilitator.handover', accountId: 'fa' })).toBeUndefined();
  });

  it('a hand-over mid-round keeps the speaking order', () => {
    const s = run(team(), 'co', { type: 'facilitator.handover', accountId: 'co' });
    expect(turns(s)).toEqual(['fa:waiting', 'ana:waiting', 'co:waiting', 'ben:waiting']);
    expect(whoseTurn(s)).toBe('fa');
  });

  it('when the runner leaves, the first core-team member there runs it, and the runner’s turn is skipped', () => {
    const s = leave(team(), 'fa');
    expect(s.facilitatorId).toBe('co');
    expect(whoseTurn(s)).toBe('ana');
    expect(refusal(s, 'co', { type: 'round.next', expectedAccountId: 'ana' })).toBeUndefined();
    expect(join(s, 'fa').facilitatorId).toBe('co');
  });

  it('with no core-team member there, it waits for the runner to come back or someone to take over', () => {
    const s = leave(team(), 'co', 'fa');
    expect(s.facilitatorId).toBe('fa');
    expect(refusal(s, 'ana', { type: 'session.end' })).toBe('not_facilitator');
    expect(refusal(s, 'ana', { type: 'facilitator.handover', accountId: 'ana' })).toBe('not_core_team');
    expect(refusal(join(s, 'fa'), 'fa', { type: 'session.end' })).toBeUndefined();
    expect(refusal(s, 'ana', { type: 'facilitator.handover', accountId: 'fa' })).toBe('not_core_team');
  });

  it('when nobody can run it, the first core-team member to arrive picks it up', () => {
    let s = leave(team(), 'co', 'fa');
    s = join(s, 'co');
    expect(s.facilitatorId).toBe('co');
    expect(refusal(s, 'co', { type: 'session.end' })).toBeUndefined();
    expect(join(s, 'fa').facilitatorId).toBe('co');
  });
});

describe('live session machine: privacy of what is said', () => {
  const opening = () => join(start(), 'ana');
  const closing = () => join(start(agenda('closing_reflection')), 'ana');
  const report = (aloud: boolean) => ({ type: 'round.share', mood: 2, energy: 2, craving: 6, line: 'Rough week', keepLine: true, report: { outcome: 'partly', tried: 'SECRET-TRIED', aloud } }) as const;

  it('a report kept private is not in the event at all', () => {
    const event = eventOf(opening(), 'fa', report(false));
    expect(event).toMatchObject({ type: 'round.share', share: { mood: 2, energy: 2, craving: 6, line: 'Rough week', report: null } });
    expect(JSON.stringify(event)).not.toMatch(/SECRET|partly|aloud|keepLine/);
  });

  it('a report said aloud carries its outcome and what was tried, nothing else', () => {
    const event = eventOf(opening(), 'fa', report(true));
    expect(event).toMatchObject({ share: { report: { outcome: 'partly', tried: 'SECRET-TRIED' } } });
    expect(JSON.stringify(event)).not.toMatch(/aloud|keepLine/);
  });

  it.each([
    ['kept private', { commitment: 'SECRET-WALK', commitmentAloud: false }, { commitment: null, committed: true }],
    ['said aloud', { commitment: 'Call Sam', commitmentAloud: true }, { commitment: 'Call Sam', committed: true }],
    ['none', { commitment: null, commitmentAloud: true }, { commitment: null, committed: false }],
    ['blank', { commitment: '   ', commitmentAloud: false }, { commitment: null, committed: false }],
  ] as const)('a commitment %s', (_name, fields, expected) => {
    const event = eventOf(closing(), 'fa', { type: 'round.reflect', takeaway: null, ...fields });
    expect(event).toMatchObject({ type: 'round.reflect', share: { takeaway: null, ...expected } });
    expect(JSON.stringify(event)).not.toMatch(/SECRET|Aloud/);
  });

  it('the state does not share objects with the event it came from', () => {
    const s = opening();
    const event = eventOf(s, 'fa', report(true));
    const after = evolve(s, event);
    after.rounds.p1!.turns[0]!.opening!.report!.tried = 'changed';
    expect(event).toMatchObject({ share: { report: { tried: 'SECRET-TRIED' } } });
  });
});
