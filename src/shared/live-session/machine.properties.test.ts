import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AGENDA_KINDS, type AgendaPhase } from '../meetings.js';
import { activePhase, activeRound, currentTurn, decide, evolve, isPresent, LiveRuleError, replay } from './machine.js';
import { agenda, at, command, CORE, start } from './machine.fixtures.js';
import { PRACTICE_IDS } from './practices.js';
import type { SessionCommandInput, SessionEvent, SessionState, UnnumberedEvent } from './schema.js';
import { sessionEventSchema, sessionStateSchema } from './schema.js';

// Random sessions: people come and go, random people send random commands. Refused commands
// are dropped (as the server does); the rest are numbered and applied. After every step the
// state must still make sense, and the recorded history must replay to the same state.
// Checks inside the loop are plain throws (thousands per run; expect() is slow at that rate).

const PEOPLE = ['fa', 'co', 'ana', 'ben', 'cy'];
const SECRET = 'SECRET';

// '@…' references are filled in from the state when the step runs, so that most commands are
// the ones that make sense at that moment (and not only refusals).
const person = fc.constantFrom(...PEOPLE, 'zed');
const phaseRef = fc.constantFrom('@current', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p9');
const text = (max: number) => fc.oneof(fc.constant(null), fc.constantFrom('', '  ', `${SECRET} words`), fc.string({ maxLength: max }));
const phaseCommand = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constant('phase.next'), expectedPhaseId: fc.oneof({ weight: 4, arbitrary: fc.constant('@current') }, { weight: 1, arbitrary: phaseRef }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('phase.skip'), phaseId: phaseRef }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('phase.extend'), minutes: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('phase.reorder'), order: fc.oneof(fc.constant(['@perm']), fc.array(phaseRef, { maxLength: 5 })) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('facilitator.handover'), accountId: fc.oneof(fc.constant('@who'), person) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('practice.pick'), practiceId: fc.constantFrom(null, ...PRACTICE_IDS) }) },
);
const roundCommand = fc.oneof(
  fc.record({ type: fc.constant('round.next'), expectedAccountId: fc.oneof({ weight: 3, arbitrary: fc.constant('@turn') }, { weight: 1, arbitrary: person }) }),
  fc.record({ type: fc.constant('round.pass') }),
  fc.record({
    type: fc.constant('round.share'),
    mood: fc.integer({ min: 1, max: 5 }),
    energy: fc.integer({ min: 1, max: 5 }),
    craving: fc.integer({ min: 0, max: 10 }),
    line: text(20),
    keepLine: fc.boolean(),
    report: fc.option(fc.record({ outcome: fc.constantFrom('done', 'partly', 'not_yet', 'learned'), tried: text(20), aloud: fc.boolean() })),
  }),
  fc.record({ type: fc.constant('round.reflect'), takeaway: text(20), commitment: text(20), commitmentAloud: fc.boolean() }),
);
const discussionCommand = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constantFrom('hand.raise', 'hand.lower', 'queue.next') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('queue.remove'), accountId: person }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('topic.set'), topic: text(20) }) },
);
// Ending is rare, so that most sessions get far.
const anyCommand = fc.oneof({ weight: 3, arbitrary: phaseCommand }, { weight: 3, arbitrary: roundCommand }, { weight: 3, arbitrary: discussionCommand }, { weight: 1, arbitrary: fc.record({ type: fc.constant('session.end') }) });
const commandStep = fc.record({
  kind: fc.constant('command' as const),
  /** '@fit': whoever would send it (the runner, the person whose turn it is, `who`). */
  actor: fc.oneof({ weight: 6, arbitrary: fc.constant('@fit') }, { weight: 3, arbitrary: person }, { weight: 1, arbitrary: fc.constantFrom('@runner', '@turn') }),
  who: person,
  /** 0–2: about phases; 3–8: what the active phase is about; 9: anything. */
  pick: fc.integer({ min: 0, max: 9 }),
  phase: phaseCommand,
  round: roundCommand,
  discussion: discussionCommand,
  any: anyCommand,
  shuffle: fc.array(fc.nat(), { maxLength: 6 }),
});
const step = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('join' as const), who: person, mode: fc.constantFrom('in_person' as const, 'online' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('leave' as const), who: person }) },
  { weight: 10, arbitrary: commandStep },
);
// Most people are there from the start; sessions are long enough to get through a few phases.
const scenario = fc.record({
  kinds: fc.array(fc.constantFrom(...AGENDA_KINDS), { minLength: 1, maxLength: 6 }),
  steps: fc
    .tuple(fc.subarray(PEOPLE.slice(1)), fc.array(step, { maxLength: 60, size: 'max' }))
    .map(([first, rest]) => [...first.map((who) => ({ kind: 'join' as const, who, mode: 'online' as const })), ...rest]),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;
type CommandStep = typeof commandStep extends fc.Arbitrary<infer T> ? T : never;

const RUNNER_ONLY = new Set(['phase.next', 'phase.skip', 'phase.extend', 'phase.reorder', 'session.end', 'facilitator.handover', 'round.next', 'queue.next', 'queue.remove', 'topic.set', 'practice.pick']);

function resolve(state: SessionState, step: CommandStep): { actor: string; input: SessionCommandInput } {
  const kind = activePhase(state).kind;
  const fitting = kind === 'opening_checkin' || kind === 'closing_reflection' ? step.round : kind === 'discussion' ? step.discussion : step.phase;
  const spec = step.pick < 3 ? step.phase : step.pick < 9 ? fitting : step.any;
  const turn = currentTurn(state)?.accountId ?? state.facilitatorId;
  const refs: Record<string, string> = { '@current': activePhase(state).id, '@turn': turn, '@runner': state.facilitatorId, '@who': step.who };
  const fill = (v: unknown): unknown => (typeof v === 'string' && Object.hasOwn(refs, v) ? refs[v] : v);
  const input = Object.fromEntries(Object.entries(spec).map(([k, v]) => [k, Array.isArray(v) ? v.map(fill) : fill(v)])) as SessionCommandInput;
  if (input.type === 'phase.reorder' && input.order[0] === '@perm') {
    const pending = state.phases.filter((p) => p.status === 'pending').map((p, i) => ({ id: p.id, key: step.shuffle[i] ?? i }));
    input.order = pending.sort((a, b) => a.key - b.key).map((p) => p.id);
  }
  // A hand-over comes from the runner, or from someone taking over.
  const fit = input.type === 'facilitator.handover' && step.pick % 2 ? step.who : RUNNER_ONLY.has(input.type) ? state.facilitatorId : input.type.startsWith('round.') ? turn : step.who;
  return { actor: step.actor === '@fit' ? fit : (fill(step.actor) as string), input };
}

function must(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(what);
}
const unique = <T>(xs: T[]) => new Set(xs).size === xs.length;
const same = (a: unknown, b: unknown) => isDeepStrictEqual(a, b);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** What must hold in every state. */
function checkState(s: SessionState) {
  must(same(sessionStateSchema.parse(s), s), 'state matches its schema');
  must(unique(s.participants.map((p) => p.accountId)), 'each participant once');
  must(s.participants.some((p) => p.accountId === s.facilitatorId), 'the runner is a participant');
  must(same(s.phases.map((p) => p.id).sort(), s.phases.map((_, i) => `p${i + 1}`).sort()), 'phases are p1..pn');
  const active = s.phases.filter((p) => p.status === 'active');
  if (s.status === 'running') must(active.length === 1 && active[0] === activePhase(s) && s.endedAt === null, 'one active phase, the current one');
  else must(active.length === 0 && activePhase(s).status === 'done' && s.endedAt !== null && !currentTurn(s), 'ended: nothing active, nobody’s turn');
  s.phases.forEach((p, i) => {
    must(p.status === 'pending' ? i > s.current : p.status === 'skipped' || i <= s.current, `${p.id} ${p.status} at ${i}, current ${s.current}`);
    const started = p.status === 'done' || p.status === 'active';
    must((p.startedAt !== null) === started && (p.endedAt !== null) === (p.status === 'done'), `${p.id} times`);
    must(p.id in s.rounds === (started && (p.kind === 'opening_checkin' || p.kind === 'closing_reflection')), `${p.id} round`);
    must(p.id in s.discussions === (started && p.kind === 'discussion'), `${p.id} discussion`);
    must(p.id in s.practices === (started && p.kind === 'skill_practice'), `${p.id} practice`);
  });
  for (const [phaseId, round] of Object.entries(s.rounds)) {
    const kind = s.phases.find((p) => p.id === phaseId)!.kind;
    must(unique(round.turns.map((t) => t.accountId)), `${phaseId}: each person has one turn`);
    must(round.current >= 0 && round.current <= round.turns.length, `${phaseId}: current in range`);
    round.turns.forEach((t, i) => {
      const allowed = i < round.current ? ['shared', 'passed', 'left'] : i === round.current ? ['waiting', 'shared'] : ['waiting', 'left'];
      must(allowed.includes(t.status), `${phaseId}: turn ${i} of ${round.current} is ${t.status}`);
      must((t.opening !== null) === (t.status === 'shared' && kind === 'opening_checkin'), `${phaseId}: opening share`);
      must((t.closing !== null) === (t.status === 'shared' && kind === 'closing_reflection'), `${phaseId}: closing share`);
    });
  }
  const round = activeRound(s);
  if (round && s.status === 'running') {
    for (const t of round.turns) {
      if (t.status === 'waiting') must(isPresent(s, t.accountId), `${t.accountId} waits but is not there`);
      if (t.status === 'left') must(!isPresent(s, t.accountId), `${t.accountId} is there but their turn says left`);
    }
    for (const p of s.participants) if (p.present) must(round.turns.some((t) => t.accountId === p.accountId), `${p.accountId} is there without a turn`);
  }
  const discussion = s.discussions[activePhase(s).id];
  if (discussion) {
    must(unique(discussion.queue), 'each hand once');
    must(discussion.speaker === null || !discussion.queue.includes(discussion.speaker), 'the speaker is not in the queue');
    must((discussion.speakerSince === null) === (discussion.speaker === null), 'speakerSince goes with the speaker');
    const inIt = discussion.speaker === null ? discussion.queue : [...discussion.queue, discussion.speaker];
    if (s.status === 'running') for (const who of inIt) must(isPresent(s, who), `${who} in the discussion but not there`);
  }
}

/** What must hold from one state to the next. */
function checkStep(before: SessionState, after: SessionState, event: SessionEvent) {
  const joined = event.type === 'participant.joined' ? event.participant.accountId : null;
  const left = event.type === 'participant.left' ? event.accountId : null;
  const moves: Record<string, string[]> = { pending: ['pending', 'active', 'skipped'], active: ['active', 'done'], done: ['done'], skipped: ['skipped'] };
  for (const p of before.phases) {
    const now = after.phases.find((q) => q.id === p.id)!;
    must(now.minutes >= p.minutes, `${p.id} minutes shrank`);
    must(moves[p.status]!.includes(now.status), `${p.id} went ${p.status} → ${now.status}`);
  }
  const ran = activeRound(before);
  const runs = after.rounds[activePhase(before).id];
  if (ran && runs && before.status === 'running') {
    for (const t of ran.turns) {
      const now = runs.turns.find((u) => u.accountId === t.accountId);
      must(now, `${t.accountId} lost their turn`);
      const turnMoves: Record<string, string[]> = {
        waiting: ['waiting', 'shared', 'passed', ...(left === t.accountId ? ['left'] : [])],
        shared: ['shared'],
        passed: ['passed'],
        left: ['left', ...(joined === t.accountId ? ['waiting'] : [])],
      };
      must(turnMoves[t.status]!.includes(now.status), `${t.accountId}'s turn went ${t.status} → ${now.status}`);
    }
  }
  // A round starts with the runner, then everyone there in the order they first came.
  const started = activeRound(after);
  if (started && activePhase(after).id !== activePhase(before).id) {
    const there = after.participants.filter((p) => p.present).map((p) => p.accountId);
    const order = isPresent(after, after.facilitatorId) ? [after.facilitatorId, ...there.filter((a) => a !== after.facilitatorId)] : there;
    must(same(started.turns.map((t) => t.accountId), order), 'a new round is in speaking order');
  }
  // Someone (back) in the round on now: a new turn or one that went by goes at the end; a turn still to come stays.
  if (joined && ran && before.status === 'running') {
    const was = ran.turns.findIndex((t) => t.accountId === joined);
    const is = runs!.turns.findIndex((t) => t.accountId === joined);
    const last = runs!.turns.length - 1;
    if (was === -1 || (ran.turns[was]!.status === 'left' && was < ran.current)) must(is === last, `${joined} goes at the end`);
    else must(is === was, `${joined} keeps their place`);
  }
  if (after.facilitatorId !== before.facilitatorId) {
    const pickedUp = event.type === 'participant.joined' && !isPresent(before, before.facilitatorId);
    must(event.type === 'facilitator.handover' || left === before.facilitatorId || pickedUp, 'the runner changed by itself');
    must(after.participants.some((p) => p.accountId === after.facilitatorId && p.present && p.coreTeam), 'the new runner is a present core-team member');
  }
}

/** Numbered events match their schema; what was not said aloud is not in them. */
function checkEvent(event: SessionEvent, input: SessionCommandInput) {
  must(same(sessionEventSchema.parse(event), event), 'event matches its schema');
  const json = JSON.stringify(event);
  if (input.type === 'round.share' && event.type === 'round.share') {
    must(!/aloud|keepLine/.test(json), 'no aloud or keepLine in the event');
    if (!input.report?.aloud) must(event.share.report === null && (input.line?.includes(SECRET) || !json.includes(SECRET)), 'a private report stays out');
  }
  if (input.type === 'round.reflect' && event.type === 'round.reflect') {
    must(event.share.committed === Boolean(input.commitment?.trim()), 'committed says whether there is a commitment');
    if (!input.commitmentAloud) must(event.share.commitment === null && (input.takeaway?.includes(SECRET) || !json.includes(SECRET)), 'a private commitment stays out');
  }
}

/** Passing on one's turn and ending by the runner are never refused. */
function checkAlwaysAllowed(s: SessionState) {
  const turn = currentTurn(s);
  if (turn?.status === 'waiting') decide(s, turn.accountId, command({ type: 'round.pass' }), at(0));
  if (isPresent(s, s.facilitatorId)) decide(s, s.facilitatorId, command({ type: 'session.end' }), at(0));
}

/** Plays a scenario, checking every step; every state (index = events applied) and every numbered event. */
function play({ kinds, steps }: { kinds: AgendaPhase['kind'][]; steps: Step[] }) {
  const initial = deepFreeze(start(agenda(...kinds)));
  checkState(initial);
  const states = [initial];
  const events: SessionEvent[] = [];
  let s = initial;
  const record = (e: UnnumberedEvent) => {
    const event = deepFreeze({ ...e, seq: events.length + 1 } as SessionEvent);
    const next = deepFreeze(evolve(s, event));
    checkState(next);
    checkStep(s, next, event);
    events.push(event);
    states.push(next);
    s = next;
  };
  for (const [i, st] of steps.entries()) {
    if (s.status === 'ended') break;
    checkAlwaysAllowed(s);
    if (st.kind === 'join') {
      const participant = { accountId: st.who, displayName: st.who, mode: st.mode, coreTeam: CORE.has(st.who), present: true, joinedAt: at(i) };
      record({ type: 'participant.joined', at: at(i), actor: st.who, participant });
      continue;
    }
    if (st.kind === 'leave') {
      record({ type: 'participant.left', at: at(i), actor: st.who, accountId: st.who });
      continue;
    }
    const { actor, input } = resolve(s, st);
    let event: UnnumberedEvent;
    try {
      event = decide(s, actor, command(input), at(i));
    } catch (error) {
      must(error instanceof LiveRuleError, `not a rule error: ${String(error)}`);
      must(isPresent(s, actor) || error.code === 'not_present', `${actor} is not there but got ${error.code}`);
      continue;
    }
    must(isPresent(s, actor), `${actor} is not there but ${input.type} was allowed`);
    must(!RUNNER_ONLY.has(input.type) || actor === s.facilitatorId || input.type === 'facilitator.handover', `${actor} does ${input.type} without running it`);
    checkEvent({ ...event, seq: events.length + 1 } as SessionEvent, input);
    record(event);
  }
  return { states, events, final: s };
}

describe('live session machine: properties', () => {
  it('keeps its invariants through random sessions, and the history replays to the same state', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.nat(), { maxLength: 8 }), fc.nat(), (sc, cuts, gapAt) => {
        const { states, events, final } = play(sc);
        expect(replay(states[0]!, 0, events)).toEqual({ state: final, seq: events.length });
        // Delivered in overlapping batches (a reconnect sends some again).
        let got = { state: states[0]!, seq: 0 };
        for (const cut of [...cuts.map((c) => c % (events.length + 1)), events.length].sort((a, b) => a - b)) {
          got = replay(got.state, got.seq, events.slice(Math.max(0, got.seq - 2), cut));
        }
        expect(got).toEqual({ state: final, seq: events.length });
        if (events.length > 0) {
          const gap = gapAt % events.length;
          expect(replay(states[0]!, 0, events.filter((_, i) => i !== gap))).toEqual({ state: states[gap], seq: gap });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses every command once ended, whoever sends it', () => {
    fc.assert(
      fc.property(scenario, fc.array(commandStep, { minLength: 1, maxLength: 10 }), (sc, tries) => {
        const { final } = play(sc);
        const ended = final.status === 'ended' ? final : evolve(final, { type: 'session.end', at: at(99), actor: final.facilitatorId });
        for (const attempt of tries) {
          const { actor, input } = resolve(ended, attempt);
          expect(() => decide(ended, actor, command(input), at(100))).toThrow(expect.objectContaining({ code: 'session_ended' }));
        }
      }),
      { numRuns: 60 },
    );
  });
});
