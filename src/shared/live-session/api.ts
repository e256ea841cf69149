import { z } from 'zod';
import { CHECK_IN_MODES } from '../meetings.js';
import { COMMITMENT_OUTCOMES, LIMITS, sessionEventSchema, sessionStateSchema } from './schema.js';

/** HTTP and socket contracts of live sessions (routes under /api/live-sessions). */
export const FEEDBACK_MIN_ANSWERS = 5;
/** Feedback stays open this long after a session ends. */
export const FEEDBACK_OPEN_DAYS = 7;
/** The core team may start a session from this long before an occurrence until its day ends. */
export const START_EARLY_MINUTES = 60;
/** A session nobody ended closes by itself after this long with nothing happening in it. */
export const IDLE_END_HOURS = 6;

export const sessionParams = z.strictObject({ sessionId: z.uuid('must be a session id') });
export const socketQuery = z.strictObject({ since: z.coerce.number().int().min(0).optional() });
export const joinBody = z.strictObject({ mode: z.enum(CHECK_IN_MODES) });
export const startBody = joinBody;

const rating = z.int('must be a whole number from 1 to 5').min(1, 'must be at least 1').max(5, 'must be at most 5');
export const feedbackBody = z.strictObject({
  safe: rating,
  helpful: rating,
  pacing: rating,
  comment: z.string().trim().max(1000, 'must be at most 1000 characters').nullable().optional(),
});

/** The member's own commitment from last time, shown only to them at the opening round. */
export const commitmentSchema = z.object({
  id: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  text: z.string(),
  createdAt: z.string(),
  outcome: z.enum(COMMITMENT_OUTCOMES).nullable(),
  tried: z.string().nullable(),
  reportedAt: z.string().nullable(),
});

/** Where a session is: enough for a card on Today or the meeting page. */
export const sessionInfoSchema = z.object({
  id: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  seriesId: z.string(),
  date: z.string(),
  title: z.string(),
  status: z.enum(['running', 'ended']),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  /** Whether I am present in it now. */
  joined: z.boolean(),
  /** Whether I may still give feedback (was present, not given, within FEEDBACK_OPEN_DAYS). */
  canGiveFeedback: z.boolean(),
});

/** GET /api/live-sessions/:id for a present participant: the state, and what is mine alone. */
export const sessionViewSchema = z.object({
  info: sessionInfoSchema,
  seq: z.number(),
  state: sessionStateSchema,
  me: z.object({
    accountId: z.string(),
    /** My latest commitment in this group not yet reported on (from an earlier session). */
    openCommitment: commitmentSchema.nullable(),
  }),
});

export const phaseTimingSchema = z.object({
  kind: z.string(),
  title: z.string(),
  plannedMinutes: z.number(),
  /** null: skipped or not reached. */
  actualMinutes: z.number().nullable(),
  status: z.enum(['done', 'skipped', 'not_reached', 'active']),
});

/** For the core team: attendance, timings and counts — nothing of what anyone said. */
/** Who ended a session: its runner, or nobody (it closed by itself after hours with nothing happening). */
export const endedBySchema = z.enum(['runner', 'inactivity']);

export const sessionSummarySchema = z.object({
  info: sessionInfoSchema,
  /** Null while the session runs. */
  endedBy: endedBySchema.nullable(),
  attendance: z.object({ present: z.number(), inPerson: z.number(), online: z.number() }),
  phases: z.array(phaseTimingSchema),
  commitmentsMade: z.number(),
  feedback: z.object({
    answers: z.number(),
    /** Only with FEEDBACK_MIN_ANSWERS answers or more; null below. */
    averages: z.object({ safe: z.number(), helpful: z.number(), pacing: z.number() }).nullable(),
    comments: z.array(z.string()).nullable(),
  }),
});

/** GET /api/me/commitments: my commitments, newest first, and the lines I kept. */
export const myCommitmentsSchema = z.object({
  commitments: z.array(commitmentSchema),
  kept: z.array(
    z.object({ sessionId: z.string(), groupName: z.string(), at: z.string(), mood: z.number(), energy: z.number(), craving: z.number(), note: z.string().nullable() }),
  ),
});

/** Messages on the session socket (GET /api/live-sessions/:id/socket?since=seq). */
export const socketMessageSchema = z.discriminatedUnion('type', [
  /** The whole state at `seq`: sent first unless `since` could be resumed from events. */
  z.object({ type: z.literal('sync'), seq: z.number(), state: sessionStateSchema }),
  z.object({ type: z.literal('event'), event: sessionEventSchema }),
]);

/**
 * Also sent on the session socket at every heartbeat (25 s), outside the numbered stream:
 * pings are invisible to a browser's code, so an app that hears nothing for a minute knows
 * its connection is dead even when the device thinks it is online.
 */
export const BEAT_MESSAGE = { type: 'beat' } as const;
/** How long an app waits without any message before it treats the connection as dead. */
export const QUIET_LIMIT_MS = 60_000;

export type Commitment = z.infer<typeof commitmentSchema>;
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
export type SessionView = z.infer<typeof sessionViewSchema>;
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
export type EndedBy = z.infer<typeof endedBySchema>;
export type MyCommitments = z.infer<typeof myCommitmentsSchema>;
export type SocketMessage = z.infer<typeof socketMessageSchema>;
export { LIMITS };
