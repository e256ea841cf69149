import type { AgendaPhase } from '../meetings.js';
import { decide, evolve, initialState, LiveRuleError, type RuleCode } from './machine.js';
import type { SessionCommand, SessionCommandInput, SessionState, UnnumberedEvent } from './schema.js';
import { sessionCommandSchema } from './schema.js';

/** Small builders for the live session machine's tests (no test runner imports: used by several files). */
export const at = (minute: number) => new Date(Date.UTC(2026, 10, 28, 18, 0) + minute * 60_000).toISOString();

export const agenda = (...kinds: AgendaPhase['kind'][]): AgendaPhase[] => kinds.map((kind, i) => ({ kind, title: `${kind} ${i + 1}`, minutes: 10 }));

/** fa starts and runs it; fa and co are the core team. */
export const CORE = new Set(['fa', 'co']);

export function start(phases: AgendaPhase[] = agenda('opening_checkin', 'discussion', 'skill_practice', 'closing_reflection'), starter = 'fa'): SessionState {
  return initialState('s1', phases, { accountId: starter, displayName: starter, mode: 'in_person', coreTeam: CORE.has(starter) }, at(0));
}

export const joinedEvent = (accountId: string, minute = 0): UnnumberedEvent => ({
  type: 'participant.joined',
  at: at(minute),
  actor: accountId,
  participant: { accountId, displayName: accountId, mode: 'online', coreTeam: CORE.has(accountId), present: true, joinedAt: at(minute) },
});
export const leftEvent = (accountId: string, minute = 0): UnnumberedEvent => ({ type: 'participant.left', at: at(minute), actor: accountId, accountId });

export const join = (state: SessionState, ...ids: string[]) => ids.reduce((s, id) => evolve(s, joinedEvent(id)), state);
export const leave = (state: SessionState, ...ids: string[]) => ids.reduce((s, id) => evolve(s, leftEvent(id)), state);

export const command = (input: SessionCommandInput) => sessionCommandSchema.parse(input) as SessionCommand;

/** The event `actor` gets for `input`, as the server would record it. */
export const eventOf = (state: SessionState, actor: string, input: SessionCommandInput, minute = 1) => decide(state, actor, command(input), at(minute));

export const run = (state: SessionState, actor: string, input: SessionCommandInput, minute = 1) => evolve(state, eventOf(state, actor, input, minute));

/** The rule code a refused command gets; undefined when it is allowed. Other errors are rethrown. */
export function refusal(state: SessionState, actor: string, input: SessionCommandInput): RuleCode | undefined {
  try {
    eventOf(state, actor, input);
    return undefined;
  } catch (error) {
    if (error instanceof LiveRuleError) return error.code;
    throw error;
  }
}

export const turns = (state: SessionState, phaseId = state.phases[state.current]!.id) =>
  state.rounds[phaseId]!.turns.map((t) => `${t.accountId}:${t.status}`);
export const statuses = (state: SessionState) => state.phases.map((p) => `${p.id}:${p.status}`);
