import type { Selectable } from 'kysely';

/** Tables of live sessions (migration 20261128T1100-live-sessions). */
export interface LiveSessionTables {
  live_sessions: LiveSessionTable;
  live_session_events: LiveSessionEventTable;
  commitments: CommitmentTable;
  session_checkins: SessionCheckinTable;
  session_feedback: SessionFeedbackTable;
  session_feedback_given: SessionFeedbackGivenTable;
}

export interface LiveSessionTable {
  id: string;
  group_id: string;
  series_id: string;
  occurrence_date: string;
  status: string;
  seq: number;
  /** JSON: shared/live-session SessionState after event `seq`. */
  state: string;
  /** JSON: shared/live-session SessionSummary, after the end. */
  summary: string | null;
  started_by: string | null;
  started_at: string;
  ended_at: string | null;
}

export interface LiveSessionEventTable {
  session_id: string;
  seq: number;
  /** JSON: one numbered SessionEvent. */
  event: string;
}

export interface CommitmentTable {
  id: string;
  account_id: string;
  group_id: string;
  session_id: string | null;
  text: string;
  created_at: string;
  outcome: string | null;
  tried: string | null;
  reported_at: string | null;
  reported_session_id: string | null;
}

export interface SessionCheckinTable {
  id: string;
  account_id: string;
  session_id: string;
  mood: number;
  energy: number;
  craving: number;
  note: string | null;
  created_at: string;
}

export interface SessionFeedbackTable {
  id: string;
  session_id: string;
  safe: number;
  helpful: number;
  pacing: number;
  comment: string | null;
}

export interface SessionFeedbackGivenTable {
  session_id: string;
  account_id: string;
}

export type LiveSessionRow = Selectable<LiveSessionTable>;
export type CommitmentRow = Selectable<CommitmentTable>;
