import type { Commitment, EndedBy, SessionInfo, SessionSummary } from '../../../shared/live-session/api.js';
import { FEEDBACK_MIN_ANSWERS, FEEDBACK_OPEN_DAYS } from '../../../shared/live-session/api.js';
import type { CommitmentOutcome, SessionState } from '../../../shared/live-session/schema.js';
import type { CommitmentRow } from '../../db/live-tables.js';
import type { FeedbackAnswers } from './feedback.repository.js';
import type { LiveSessionRow } from './live-sessions.repository.js';

const DAY = 86_400_000;

export function feedbackOpen(row: LiveSessionRow, now: Date): boolean {
  return row.status === 'ended' && row.ended_at !== null && now.getTime() - Date.parse(row.ended_at) <= FEEDBACK_OPEN_DAYS * DAY;
}

export function presentInfo(
  row: LiveSessionRow,
  names: { groupName: string; title: string },
  me: { accountId: string; feedbackGiven: boolean },
  now: Date,
): SessionInfo {
  const state = JSON.parse(row.state) as SessionState;
  const participant = state.participants.find((p) => p.accountId === me.accountId);
  return {
    id: row.id,
    groupId: row.group_id,
    groupName: names.groupName,
    seriesId: row.series_id,
    date: row.occurrence_date,
    title: names.title,
    status: row.status as SessionInfo['status'],
    startedAt: row.started_at,
    endedAt: row.ended_at,
    joined: row.status === 'running' && participant?.present === true,
    canGiveFeedback: participant !== undefined && !me.feedbackGiven && feedbackOpen(row, now),
  };
}

/** After the end, nothing anyone said stays: rounds and discussions go, timings and who came stay. */
export function scrubbed(state: SessionState): SessionState {
  return { ...state, rounds: {}, discussions: {} };
}

const minutesBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 6_000) / 10;

/** The part of the summary fixed at the end: who ended it, attendance, timings, commitments made. */
export function endSummary(state: SessionState, commitmentsMade: number, endedBy: EndedBy | null): Omit<SessionSummary, 'info' | 'feedback'> {
  return {
    endedBy,
    attendance: {
      present: state.participants.length,
      inPerson: state.participants.filter((p) => p.mode === 'in_person').length,
      online: state.participants.filter((p) => p.mode === 'online').length,
    },
    phases: state.phases.map((p) => ({
      kind: p.kind,
      title: p.title,
      plannedMinutes: p.minutes,
      actualMinutes: p.startedAt && p.endedAt ? minutesBetween(p.startedAt, p.endedAt) : null,
      status: p.status === 'pending' ? 'not_reached' : p.status,
    })),
    commitmentsMade,
  };
}

/** The summary fixed at the end, as stored; those stored before `endedBy` existed were all ended by their runner. */
export function storedSummary(json: string): ReturnType<typeof endSummary> {
  const stored = JSON.parse(json) as Omit<ReturnType<typeof endSummary>, 'endedBy'> & { endedBy?: EndedBy };
  return { ...stored, endedBy: stored.endedBy ?? 'runner' };
}

/** Feedback as the core team sees it: only once enough people answered that no one can be picked out. */
export function presentFeedback(answers: FeedbackAnswers[]): SessionSummary['feedback'] {
  if (answers.length < FEEDBACK_MIN_ANSWERS) return { answers: answers.length, averages: null, comments: null };
  const average = (key: 'safe' | 'helpful' | 'pacing') => Math.round((answers.reduce((sum, a) => sum + a[key], 0) / answers.length) * 10) / 10;
  const comments = answers.flatMap((a) => (a.comment ? [a.comment] : [])).sort((a, b) => a.localeCompare(b));
  return { answers: answers.length, averages: { safe: average('safe'), helpful: average('helpful'), pacing: average('pacing') }, comments };
}

export function presentCommitment(row: CommitmentRow, groupName: string): Commitment {
  return {
    id: row.id,
    groupId: row.group_id,
    groupName,
    text: row.text,
    createdAt: row.created_at,
    outcome: row.outcome as CommitmentOutcome | null,
    tried: row.tried,
    reportedAt: row.reported_at,
  };
}
