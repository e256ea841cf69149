import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Partnership, PartnershipList, partnershipPatchBody, partnershipRequestBody, ShareScope } from '../../../shared/partners.js';
import { localDate } from '../../../shared/recovery/local-date.js';
import type { AppContext } from '../../context.js';
import type { DB, Executor } from '../../db/database.js';
import { Conflict, NotFound } from '../../errors.js';
import { displayNamesOf, getAccount } from '../accounts/accounts.service.js';
import { latestCheckinDate } from '../checkins/checkins.service.js';
import { groupsInGoodStandingOf } from '../groups/groups.service.js';
import { notify } from '../notifications/notify.js';
import { canRead, requireRead } from '../privacy/privacy.policy.js';
import { endPartnershipGrants, partnershipScopes, setPartnershipScopes } from './partner-sharing.js';
import { otherOf, requireAddressee, requireParticipant, requireRequester, requireStatus } from './partners.policy.js';
import { presentPartnership } from './partners.presenter.js';
import * as repo from './partners.repository.js';

type RequestInput = z.infer<typeof partnershipRequestBody>;
type PatchInput = z.infer<typeof partnershipPatchBody>;
const CLOSED_SHOWN_DAYS = 30;

/** The groups both people take part in now (active, current agreement accepted). */
export async function sharedGroupIds(db: Executor, a: string, b: string): Promise<string[]> {
  const [mine, theirs] = await Promise.all([groupsInGoodStandingOf(db, a), groupsInGoodStandingOf(db, b)]);
  const theirIds = new Set(theirs.map((g) => g.id));
  return mine.filter((g) => theirIds.has(g.id)).map((g) => g.id);
}

/** Whether the partner checked in today in their own day: only when they share check-ins with me. */
async function checkedInToday(db: DB, viewerId: string, ownerId: string): Promise<boolean | null> {
  if (!(await canRead(db, viewerId, ownerId, 'checkins.summary'))) return null;
  await requireRead(db, viewerId, ownerId, 'checkins.summary', 'partner.checked_in_today');
  const [owner, latest] = await Promise.all([getAccount(db, ownerId), latestCheckinDate(db, ownerId)]);
  return latest === localDate(new Date(), owner.time_zone);
}

export async function view(db: DB, row: repo.PartnershipRow, viewerId: string, names?: Map<string, string>): Promise<Partnership> {
  const otherId = otherOf(row, viewerId);
  const otherName = (names ?? (await displayNamesOf(db, [otherId]))).get(otherId) ?? '';
  const running = row.status === 'active';
  const [myScopes, theirScopes, checked] = running
    ? await Promise.all([partnershipScopes(db, row.id, viewerId, otherId), partnershipScopes(db, row.id, otherId, viewerId), checkedInToday(db, viewerId, otherId)])
    : [[] as ShareScope[], [] as ShareScope[], null];
  return presentPartnership(row, viewerId, { otherName, myScopes, theirScopes, checkedInToday: checked });
}

export async function listMine(db: DB, accountId: string): Promise<PartnershipList> {
  const since = new Date(Date.now() - CLOSED_SHOWN_DAYS * 86_400_000).toISOString();
  const rows = await repo.partnershipsOf(db, accountId, since);
  const names = await displayNamesOf(db, rows.map((r) => otherOf(r, accountId)));
  const views = await Promise.all(rows.map((r) => view(db, r, accountId, names)));
  return {
    active: views.filter((p) => p.state === 'active'),
    incoming: views.filter((p) => p.state === 'pending' && p.myRole === 'addressee'),
    outgoing: views.filter((p) => p.state === 'pending' && p.myRole === 'requester'),
    closed: views.filter((p) => p.state === 'closed' || p.state === 'ended').slice(0, 10),
  };
}

export async function getOne(db: DB, id: string, accountId: string) {
  return view(db, await requireParticipant(db, id, accountId), accountId);
}

/** Asks a co-member to be partners. A stranger, oneself or an unknown account: one answer, 404. */
export async function requestPartner(ctx: AppContext, accountId: string, input: RequestInput) {
  const db = ctx.db;
  if (input.accountId === accountId || (await sharedGroupIds(db, accountId, input.accountId)).length === 0) {
    throw new NotFound('body.accountId is not a member of one of your groups.');
  }
  if (await repo.findOpenBetween(db, 'partner', accountId, input.accountId)) {
    throw new Conflict('You two already have a partnership or a request waiting.', 'partnership_exists');
  }
  const names = await displayNamesOf(db, [accountId]);
  const row = await db.transaction().execute(async (trx) => {
    const created = await repo.insertPartnership(trx, {
      id: randomUUID(),
      kind: 'partner',
      group_id: null,
      requester_id: accountId,
      addressee_id: input.accountId,
      status: 'pending',
      message: input.message || null,
      rhythm: input.rhythm ?? 'daily',
      rhythm_days: JSON.stringify(input.rhythm === 'custom' ? (input.rhythmDays ?? []) : []),
      quiet_start: input.quietStart ?? null,
      quiet_end: input.quietEnd ?? null,
      created_at: new Date().toISOString(),
      responded_at: null,
      ended_at: null,
      ended_by: null,
    });
    await notify(trx, { accountId: input.accountId, kind: 'partner.request', data: { partnershipId: created.id, name: names.get(accountId) ?? '' }, actorId: accountId });
    return created;
  });
  ctx.worker.wake();
  return view(db, row, accountId);
}

async function transition(ctx: AppContext, row: repo.PartnershipRow, from: string[], changes: Parameters<typeof repo.updatePartnership>[3]) {
  const updated = await repo.updatePartnership(ctx.db, row.id, from, changes);
  if (!updated) throw new Conflict('This request or partnership has changed meanwhile.', 'partnership_state');
  return updated;
}

export async function accept(ctx: AppContext, id: string, accountId: string, beforeAccept?: (row: repo.PartnershipRow) => Promise<void>) {
  const row = await requireParticipant(ctx.db, id, accountId);
  requireAddressee(row, accountId);
  requireStatus(row, 'pending');
  await beforeAccept?.(row);
  const names = await displayNamesOf(ctx.db, [accountId]);
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const done = await repo.updatePartnership(trx, id, ['pending'], { status: 'active', responded_at: new Date().toISOString() });
    if (!done) throw new Conflict('This request has changed meanwhile.', 'partnership_state');
    const kind = row.kind === 'mentor' ? 'mentor.accepted' : 'partner.accepted';
    await notify(trx, { accountId: row.requester_id, kind, data: { partnershipId: id, name: names.get(accountId) ?? '' }, actorId: accountId });
    return done;
  });
  ctx.worker.wake();
  return view(ctx.db, updated, accountId);
}

/** Declining tells nobody: the requester's request simply closes. */
export async function decline(ctx: AppContext, id: string, accountId: string) {
  const row = await requireParticipant(ctx.db, id, accountId);
  requireAddressee(row, accountId);
  requireStatus(row, 'pending');
  return view(ctx.db, await transition(ctx, row, ['pending'], { status: 'declined', responded_at: new Date().toISOString() }), accountId);
}

export async function withdraw(ctx: AppContext, id: string, accountId: string) {
  const row = await requireParticipant(ctx.db, id, accountId);
  requireRequester(row, accountId);
  requireStatus(row, 'pending');
  const now = new Date().toISOString();
  return view(ctx.db, await transition(ctx, row, ['pending'], { status: 'withdrawn', ended_at: now, ended_by: accountId }), accountId);
}

export async function update(ctx: AppContext, id: string, accountId: string, input: PatchInput) {
  const row = await requireParticipant(ctx.db, id, accountId);
  requireStatus(row, 'active');
  const rhythm = input.rhythm ?? row.rhythm;
  const changes = {
    rhythm,
    rhythm_days: rhythm !== 'custom' ? '[]' : input.rhythmDays ? JSON.stringify(input.rhythmDays) : row.rhythm_days,
    ...(input.quietStart !== undefined ? { quiet_start: input.quietStart, quiet_end: input.quietEnd ?? null } : {}),
  };
  if (rhythm === 'custom' && changes.rhythm_days === '[]') {
    throw new Conflict('A custom rhythm needs at least one day.', 'rhythm_days_required');
  }
  return view(ctx.db, await transition(ctx, row, ['active'], changes), accountId);
}

/** Either person may end it; every grant made within it ends both ways, at once. */
export async function end(ctx: AppContext, id: string, accountId: string) {
  const row = await requireParticipant(ctx.db, id, accountId);
  requireStatus(row, 'active');
  const { updated, revoked } = await ctx.db.transaction().execute(async (trx) => {
    const done = await repo.updatePartnership(trx, id, ['active'], { status: 'ended', ended_at: new Date().toISOString(), ended_by: accountId });
    if (!done) throw new Conflict('This partnership has changed meanwhile.', 'partnership_state');
    return { updated: done, revoked: await endPartnershipGrants(trx, id, row.requester_id, row.addressee_id) };
  });
  for (const g of revoked) await ctx.hub.publish(g.granteeId, { type: 'grant.revoked', ownerId: g.ownerId, grantId: g.grantId });
  return view(ctx.db, updated, accountId);
}

/** Replaces what I share with the other person within an active partnership. */
export async function share(ctx: AppContext, id: string, me: { id: string; display_name: string }, scopes: readonly ShareScope[]) {
  const row = await requireParticipant(ctx.db, id, me.id);
  requireStatus(row, 'active');
  await setPartnershipScopes(ctx, row.id, me.id, otherOf(row, me.id), me.display_name, scopes);
  return getOne(ctx.db, row.id, me.id);
}
