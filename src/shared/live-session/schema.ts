import { z } from 'zod';
import { AGENDA_KINDS, CHECK_IN_MODES } from '../meetings.js';
import { PRACTICE_IDS } from './practices.js';

/**
 * A live session's shapes, shared by the server (which decides) and the app (which
 * replays the same events): the state, the commands people send, the numbered events.
 */
export const COMMITMENT_OUTCOMES = ['done', 'partly', 'not_yet', 'learned'] as const;
export const PHASE_STATUSES = ['pending', 'active', 'done', 'skipped'] as const;
export const TURN_STATUSES = ['waiting', 'shared', 'passed', 'left'] as const;
export const LIMITS = { line: 280, tried: 280, takeaway: 280, commitment: 140, topic: 200, extendMinutes: 30 } as const;

export type CommitmentOutcome = (typeof COMMITMENT_OUTCOMES)[number];
export type AttendMode = (typeof CHECK_IN_MODES)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullable()
    .transform((v) => (v ? v : null));
const scale = (min: number, max: number) => z.int('must be a whole number').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);
const id = z.string().min(1).max(100);

export const phaseSchema = z.object({
  id: z.string(),
  kind: z.enum(AGENDA_KINDS),
  title: z.string(),
  /** Planned minutes, extensions included. */
  minutes: z.number(),
  status: z.enum(PHASE_STATUSES),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});

export const participantSchema = z.object({
  accountId: z.string(),
  displayName: z.string(),
  mode: z.enum(CHECK_IN_MODES),
  /** Core team (facilitator, co-facilitator): may take over running the session. */
  coreTeam: z.boolean(),
  present: z.boolean(),
  joinedAt: z.string(),
});

/** What a member said in the opening round; a report is there only when they chose to say it aloud. */
export const openingShareSchema = z.object({
  mood: z.number(),
  energy: z.number(),
  craving: z.number(),
  line: z.string().nullable(),
  report: z.object({ outcome: z.enum(COMMITMENT_OUTCOMES), tried: z.string().nullable() }).nullable(),
});
/** What a member said at closing; the commitment's words only when they chose to say it aloud. */
export const closingShareSchema = z.object({
  takeaway: z.string().nullable(),
  commitment: z.string().nullable(),
  committed: z.boolean(),
});

export const turnSchema = z.object({
  accountId: z.string(),
  status: z.enum(TURN_STATUSES),
  opening: openingShareSchema.nullable(),
  closing: closingShareSchema.nullable(),
});

export const roundSchema = z.object({
  /** Turns in speaking order; late joiners are added at the end. */
  turns: z.array(turnSchema),
  /** Index of the turn now; turns.length when everyone has had theirs. */
  current: z.number(),
});

export const discussionSchema = z.object({
  topic: z.string().nullable(),
  queue: z.array(z.string()),
  speaker: z.string().nullable(),
  speakerSince: z.string().nullable(),
});

export const sessionStateSchema = z.object({
  sessionId: z.string(),
  status: z.enum(['running', 'ended']),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  facilitatorId: z.string(),
  phases: z.array(phaseSchema),
  /** Index of the active phase. */
  current: z.number(),
  participants: z.array(participantSchema),
  /** Per phase id: the round of an opening check-in or closing reflection phase. */
  rounds: z.record(z.string(), roundSchema),
  /** Per phase id: a discussion phase's topic, raised hands and speaker. */
  discussions: z.record(z.string(), discussionSchema),
  /** Per phase id: the practice picked in a skill practice phase. */
  practices: z.record(z.string(), z.enum(PRACTICE_IDS).nullable()),
});

// ---- Commands: the body of POST /api/live-sessions/:id/commands ----------------------

const report = z.strictObject({
  outcome: z.enum(COMMITMENT_OUTCOMES),
  tried: optionalText(LIMITS.tried).optional().default(null),
  /** Say it aloud to the group; otherwise it is only kept for the member. */
  aloud: z.boolean(),
});

export const sessionCommandSchema = z.discriminatedUnion('type', [
  /** expectedPhaseId guards against a double tap (or two devices) skipping two phases. */
  z.strictObject({ type: z.literal('phase.next'), expectedPhaseId: id }),
  z.strictObject({ type: z.literal('phase.skip'), phaseId: id }),
  z.strictObject({ type: z.literal('phase.extend'), minutes: scale(1, LIMITS.extendMinutes) }),
  z.strictObject({ type: z.literal('phase.reorder'), order: z.array(id).max(12) }),
  z.strictObject({ type: z.literal('session.end') }),
  z.strictObject({ type: z.literal('facilitator.handover'), accountId: id }),
  /** The runner moves the round on; a turn still waiting counts as passed. */
  z.strictObject({ type: z.literal('round.next'), expectedAccountId: id }),
  z.strictObject({ type: z.literal('round.pass') }),
  z.strictObject({
    type: z.literal('round.share'),
    mood: scale(1, 5),
    energy: scale(1, 5),
    craving: scale(0, 10),
    line: optionalText(LIMITS.line).optional().default(null),
    /** Keep my line for myself afterwards (it is never kept otherwise). */
    keepLine: z.boolean().optional().default(false),
    report: report.nullable().optional().default(null),
  }),
  z.strictObject({
    type: z.literal('round.reflect'),
    takeaway: optionalText(LIMITS.takeaway).optional().default(null),
    commitment: optionalText(LIMITS.commitment).optional().default(null),
    commitmentAloud: z.boolean().optional().default(false),
  }),
  z.strictObject({ type: z.literal('hand.raise') }),
  z.strictObject({ type: z.literal('hand.lower') }),
  z.strictObject({ type: z.literal('queue.next') }),
  z.strictObject({ type: z.literal('queue.remove'), accountId: id }),
  z.strictObject({ type: z.literal('topic.set'), topic: optionalText(LIMITS.topic) }),
  z.strictObject({ type: z.literal('practice.pick'), practiceId: z.enum(PRACTICE_IDS).nullable() }),
]);

// ---- Events: what the server numbers, stores and sends; the app replays them ---------

const stamped = { seq: z.number(), at: z.string(), actor: z.string() };
export const sessionEventSchema = z.discriminatedUnion('type', [
  z.object({ ...stamped, type: z.literal('participant.joined'), participant: participantSchema }),
  z.object({ ...stamped, type: z.literal('participant.left'), accountId: z.string() }),
  z.object({ ...stamped, type: z.literal('phase.next') }),
  z.object({ ...stamped, type: z.literal('phase.skip'), phaseId: z.string() }),
  z.object({ ...stamped, type: z.literal('phase.extend'), minutes: z.number() }),
  z.object({ ...stamped, type: z.literal('phase.reorder'), order: z.array(z.string()) }),
  z.object({ ...stamped, type: z.literal('session.end') }),
  z.object({ ...stamped, type: z.literal('facilitator.handover'), accountId: z.string() }),
  z.object({ ...stamped, type: z.literal('round.next') }),
  z.object({ ...stamped, type: z.literal('round.pass') }),
  z.object({ ...stamped, type: z.literal('round.share'), share: openingShareSchema }),
  z.object({ ...stamped, type: z.literal('round.reflect'), share: closingShareSchema }),
  z.object({ ...stamped, type: z.literal('hand.raise') }),
  z.object({ ...stamped, type: z.literal('hand.lower') }),
  z.object({ ...stamped, type: z.literal('queue.next') }),
  z.object({ ...stamped, type: z.literal('queue.remove'), accountId: z.string() }),
  z.object({ ...stamped, type: z.literal('topic.set'), topic: z.string().nullable() }),
  z.object({ ...stamped, type: z.literal('practice.pick'), practiceId: z.enum(PRACTICE_IDS).nullable() }),
]);

export type Phase = z.infer<typeof phaseSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Turn = z.infer<typeof turnSchema>;
export type Round = z.infer<typeof roundSchema>;
export type Discussion = z.infer<typeof discussionSchema>;
export type SessionState = z.infer<typeof sessionStateSchema>;
export type SessionCommand = z.output<typeof sessionCommandSchema>;
export type SessionCommandInput = z.input<typeof sessionCommandSchema>;
export type SessionEvent = z.infer<typeof sessionEventSchema>;
/** An event before the server numbered it. */
export type UnnumberedEvent = SessionEvent extends infer E ? (E extends SessionEvent ? Omit<E, 'seq'> : never) : never;
