import { randomUUID } from 'node:crypto';
import { NUDGES_PER_DAY, type Nudge, type PartnerMessage } from '../../../shared/partners.js';
import type { AppContext } from '../../context.js';
import type { DB } from '../../db/database.js';
import type { Limit } from '../../http/rate-limit.js';
import { displayNamesOf } from '../accounts/accounts.service.js';
import { notify } from '../notifications/notify.js';
import { otherOf, requireParticipant, requireStatus } from './partners.policy.js';
import { presentMessage } from './partners.presenter.js';
import * as repo from './partners.repository.js';

/** A nudge is a small, warm thing: a few a day per partner keeps it that way. */
export const NUDGE_LIMIT: Limit = { bucket: 'partner-nudge', max: NUDGES_PER_DAY, windowSeconds: 86_400 };
/** Generous for a conversation, short of a flood. */
export const MESSAGE_LIMIT: Limit = { bucket: 'partner-message', max: 60, windowSeconds: 3_600 };
const PAGE = 50;

/** The thread, oldest first: the 50 messages before `before` (default: now). Participants only. */
export async function thread(db: DB, id: string, accountId: string, before?: string): Promise<PartnerMessage[]> {
  const row = await requireParticipant(db, id, accountId);
  // A request that was never accepted has no thread.
  if (row.status === 'pending' || row.responded_at === null) return [];
  const rows = await repo.messagesBefore(db, id, before ? new Date(before).toISOString() : '9999-12-31T23:59:59.999Z', PAGE);
  return rows.map((r) => presentMessage(r, accountId));
}

async function send(ctx: AppContext, id: string, accountId: string, kind: 'message' | 'nudge', body: string, notice: { kind: 'partner.message' | 'partner.nudge'; nudge?: Nudge }, limit: Limit) {
  const row = await requireParticipant(ctx.db, id, accountId);
  requireStatus(row, 'active');
  // Counted per sender and partnership: a nudge to one partner never blocks another.
  await ctx.limiter.consume(limit, `${accountId}:${id}`);
  const otherId = otherOf(row, accountId);
  const names = await displayNamesOf(ctx.db, [accountId]);
  const message = await ctx.db.transaction().execute(async (trx) => {
    const saved = await repo.insertMessage(trx, { id: randomUUID(), partnership_id: id, sender_id: accountId, kind, body, created_at: new Date().toISOString() });
    const data = { partnershipId: id, name: names.get(accountId) ?? '', ...(notice.nudge ? { nudge: notice.nudge } : {}) };
    await notify(trx, { accountId: otherId, kind: notice.kind, data, actorId: accountId });
    return saved;
  });
  ctx.worker.wake();
  // An open partner page refreshes its thread at once.
  await ctx.hub.publish(otherId, { type: 'partner.message', partnershipId: id, messageId: message.id });
  return presentMessage(message, accountId);
}

export function sendMessage(ctx: AppContext, id: string, accountId: string, body: string) {
  return send(ctx, id, accountId, 'message', body, { kind: 'partner.message' }, MESSAGE_LIMIT);
}

export function sendNudge(ctx: AppContext, id: string, accountId: string, nudge: Nudge, text?: string) {
  const body = JSON.stringify(nudge === 'custom' ? { nudge, text } : { nudge });
  return send(ctx, id, accountId, 'nudge', body, { kind: 'partner.nudge', nudge }, NUDGE_LIMIT);
}
