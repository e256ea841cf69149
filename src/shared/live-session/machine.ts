import type { AgendaPhase } from '../meetings.js';
import type { Participant, Round, SessionCommand, SessionEvent, SessionState, UnnumberedEvent } from './schema.js';

/**
 * A live session as pure logic. The server `decide`s whether a command may happen now and
 * turns it into an event; everyone (server and app) `evolve`s the state with the numbered
 * events in order, so every screen shows exactly the server's state.
 */
export type RuleCode =
  | 'session_ended'
  | 'not_present'
  | 'not_facilitator'
  | 'not_core_team'
  | 'stale'
  | 'not_your_turn'
  | 'wrong_phase'
  | 'no_next_phase'
  | 'not_pending'
  | 'bad_order'
  | 'already_in_queue'
  | 'not_in_queue'
  | 'nothing_to_do';

export class LiveRuleError extends Error {
  constructor(
    readonly code: RuleCode,
    message: string,
  ) {
    super(message);
  }
}

const FACILITATOR_ONLY = new Set<SessionCommand['type']>([
  'phase.next',
  'phase.skip',
  'phase.extend',
  'phase.reorder',
  'session.end',
  'round.next',
  'queue.next',
  'queue.remove',
  'topic.set',
  'practice.pick',
]);

/** The state of a session just started: the first phase running, the starter present and facilitating. */
export function initialState(sessionId: string, agenda: AgendaPhase[], starter: Omit<Participant, 'present' | 'joinedAt'>, at: string): SessionState {
  const state: SessionState = {
    sessionId,
    status: 'running',
    startedAt: at,
    endedAt: null,
    facilitatorId: starter.accountId,
    phases: agenda.map((p, i) => ({ id: `p${i + 1}`, ...p, status: 'pending', startedAt: null, endedAt: null })),
    current: 0,
    participants: [{ ...starter, present: true, joinedAt: at }],
    rounds: {},
    discussions: {},
    practices: {},
  };
  return startPhase(state, 0, at);
}

export const activePhase = (state: SessionState) => state.phases[state.current]!;
export const activeRound = (state: SessionState): Round | undefined => state.rounds[activePhase(state).id];
export const isPresent = (state: SessionState, accountId: string) => state.participants.some((p) => p.accountId === accountId && p.present);
/** Whose turn it is in the active round, if a round is on and not finished (nobody's once the session ended). */
export function currentTurn(state: SessionState) {
  if (state.status === 'ended') return undefined;
  const round = activeRound(state);
  return round?.turns[round.current];
}

/** Whether `actor` may do `command` now; the event to record, or a LiveRuleError saying why not. */
export function decide(state: SessionState, actor: string, command: SessionCommand, at: string): UnnumberedEvent {
  const base = { at, actor };
  if (state.status === 'ended') throw new LiveRuleError('session_ended', 'This session has ended.');
  if (!isPresent(state, actor)) throw new LiveRuleError('not_present', 'Join the session first.');
  if (FACILITATOR_ONLY.has(command.type) && actor !== state.facilitatorId) {
    throw new LiveRuleError('not_facilitator', 'Only the person running the session can do this.');
  }
  const phase = activePhase(state);
  const round = activeRound(state);
  const discussion = state.discussions[phase.id];
  switch (command.type) {
    case 'phase.next': {
      if (command.expectedPhaseId !== phase.id) throw new LiveRuleError('stale', 'The session has already moved on.');
      if (nextPending(state) === -1) throw new LiveRuleError('no_next_phase', 'This is the last phase: end the session instead.');
      return { ...base, type: 'phase.next' };
    }
    case 'phase.skip': {
      if (state.phases.find((p) => p.id === command.phaseId)?.status !== 'pending') {
        throw new LiveRuleError('not_pending', 'Only a phase still to come can be skipped.');
      }
      return { ...base, type: 'phase.skip', phaseId: command.phaseId };
    }
    case 'phase.extend':
      return { ...base, type: 'phase.extend', minutes: command.minutes };
    case 'phase.reorder': {
      const pending = state.phases.filter((p) => p.status === 'pending').map((p) => p.id);
      const same = command.order.length === pending.length && new Set(command.order).size === pending.length && command.order.every((id) => pending.includes(id));
      if (!same) throw new LiveRuleError('bad_order', 'The new order must list every phase still to come, once.');
      return { ...base, type: 'phase.reorder', order: [...command.order] };
    }
    case 'session.end':
      return { ...base, type: 'session.end' };
    case 'facilitator.handover': {
      const to = state.participants.find((p) => p.accountId === command.accountId && p.present);
      if (!to?.coreTeam) throw new LiveRuleError('not_core_team', 'Only a present member of the core team can run the session.');
      const takingOver = command.accountId === actor;
      if (actor !== state.facilitatorId && !takingOver) throw new LiveRuleError('not_facilitator', 'Only the person running the session can hand it over.');
      if (command.accountId === state.facilitatorId) throw new LiveRuleError('nothing_to_do', 'They are already running the session.');
      return { ...base, type: 'facilitator.handover', accountId: command.accountId };
    }
    case 'round.next': {
      const turn = currentTurn(state);
      if (!turn) throw new LiveRuleError(round ? 'nothing_to_do' : 'wrong_phase', round ? 'Everyone has had their turn.' : 'There is no round in this phase.');
      if (turn.accountId !== command.expectedAccountId) throw new LiveRuleError('stale', 'The round has already moved on.');
      return { ...base, type: 'round.next' };
    }
    case 'round.pass':
    case 'round.share':
    case 'round.reflect': {
      const wanted = command.type === 'round.share' ? 'opening_checkin' : command.type === 'round.reflect' ? 'closing_reflection' : undefined;
      if (!round || (wanted && phase.kind !== wanted)) throw new LiveRuleError('wrong_phase', 'That is not part of this phase.');
      const turn = currentTurn(state);
      if (turn?.accountId !== actor || turn.status !== 'waiting') throw new LiveRuleError('not_your_turn', 'It is not your turn.');
      if (command.type === 'round.pass') return { ...base, type: 'round.pass' };
      if (command.type === 'round.share') {
        const { mood, energy, craving, line, report } = command;
        return { ...base, type: 'round.share', share: { mood, energy, craving, line, report: report?.aloud ? { outcome: report.outcome, tried: report.tried } : null } };
      }
      const { takeaway, commitment, commitmentAloud } = command;
      return { ...base, type: 'round.reflect', share: { takeaway, commitment: commitmentAloud ? commitment : null, committed: commitment !== null } };
    }
    case 'hand.raise':
    case 'hand.lower':
    case 'queue.next':
    case 'queue.remove':
    case 'topic.set': {
      if (!discussion) throw new LiveRuleError('wrong_phase', 'That is not part of this phase.');
      if (command.type === 'hand.raise' && (discussion.queue.includes(actor) || discussion.speaker === actor)) {
        throw new LiveRuleError('already_in_queue', 'Your hand is already raised.');
      }
      if (command.type === 'hand.lower' && !discussion.queue.includes(actor)) throw new LiveRuleError('not_in_queue', 'Your hand is not raised.');
      if (command.type === 'queue.next' && discussion.queue.length === 0 && discussion.speaker === null) {
        throw new LiveRuleError('nothing_to_do', 'Nobody is waiting to speak.');
      }
      if (command.type === 'queue.remove') {
        if (!discussion.queue.includes(command.accountId)) throw new LiveRuleError('not_in_queue', 'That person is not waiting to speak.');
        return { ...base, type: 'queue.remove', accountId: command.accountId };
      }
      if (command.type === 'topic.set') return { ...base, type: 'topic.set', topic: command.topic };
      return { ...base, type: command.type };
    }
    case 'practice.pick': {
      if (phase.kind !== 'skill_practice') throw new LiveRuleError('wrong_phase', 'That is not part of this phase.');
      return { ...base, type: 'practice.pick', practiceId: command.practiceId };
    }
  }
}

/** The session after one event. Pure: the same events give the same state everywhere. */
export function evolve(state: SessionState, event: SessionEvent | UnnumberedEvent): SessionState {
  const s = structuredClone(state);
  const phase = activePhase(s);
  const round = s.rounds[phase.id];
  const discussion = s.discussions[phase.id];
  switch (event.type) {
    case 'participant.joined':
      return join(s, event.participant);
    case 'participant.left':
      return leave(s, event.accountId);
    case 'phase.next': {
      phase.status = 'done';
      phase.endedAt = event.at;
      return startPhase(s, nextPending(s), event.at);
    }
    case 'phase.skip':
      s.phases.find((p) => p.id === event.phaseId)!.status = 'skipped';
      return s;
    case 'phase.extend':
      phase.minutes += event.minutes;
      return s;
    case 'phase.reorder': {
      const tail = s.phases.slice(s.current + 1);
      const moved = event.order.map((id) => tail.find((p) => p.id === id)!);
      s.phases = [...s.phases.slice(0, s.current + 1), ...moved, ...tail.filter((p) => !event.order.includes(p.id))];
      return s;
    }
    case 'session.end':
      phase.status = 'done';
      phase.endedAt = event.at;
      s.status = 'ended';
      s.endedAt = event.at;
      return s;
    case 'facilitator.handover':
      s.facilitatorId = event.accountId;
      return s;
    case 'round.next': {
      const turn = round!.turns[round!.current]!;
      if (turn.status === 'waiting') turn.status = 'passed';
      round!.current += 1;
      settle(round!);
      return s;
    }
    case 'round.pass':
      round!.turns[round!.current]!.status = 'passed';
      round!.current += 1;
      settle(round!);
      return s;
    case 'round.share':
    case 'round.reflect': {
      const turn = round!.turns[round!.current]!;
      turn.status = 'shared';
      // A copy: the state must not share objects with the event (stored, sent, replayed).
      if (event.type === 'round.share') turn.opening = structuredClone(event.share);
      else turn.closing = structuredClone(event.share);
      return s;
    }
    case 'hand.raise':
      discussion!.queue.push(event.actor);
      return s;
    case 'hand.lower':
      discussion!.queue = discussion!.queue.filter((a) => a !== event.actor);
      return s;
    case 'queue.remove':
      discussion!.queue = discussion!.queue.filter((a) => a !== event.accountId);
      return s;
    case 'queue.next':
      discussion!.speaker = discussion!.queue.shift() ?? null;
      discussion!.speakerSince = discussion!.speaker ? event.at : null;
      return s;
    case 'topic.set':
      discussion!.topic = event.topic;
      return s;
    case 'practice.pick':
      s.practices[phase.id] = event.practiceId;
      return s;
  }
}

/** Replays numbered events onto a state, ignoring any already applied (seq ≤ from). */
export function replay(state: SessionState, from: number, events: SessionEvent[]): { state: SessionState; seq: number } {
  let seq = from;
  for (const event of events) {
    if (event.seq <= seq) continue;
    if (event.seq !== seq + 1) break;
    state = evolve(state, event);
    seq = event.seq;
  }
  return { state, seq };
}

function nextPending(state: SessionState): number {
  return state.phases.findIndex((p, i) => i > state.current && p.status === 'pending');
}

/** Speaking order of a new round: the facilitator first, then everyone present in the order they came. */
function roundOrder(state: SessionState): string[] {
  const present = state.participants.filter((p) => p.present).map((p) => p.accountId);
  return [state.facilitatorId, ...present.filter((a) => a !== state.facilitatorId)].filter((a) => present.includes(a));
}

function startPhase(state: SessionState, index: number, at: string): SessionState {
  state.current = index;
  const phase = state.phases[index]!;
  phase.status = 'active';
  phase.startedAt = at;
  if (phase.kind === 'opening_checkin' || phase.kind === 'closing_reflection') {
    state.rounds[phase.id] = { turns: roundOrder(state).map((accountId) => ({ accountId, status: 'waiting', opening: null, closing: null })), current: 0 };
  } else if (phase.kind === 'discussion') {
    state.discussions[phase.id] = { topic: null, queue: [], speaker: null, speakerSince: null };
  } else if (phase.kind === 'skill_practice') {
    state.practices[phase.id] = null;
  }
  return state;
}

function join(state: SessionState, participant: Participant): SessionState {
  const known = state.participants.find((p) => p.accountId === participant.accountId);
  if (known) Object.assign(known, { present: true, mode: participant.mode, displayName: participant.displayName, coreTeam: participant.coreTeam });
  else state.participants.push({ ...participant, present: true });
  // Nobody could run the session: a core-team member arriving picks it up.
  if (participant.coreTeam && !isPresent(state, state.facilitatorId)) state.facilitatorId = participant.accountId;
  const round = activeRound(state);
  if (!round) return state;
  const index = round.turns.findIndex((t) => t.accountId === participant.accountId);
  if (index === -1) {
    round.turns.push({ accountId: participant.accountId, status: 'waiting', opening: null, closing: null });
  } else if (round.turns[index]!.status === 'left') {
    // Back before their turn: it stays where it was. Back after it went by: at the end.
    const [turn] = round.turns.splice(index, index >= round.current ? 0 : 1);
    if (turn) {
      round.current -= 1;
      round.turns.push(turn);
    }
    round.turns.find((t) => t.accountId === participant.accountId)!.status = 'waiting';
  }
  settle(round);
  return state;
}

function leave(state: SessionState, accountId: string): SessionState {
  const participant = state.participants.find((p) => p.accountId === accountId);
  if (!participant) return state;
  participant.present = false;
  for (const discussion of Object.values(state.discussions)) {
    discussion.queue = discussion.queue.filter((a) => a !== accountId);
    if (discussion.speaker === accountId) Object.assign(discussion, { speaker: null, speakerSince: null });
  }
  const round = activeRound(state);
  const turn = round?.turns.find((t) => t.accountId === accountId);
  if (round && turn?.status === 'waiting') {
    turn.status = 'left';
    settle(round);
  }
  if (state.facilitatorId === accountId) {
    const next = state.participants.find((p) => p.present && p.coreTeam);
    if (next) state.facilitatorId = next.accountId;
  }
  return state;
}

/** A round never rests on someone who has left. */
function settle(round: Round): void {
  while (round.current < round.turns.length && round.turns[round.current]!.status === 'left') round.current += 1;
}
