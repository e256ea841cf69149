import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/database.js';

export interface FeedbackAnswers {
  safe: number;
  helpful: number;
  pacing: number;
  comment: string | null;
}

export async function hasGiven(db: Executor, sessionId: string, accountId: string): Promise<boolean> {
  const row = await db.selectFrom('session_feedback_given').select('account_id').where('session_id', '=', sessionId).where('account_id', '=', accountId).executeTakeFirst();
  return row !== undefined;
}

/** Who answered and what was answered go to two tables that share nothing but the session. */
export async function insertFeedback(db: Executor, sessionId: string, accountId: string, answers: FeedbackAnswers): Promise<void> {
  await db.insertInto('session_feedback_given').values({ session_id: sessionId, account_id: accountId }).execute();
  await db.insertInto('session_feedback').values({ id: randomUUID(), session_id: sessionId, ...answers }).execute();
}

export function feedbackOf(db: Executor, sessionId: string): Promise<FeedbackAnswers[]> {
  return db.selectFrom('session_feedback').select(['safe', 'helpful', 'pacing', 'comment']).where('session_id', '=', sessionId).execute();
}
