import { randomUUID } from 'node:crypto';
import { crisisLinesFor } from '../../../shared/crisis-lines.js';
import { addDays, localDate } from '../../../shared/recovery/local-date.js';
import { wallClockToUtc } from '../../../shared/recurrence-zone.js';
import type { ActiveSos, SosCreated, SosResponse } from '../../../shared/sos.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { NotFound } from '../../errors.js';
import { enqueue } from '../../jobs/queue.js';
import { displayNamesOf } from '../accounts/accounts.service.js';
import { holdersOf } from '../grants/grants.repository.js';
import { notify } from '../notifications/notify.js';
import { currentPlan } from './safety-plan.service.js';
import { presentAlert } from './sos.presenter.js';
import * as repo from './sos.repository.js';
import { publishLive } from '../../realtime/live.js';

/** Who an SOS would alert now, so the member sees the names before sending. */
export async function wouldAlert(db: Executor, memberId: string) {
  const ids = await holdersOf(db, memberId, 'sos');
  const names = await displayNamesOf(db, ids);
  return ids.filter((id) => names.has(id)).map((accountId) => ({ accountId, name: names.get(accountId) ?? '' }));
}

/** A second tap within this window is the same call for help, not a new one. */
const DOUBLE_TAP_MS = 60_000;
/** An alert nobody resolved stops showing as a banner after a day. */
const OPEN_FOR_MS = 24 * 3_600_000;
const FOLLOW_UP_LOCAL_TIME = '10:00';

export interface Member {
  id: string;
  display_name: string;
  time_zone: string;
  country: string | null;
}

/** 10:00 on the member's next local day, as a UTC instant. */
export function followUpAt(timeZone: string, now: Date): Date {
  const tomorrow = addDays(localDate(now, timeZone), 1);
  return new Date(wallClockToUtc(timeZone, Date.parse(`${tomorrow}T${FOLLOW_UP_LOCAL_TIME}:00Z`)));
}

/**
 * Sends an SOS. The alert, its recipients (everyone the member granted 'sos'), a
 * notification each and the next-day follow-up commit together, so an SOS is never half
 * sent; deliveries (live, e-mail) run from the durable jobs. Never refused: a double tap
 * within a minute returns the alert already sent.
 */
export async function sendSos(ctx: AppContext, member: Member, message: string | undefined, now = new Date()) {
  const text = message?.trim() || null;
  const { id, created, recipientIds } = await ctx.db.transaction().execute(async (trx) => {
    const recent = await repo.recentAlertOf(trx, member.id, new Date(now.getTime() - DOUBLE_TAP_MS).toISOString());
    if (recent) return { id: recent.id, created: false, recipientIds: (await repo.recipientsOf(trx, recent.id)).map((r) => r.recipient_id) };
    const sosId = randomUUID();
    const holders = await holdersOf(trx, member.id, 'sos', now.toISOString());
    await repo.insertAlert(trx, { id: sosId, account_id: member.id, message: text, created_at: now.toISOString(), resolved_at: null, followed_up_at: null }, holders);
    for (const accountId of holders) {
      await notify(trx, { accountId, kind: 'sos.alert', actorId: member.id, data: { sosId, name: member.display_name, ...(text ? { message: text } : {}) } });
    }
    await enqueue(trx, { kind: 'sos.followup', payload: { sosId }, runAt: followUpAt(member.time_zone, now), dedupeKey: `sos-followup:${sosId}` });
    return { id: sosId, created: true, recipientIds: holders };
  });
  if (created) ctx.worker.wake();
  const names = await displayNamesOf(ctx.db, recipientIds);
  const alert = await repo.findAlert(ctx.db, id);
  const body: SosCreated = {
    id,
    createdAt: alert?.created_at ?? now.toISOString(),
    recipients: recipientIds.filter((r) => names.has(r)).map((accountId) => ({ accountId, name: names.get(accountId) ?? '' })),
    crisisLines: crisisLinesFor(member.country),
    safetyPlan: await currentPlan(ctx.db, member.id),
  };
  return { created, body };
}

/** The alert for its sender or one of its recipients; anyone else gets the same 404 as for no alert. */
async function alertFor(db: Executor, viewerId: string, id: string) {
  const alert = await repo.findAlert(db, id);
  if (!alert) throw new NotFound('No such alert.');
  const recipients = await repo.recipientsOf(db, id);
  if (alert.account_id !== viewerId && !recipients.some((r) => r.recipient_id === viewerId)) throw new NotFound('No such alert.');
  return { alert, recipients };
}

export async function viewAlert(db: Executor, viewerId: string, id: string) {
  const { alert, recipients } = await alertFor(db, viewerId, id);
  const names = await displayNamesOf(db, [alert.account_id, ...recipients.map((r) => r.recipient_id)]);
  return presentAlert(viewerId, alert, recipients, names);
}

/** A recipient answers ("I'm here", "Calling you now"); the member hears it at once. */
export async function respond(ctx: AppContext, viewerId: string, id: string, response: SosResponse, now = new Date()) {
  const { alert, recipients } = await alertFor(ctx.db, viewerId, id);
  const mine = recipients.find((r) => r.recipient_id === viewerId);
  // The sender is not a recipient of their own alert: same 404 as for a stranger.
  if (!mine) throw new NotFound('No such alert.');
  if (mine.response !== response) {
    const name = (await displayNamesOf(ctx.db, [viewerId])).get(viewerId) ?? '';
    await ctx.db.transaction().execute(async (trx) => {
      await repo.setResponse(trx, id, viewerId, response, now.toISOString());
      await notify(trx, { accountId: alert.account_id, kind: 'sos.response', actorId: viewerId, data: { sosId: id, name, response } });
    });
    ctx.worker.wake();
    await ctx.hub.publish(alert.account_id, { type: 'sos.response', sosId: id });
  }
  return viewAlert(ctx.db, viewerId, id);
}

/** The member says "I'm OK now"; only they can. */
export async function resolve(ctx: AppContext, viewerId: string, id: string, now = new Date()) {
  const { alert } = await alertFor(ctx.db, viewerId, id);
  if (alert.account_id !== viewerId) throw new NotFound('No such alert.');
  await repo.resolveAlert(ctx.db, id, now.toISOString());
  // Recipients' banners and open alert pages learn at once that the member is OK.
  for (const r of await repo.recipientsOf(ctx.db, id)) await publishLive(ctx.hub, r.recipient_id, { type: 'sos.resolved', sosId: id });
  return viewAlert(ctx.db, viewerId, id);
}

export async function activeFor(db: Executor, recipientId: string, now = new Date()): Promise<ActiveSos[]> {
  const rows = await repo.openAlertsFor(db, recipientId, new Date(now.getTime() - OPEN_FOR_MS).toISOString());
  const names = await displayNamesOf(db, rows.map((r) => r.account_id));
  return rows
    .filter((r) => names.has(r.account_id))
    .map((r) => ({ id: r.id, sender: { accountId: r.account_id, name: names.get(r.account_id) ?? '' }, createdAt: r.created_at, myResponse: (r.response as SosResponse | null) ?? null }));
}

/**
 * The next-day "How are you today?". Sent once, and only for the member's latest alert:
 * a newer alert carries its own follow-up.
 */
export async function followUp(ctx: AppContext, sosId: string, now = new Date()) {
  const alert = await repo.findAlert(ctx.db, sosId);
  if (!alert || alert.followed_up_at) return;
  const latest = await repo.latestAlertOf(ctx.db, alert.account_id);
  if (latest?.id !== alert.id) return;
  const sent = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.markFollowedUp(trx, sosId, now.toISOString()))) return false;
    await notify(trx, { accountId: alert.account_id, kind: 'sos.followup', data: { sosId } });
    return true;
  });
  if (sent) ctx.worker.wake();
}
