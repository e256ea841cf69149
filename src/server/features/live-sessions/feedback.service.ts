import type { SessionSummary } from '../../../shared/live-session/api.js';
import { Conflict, Forbidden } from '../../errors.js';
import * as feedback from './feedback.repository.js';
import { sessionAccess, stateOf, wasParticipant } from './live-sessions.policy.js';
import { endSummary, feedbackOpen, presentFeedback, storedSummary } from './live-sessions.presenter.js';
import { sessionInfo } from './live-sessions.service.js';
import { countCommitmentsMadeIn } from './commitments.repository.js';
import type { AppContext } from '../../context.js';

type Ctx = Pick<AppContext, 'db' | 'dialect' | 'hub'>;

/** Anonymous feedback from someone who took part, once, within a week of the end. */
export async function giveFeedback(ctx: Ctx, accountId: string, sessionId: string, answers: feedback.FeedbackAnswers, now = new Date()): Promise<void> {
  const { row } = await sessionAccess(ctx.db, sessionId, accountId);
  if (!wasParticipant(stateOf(row), accountId)) throw new Forbidden('Only people who took part can give feedback.', 'not_participant');
  if (!feedbackOpen(row, now)) {
    throw new Conflict(row.status === 'running' ? 'Feedback opens when the session ends.' : 'Feedback for this session has closed.', 'feedback_closed');
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (await feedback.hasGiven(trx, sessionId, accountId)) throw new Conflict('You have already given feedback for this session. Thank you.', 'feedback_given');
    await feedback.insertFeedback(trx, sessionId, accountId, answers);
  });
}

/** For the core team: attendance, timings, commitments made, feedback aggregates (never what anyone said). */
export async function sessionSummary(ctx: Ctx, accountId: string, sessionId: string, now = new Date()): Promise<SessionSummary> {
  const access = await sessionAccess(ctx.db, sessionId, accountId);
  if (!access.coreTeam) throw new Forbidden('Only the group’s core team can see the summary.', 'core_team_only');
  const fixed = access.row.summary ? storedSummary(access.row.summary) : endSummary(stateOf(access.row), await countCommitmentsMadeIn(ctx.db, sessionId), null);
  return { info: await sessionInfo(ctx, accountId, access, now), ...fixed, feedback: presentFeedback(await feedback.feedbackOf(ctx.db, sessionId)) };
}
