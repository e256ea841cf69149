import { describe, expect, it } from 'vitest';
import { activePhase, activeRound, currentTurn, evolve, replay } from './machine.js';
import { agenda, at, eventOf, join, joinedEvent, leave, refusal, run, start, statuses } from './machine.fixtures.js';
import type { SessionEvent, SessionState } from './schema.js';
import { sessionStateSchema } from './schema.js';

const next = (s: SessionState, actor = 'fa', minute = 1) => run(s, actor, { type: 'phase.next', expectedPhaseId: activePhase(s).id }, minute);

describe('live session machine: phases', () => {
  it('starts with the first phase active at the start time and the rest to come', () => {
    const s = start();
    expect(sessionStateSchema.parse(s)).toEqual(s);
    expect(statuses(s)).toEqual(['p1:active', 'p2:pending', 'p3:pending', 'p4:pending']);
    expect(s.phases[0]).toMatchObject({ startedAt: at(0), endedAt: null });
    expect(s.phases.map((p) => p.title)).toEqual(['opening_checkin 1', 'discussion 2', 'skill_practice 3', 'closing_reflection 4']);
  });

  it('next ends the active phase and starts the following one at the event time', () => {
    const s = next(start(), 'fa', 7);
    expect(statuses(s)).toEqual(['p1:done', 'p2:active', 'p3:pending', 'p4:pending']);
    expect(s.current).toBe(1);
    expect(s.phases[0]).toMatchObject({ startedAt: at(0), endedAt: at(7) });
    expect(s.phases[1]).toMatchObject({ startedAt: at(7), endedAt: null });
    expect(s.discussions.p2).toEqual({ topic: null, queue: [], speaker: null, speakerSince: null });
  });

  it('next goes over skipped phases, and a skipped phase is never started', () => {
    let s = run(start(), 'fa', { type: 'phase.skip', phaseId: 'p2' });
    s = run(s, 'fa', { type: 'phase.skip', phaseId: 'p3' });
    expect(statuses(s)).toEqual(['p1:active', 'p2:skipped', 'p3:skipped', 'p4:pending']);
    s = next(s);
    expect(statuses(s)).toEqual(['p1:done', 'p2:skipped', 'p3:skipped', 'p4:active']);
    expect(s.discussions.p2).toBeUndefined();
    expect(s.practices.p3).toBeUndefined();
    expect(activeRound(s)?.turns.map((t) => t.accountId)).toEqual(['fa']);
    expect(refusal(s, 'fa', { type: 'phase.next', expectedPhaseId: 'p4' })).toBe('no_next_phase');
  });

  it('extend adds minutes to the active phase only, and they add up', () => {
    let s = run(start(), 'fa', { type: 'phase.extend', minutes: 5 });
    s = run(s, 'fa', { type: 'phase.extend', minutes: 30 });
    expect(s.phases.map((p) => p.minutes)).toEqual([45, 10, 10, 10]);
    s = run(next(s), 'fa', { type: 'phase.extend', minutes: 1 });
    expect(s.phases.map((p) => p.minutes)).toEqual([45, 11, 10, 10]);
  });

  it('reorder changes what comes next; the active and done phases stay where they are', () => {
    let s = next(start());
    s = run(s, 'fa', { type: 'phase.reorder', order: ['p4', 'p3'] });
    expect(s.phases.map((p) => p.id)).toEqual(['p1', 'p2', 'p4', 'p3']);
    expect(activePhase(s).id).toBe('p2');
    s = next(s);
    expect(activePhase(s).id).toBe('p4');
    expect(activePhase(s).kind).toBe('closing_reflection');
    s = next(s);
    expect(activePhase(s).id).toBe('p3');
    expect(refusal(s, 'fa', { type: 'phase.next', expectedPhaseId: 'p3' })).toBe('no_next_phase');
  });

  it('reorder keeps skipped phases out of the way', () => {
    let s = run(start(), 'fa', { type: 'phase.skip', phaseId: 'p2' });
    s = run(s, 'fa', { type: 'phase.reorder', order: ['p4', 'p3'] });
    expect(statuses(s)).toEqual(['p1:active', 'p4:pending', 'p3:pending', 'p2:skipped']);
    s = next(next(s));
    expect(statuses(s)).toEqual(['p1:done', 'p4:done', 'p3:active', 'p2:skipped']);
  });

  it('end closes the active phase, leaves the others as they were and records the time', () => {
    const s = run(next(start()), 'fa', { type: 'session.end' }, 9);
    expect(s.status).toBe('ended');
    expect(s.endedAt).toBe(at(9));
    expect(statuses(s)).toEqual(['p1:done', 'p2:done', 'p3:pending', 'p4:pending']);
    expect(s.phases[1]!.endedAt).toBe(at(9));
  });

  it('a custom agenda with two discussions keeps a separate discussion for each', () => {
    let s = join(start(agenda('discussion', 'custom', 'discussion')), 'ana', 'ben');
    expect(currentTurn(s)).toBeUndefined();
    s = run(s, 'ana', { type: 'hand.raise' });
    s = run(s, 'ben', { type: 'hand.raise' });
    s = run(s, 'fa', { type: 'topic.set', topic: 'First weeks' });
    s = run(s, 'fa', { type: 'queue.next' }, 3);
    expect(s.discussions.p1).toEqual({ topic: 'First weeks', queue: ['ben'], speaker: 'ana', speakerSince: at(3) });
    s = next(s);
    expect(refusal(s, 'ana', { type: 'hand.raise' })).toBe('wrong_phase');
    s = next(s);
    expect(s.discussions.p3).toEqual({ topic: null, queue: [], speaker: null, speakerSince: null });
    s = run(s, 'ana', { type: 'hand.raise' });
    expect(s.discussions.p3!.queue).toEqual(['ana']);
    expect(s.discussions.p1!.queue).toEqual(['ben']);
  });

  it('an agenda without an opening round starts without a round; the closing round is built when it starts', () => {
    let s = join(start(agenda('discussion', 'closing_reflection')), 'ana');
    expect(s.rounds).toEqual({});
    s = join(s, 'ben');
    s = next(s);
    expect(activeRound(s)?.turns.map((t) => t.accountId)).toEqual(['fa', 'ana', 'ben']);
  });

  it('a one-phase agenda can only be ended', () => {
    const s = start(agenda('custom'));
    expect(refusal(s, 'fa', { type: 'phase.next', expectedPhaseId: 'p1' })).toBe('no_next_phase');
    expect(refusal(s, 'fa', { type: 'session.end' })).toBeUndefined();
  });
});

describe('live session machine: discussion', () => {
  const discussion = () => join(start(agenda('discussion')), 'ana', 'ben', 'co');

  it('gives the floor in the order hands went up; a lowered or removed hand is out of the queue', () => {
    let s = discussion();
    for (const who of ['ben', 'ana', 'co']) s = run(s, who, { type: 'hand.raise' });
    s = run(s, 'ana', { type: 'hand.lower' });
    expect(s.discussions.p1!.queue).toEqual(['ben', 'co']);
    s = run(s, 'fa', { type: 'queue.next' }, 4);
    expect(s.discussions.p1).toMatchObject({ queue: ['co'], speaker: 'ben', speakerSince: at(4) });
    s = run(s, 'fa', { type: 'queue.remove', accountId: 'co' });
    s = run(s, 'ana', { type: 'hand.raise' });
    s = run(s, 'fa', { type: 'queue.next' }, 6);
    expect(s.discussions.p1).toMatchObject({ queue: [], speaker: 'ana', speakerSince: at(6) });
    s = run(s, 'fa', { type: 'queue.next' }, 8);
    expect(s.discussions.p1).toMatchObject({ queue: [], speaker: null, speakerSince: null });
    expect(refusal(s, 'fa', { type: 'queue.next' })).toBe('nothing_to_do');
  });

  it('someone who leaves is out of the queue, and a speaker who leaves gives up the floor', () => {
    let s = discussion();
    for (const who of ['ana', 'ben', 'co']) s = run(s, who, { type: 'hand.raise' });
    s = run(s, 'fa', { type: 'queue.next' });
    s = leave(s, 'ana', 'co');
    expect(s.discussions.p1).toMatchObject({ queue: ['ben'], speaker: null, speakerSince: null });
    s = join(s, 'ana');
    expect(s.discussions.p1!.queue).toEqual(['ben']);
    expect(refusal(s, 'ana', { type: 'hand.raise' })).toBeUndefined();
  });
});

describe('live session machine: replay and purity', () => {
  const numbered = () => {
    const events: SessionEvent[] = [];
    let s = start();
    const record = (e: Parameters<typeof evolve>[1]) => {
      const event = { ...e, seq: events.length + 1 } as SessionEvent;
      events.push(event);
      s = evolve(s, event);
    };
    record(joinedEvent('ana'));
    record(eventOf(s, 'fa', { type: 'round.pass' }));
    record(eventOf(s, 'ana', { type: 'round.share', mood: 4, energy: 4, craving: 0 }));
    record(eventOf(s, 'fa', { type: 'phase.next', expectedPhaseId: 'p1' }));
    record(eventOf(s, 'ana', { type: 'hand.raise' }));
    return { events, final: s };
  };

  it('replays numbered events from the start into the same state', () => {
    const { events, final } = numbered();
    expect(replay(start(), 0, events)).toEqual({ state: final, seq: 5 });
  });

  it('ignores events already applied, also when they come again', () => {
    const { events, final } = numbered();
    const first = replay(start(), 0, events.slice(0, 3));
    expect(replay(first.state, first.seq, [...events, ...events])).toEqual({ state: final, seq: 5 });
    expect(replay(final, 5, events)).toEqual({ state: final, seq: 5 });
  });

  it('stops at a gap and says how far it got', () => {
    const { events } = numbered();
    const upTo2 = replay(start(), 0, events.slice(0, 2));
    expect(replay(start(), 0, [events[0]!, events[1]!, events[3]!, events[4]!])).toEqual(upTo2);
  });

  it('evolve leaves the state it was given untouched', () => {
    const deepFreeze = <T>(o: T): T => {
      if (o && typeof o === 'object') {
        Object.values(o).forEach(deepFreeze);
        Object.freeze(o);
      }
      return o;
    };
    const { events } = numbered();
    let s = deepFreeze(start());
    for (const event of events) s = deepFreeze(evolve(s, deepFreeze(event)));
    expect(s.discussions.p2!.queue).toEqual(['ana']);
  });
});
