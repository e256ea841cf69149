import { randomUUID } from 'node:crypto';
import type { EndedBy, SessionInfo, SessionView } from '../../../shared/live-session/api.js';
import { IDLE_END_HOURS, START_EARLY_MINUTES } from '../../../shared/live-session/api.js';
import { decide, evolve, initialState, isPresent, LiveRuleError } from '../../../shared/live-session/machine.js';
import type { AttendMode, SessionCommand, SessionEvent, SessionState, UnnumberedEvent } from '../../../shared/live-session/schema.js';
import { agendaSchema } from '../../../shared/meetings.js';
import type { Occurrence } from '../../../shared/recurrence.js';
import { wallClockToUtc } from '../../../shared/recurrence-zone.js';
import { addDays } from '../../../shared/recovery/local-date.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { Conflict, Forbidden, NotFound } from '../../errors.js';
import { activeMemberNames } from '../groups/groups.service.js';
import { recordPresence } from '../meetings/attendance.service.js';
import { coreTeamAccess } from '../meetings/meetings.policy.js';
import { findOccurrence, getSeries } from '../meetings/meetings.service.js';
import { publishLive } from '../../realtime/live.js';
import { onCommand } from './commitments.service.js';
import * as feedback from './feedback.repository.js';
import { sessionAccess, stateOf, wasParticipant, type SessionAccess } from './live-sessions.policy.js';
import * as repo from './live-sessions.repository.js';
import { countCommitmentsMadeIn, openCommitment } from './commitments.repository.js';
import { endSummary, presentCommitment, presentInfo, scrubbed } from './live-sessions.presenter.js';

type Ctx = Pick<AppContext, 'db' | 'dialect' | 'hub'>;
interface Account {
  id: string;
  display_name: string;
}

const PARTICIPANT_COMMANDS = new Set<SessionCommand['type']>(['round.share', 'round.pass', 'round.reflect', 'hand.raise', 'hand.lower', 'facilitator.handover']);
export const PARTICIPANT_COMMAND_LIMIT = { bucket: 'live-session-command', max: 30, windowSeconds: 60 };

/** The hub key a session's events travel under (one NOTIFY per event, whoever listens). */
export const sessionTopic = (sessionId: string) => `live-session:${sessionId}`;
export const SESSION_EVENT = 'session.event';

/** The core team may start from an hour before the occurrence until its local day is over. */
export function canStart(occurrence: Occurrence, timeZone: string, now: Date): boolean {
  if (occurrence.status === 'cancelled') return false;
  const opens = Date.parse(occurrence.startsAt) - START_EARLY_MINUTES * 60_000;
  const [y, m, d] = addDays(occurrence.date, 1).split('-').map(Number) as [number, number, number];
  const dayEnds = wallClockToUtc(timeZone, Date.UTC(y, m - 1, d));
  const closes = Math.max(Date.parse(occurrence.endsAt), dayEnds);
  return now.getTime() >= opens && now.getTime() < closes;
}

export async function startSession(ctx: Ctx, account: Account, groupKey: string, seriesId: string, date: string, mode: AttendMode, now = new Date()) {
  const { group } = await coreTeamAccess(ctx.db, groupKey, account.id);
  const { row: series, occurrence } = await findOccurrence(ctx.db, group, seriesId, date);
  const existing = await repo.findSessionOfOccurrence(ctx.db, series.id, date);
  if (existing?.status === 'ended') throw new Conflict('This meeting’s live session has ended.', 'session_ended');
  if (!existing) {
    if (!canStart(occurrence, group.time_zone, now)) {
      throw new Conflict('A live session can start from an hour before the meeting until the end of its day.', 'not_happening_now', {
        startsAt: occurrence.startsAt,
        status: occurrence.status,
      });
    }
    const id = randomUUID();
    const at = now.toISOString();
    const agenda = agendaSchema.parse(JSON.parse(series.agenda));
    const state = initialState(id, agenda, { accountId: account.id, displayName: account.display_name, mode, coreTeam: true }, at);
    try {
      await ctx.db.transaction().execute(async (trx) => {
        await repo.insertSession(trx, { id, group_id: group.id, series_id: series.id, occurrence_date: date, status: 'running', seq: 0, state: JSON.stringify(state), started_by: account.id, started_at: at });
        await recordPresence(trx, series.id, date, account.id, mode, at);
      });
      await announce(ctx, group.id, id, 'running');
      return { created: true, view: await viewSession(ctx, account.id, id, now) };
    } catch (err) {
      // Two of the core team pressed Start at once: the other one's session is the session.
      if (!(await repo.findSessionOfOccurrence(ctx.db, series.id, date))) throw err;
    }
  }
  const row = (await repo.findSessionOfOccurrence(ctx.db, series.id, date))!;
  return { created: false, view: await joinSession(ctx, account, row.id, mode, now) };
}

/** Tells every member of the group (their account-wide socket) that a session started or ended. */
async function announce(ctx: Ctx, groupId: string, sessionId: string, status: 'running' | 'ended') {
  const members = await activeMemberNames(ctx.db, groupId);
  await Promise.all(members.map((m) => publishLive(ctx.hub, m.account_id, { type: 'meeting.live', sessionId, groupId, status })));
}

export async function joinSession(ctx: Ctx, account: Account, sessionId: string, mode: AttendMode, now = new Date()): Promise<SessionView> {
  const access = await sessionAccess(ctx.db, sessionId, account.id);
  if (access.row.status === 'ended') throw new Conflict('This session has ended.', 'session_ended');
  const state = stateOf(access.row);
  const known = state.participants.find((p) => p.accountId === account.id);
  if (!known?.present || known.mode !== mode) {
    await append(ctx, sessionId, (_state, at) => ({
      type: 'participant.joined',
      at,
      actor: account.id,
      participant: { accountId: account.id, displayName: account.display_name, mode, coreTeam: access.coreTeam, present: true, joinedAt: at },
    }), { now, after: async (trx, _event, at) => recordPresence(trx, access.row.series_id, access.row.occurrence_date, account.id, mode, at) });
  }
  return viewSession(ctx, account.id, sessionId, now);
}

export async function leaveSession(ctx: Ctx, accountId: string, sessionId: string, now = new Date()): Promise<void> {
  const access = await sessionAccess(ctx.db, sessionId, accountId);
  if (access.row.status === 'ended' || !isPresent(stateOf(access.row), accountId)) return;
  await append(ctx, sessionId, (state, at) => (isPresent(state, accountId) ? { type: 'participant.left', at, actor: accountId, accountId } : null), { now });
}

/** A command from a present participant: decided against the stored state, numbered, stored, sent. */
export async function runCommand(
  ctx: Ctx & Pick<AppContext, 'limiter'>,
  accountId: string,
  sessionId: string,
  command: SessionCommand,
  now = new Date(),
): Promise<number> {
  const access = await sessionAccess(ctx.db, sessionId, accountId);
  if (access.row.status === 'ended') throw new Conflict('This session has ended.', 'session_ended');
  // Everyone's own moves (share, pass, hands) are few in a real session; a runaway client must not flood the room.
  if (PARTICIPANT_COMMANDS.has(command.type)) await ctx.limiter.consume(PARTICIPANT_COMMAND_LIMIT, `${accountId}:${sessionId}`, now.getTime());
  const event = await append(ctx, sessionId, (state, at) => decide(state, accountId, command, at), {
    now,
    after: (trx, event, at, before) => onCommand(trx, access.row.group_id, before, event, command, at),
  });
  if (event?.type === 'session.end') await announce(ctx, access.row.group_id, sessionId, 'ended');
  return event?.seq ?? access.row.seq;
}

interface AppendOptions {
  /** Keeps what is the member's own, in the same transaction. */
  after?: (trx: Executor, event: SessionEvent, at: string, before: SessionState) => Promise<void>;
  now?: Date;
  /** Who ended it, if this event ends it: the runner, or nobody (see endIdleSessions). */
  endedBy?: EndedBy;
}

/**
 * The one way a session changes: in a transaction holding the session row, `make` decides
 * the next event from the stored state and event number (null: nothing to do), it is
 * numbered and stored with the new state, `after` keeps what is the member's own; once
 * committed, everyone connected hears it. Ending also scrubs what was said and fixes the summary.
 */
async function append(
  ctx: Ctx,
  sessionId: string,
  make: (state: SessionState, at: string, seq: number) => UnnumberedEvent | null,
  { after, now = new Date(), endedBy = 'runner' }: AppendOptions = {},
): Promise<SessionEvent | null> {
  const at = now.toISOString();
  const event = await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.lockSession(trx, sessionId, ctx.dialect);
    if (!row) throw new NotFound('No such session.');
    if (row.status === 'ended') throw new Conflict('This session has ended.', 'session_ended');
    const before = stateOf(row);
    let unnumbered;
    try {
      unnumbered = make(before, at, row.seq);
    } catch (err) {
      if (err instanceof LiveRuleError) throw err.code === 'not_facilitator' ? new Forbidden(err.message, err.code) : new Conflict(err.message, err.code);
      throw err;
    }
    if (!unnumbered) return null;
    const numbered = { ...unnumbered, seq: row.seq + 1 } as SessionEvent;
    const next = evolve(before, numbered);
    await repo.appendEvent(trx, sessionId, numbered.seq, JSON.stringify(next), JSON.stringify(numbered));
    await after?.(trx, numbered, at, before);
    if (numbered.type === 'session.end') {
      const summary = endSummary(next, await countCommitmentsMadeIn(trx, sessionId), endedBy);
      await repo.closeSession(trx, sessionId, at, JSON.stringify(scrubbed(next)), JSON.stringify(summary));
    }
    return numbered;
  });
  if (event) await ctx.hub.publish(sessionTopic(sessionId), { type: SESSION_EVENT, event });
  return event;
}

/** A session as a card: where, when, whether I am in it, whether I may still give feedback. */
export async function infoOf(ctx: Ctx, accountId: string, row: repo.LiveSessionRow, groupName: string, now = new Date()): Promise<SessionInfo> {
  const [series, given] = await Promise.all([getSeries(ctx.db, row.group_id, row.series_id), feedback.hasGiven(ctx.db, row.id, accountId)]);
  return presentInfo(row, { groupName, title: series.title }, { accountId, feedbackGiven: given }, now);
}

export function sessionInfo(ctx: Ctx, accountId: string, access: SessionAccess, now = new Date()): Promise<SessionInfo> {
  return infoOf(ctx, accountId, access.row, access.groupName, now);
}

/** The state for a present participant (after the end: the scrubbed state, for anyone who came). */
export async function viewSession(ctx: Ctx, accountId: string, sessionId: string, now = new Date()): Promise<SessionView> {
  const access = await sessionAccess(ctx.db, sessionId, accountId);
  const state = stateOf(access.row);
  if (access.row.status === 'running' && !isPresent(state, accountId)) throw new Forbidden('Join the session to see it.', 'not_present');
  if (access.row.status === 'ended' && !wasParticipant(state, accountId)) throw new Forbidden('Only people who took part can open an ended session.', 'not_participant');
  const open = access.row.status === 'running' ? await openCommitment(ctx.db, accountId, access.row.group_id, sessionId) : undefined;
  return {
    info: await sessionInfo(ctx, accountId, access, now),
    seq: access.row.seq,
    state,
    me: { accountId, openCommitment: open ? presentCommitment(open, access.groupName) : null },
  };
}

/** Someone who left the group or was removed from it leaves its running sessions too (their turn, hand, role). */
export async function leaveRunningSessions(ctx: Ctx, groupId: string, accountId: string, now = new Date()): Promise<void> {
  for (const row of await repo.runningSessionsOfGroup(ctx.db, groupId)) {
    if (!isPresent(stateOf(row), accountId)) continue;
    await append(ctx, row.id, (state, at) => (isPresent(state, accountId) ? { type: 'participant.left', at, actor: accountId, accountId } : null), { now });
  }
}

/**
 * Ends the sessions nobody ended (the runner forgot; everyone went home), so what was said
 * in them does not stay: as at any end, it goes and the summary stays. The end is dated at
 * the last thing that happened, so the timings stay true. Run by the hourly sweep (main.ts);
 * several processes may run it at once. Answers how many it ended.
 */
export async function endIdleSessions(ctx: Ctx, now = new Date()): Promise<number> {
  const cutoff = now.getTime() - IDLE_END_HOURS * 3_600_000;
  let ended = 0;
  for (const row of await repo.runningSessionsStartedBefore(ctx.db, new Date(cutoff).toISOString())) {
    const last = (await repo.lastEventAt(ctx.db, row.id)) ?? row.started_at;
    if (Date.parse(last) > cutoff) continue;
    try {
      // Unless something happened since we looked (the event number moved on).
      const event = await append(ctx, row.id, (state, at, seq) => (seq === row.seq ? { type: 'session.end', at, actor: state.facilitatorId } : null), {
        now: new Date(last),
        endedBy: 'inactivity',
      });
      if (!event) continue;
    } catch (err) {
      if (err instanceof Conflict && err.code === 'session_ended') continue; // another process, or the runner, just ended it
      throw err;
    }
    await announce(ctx, row.group_id, row.id, 'ended');
    ended += 1;
  }
  return ended;
}
