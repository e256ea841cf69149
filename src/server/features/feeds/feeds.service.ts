import { randomBytes, randomUUID } from 'node:crypto';
import { localDate } from '../../../shared/recurrence.js';
import type { AppContext } from '../../context.js';
import { NotFound } from '../../errors.js';
import { getAccount } from '../accounts/accounts.service.js';
import { hashToken } from '../auth/auth.service.js';
import { requireMember } from '../groups/groups.policy.js';
import { activeGroupsOf, findGroupOrThrow, listedGroups, type GroupBasics } from '../groups/groups.service.js';
import { scheduleStamp, scheduleVersion, seriesOfGroups, type ScheduledSeries } from '../meetings/schedule.service.js';
import { calendarLabels } from './calendar-labels.js';
import * as feeds from './feeds.repository.js';
import { calendarSeries, listedSeries, presentDirectoryGroup, presentFeed } from './feeds.presenter.js';
import type { DirectoryGroup } from '../../../shared/feeds.js';
import { buildCalendar, type CalendarSeries } from './ical.js';
import { toMeetingGuide, type MeetingGuideMeeting } from './meeting-guide.js';
import type { PublicFeedCache, RenderedFeed } from './public-feed-cache.js';

export function feedUrl(ctx: AppContext, token: string): string {
  return `${ctx.config.publicUrl}/api/calendar/${token}.ics`;
}

/**
 * A new feed: 32 random bytes, kept only as a keyed hash and shown once, in the URL. A
 * group feed needs an active membership (its id or slug); without one it is a personal feed.
 */
export async function createFeed(ctx: AppContext, accountId: string, groupKey: string | undefined) {
  let groupId: string | null = null;
  if (groupKey !== undefined) {
    const group = await findGroupOrThrow(ctx.db, groupKey);
    await requireMember(ctx.db, group.id, accountId);
    groupId = group.id;
  }
  const token = randomBytes(32).toString('base64url');
  const row: feeds.CalendarTokenRow = {
    id: randomUUID(),
    account_id: accountId,
    group_id: groupId,
    token_hash: hashToken(ctx, token),
    created_at: new Date().toISOString(),
    revoked_at: null,
  };
  await feeds.insertToken(ctx.db, row);
  return { ...presentFeed(row), url: feedUrl(ctx, token) };
}

export async function listFeeds(ctx: AppContext, accountId: string) {
  return (await feeds.listLiveTokens(ctx.db, accountId)).map(presentFeed);
}

export async function revokeFeed(ctx: AppContext, accountId: string, id: string): Promise<void> {
  const changed = await feeds.revokeToken(ctx.db, accountId, id, new Date().toISOString());
  if (changed === 0) throw new NotFound('That calendar feed does not exist or was already turned off.');
}

/** The iCalendar text behind a feed token; 404 for unknown, revoked or no longer allowed tokens. */
export async function calendarForToken(ctx: AppContext, token: string, now = new Date()): Promise<string> {
  const row = await feeds.findLiveToken(ctx.db, hashToken(ctx, token));
  if (!row) throw new NotFound('This calendar feed no longer exists.');
  const labels = calendarLabels((await getAccount(ctx.db, row.account_id)).locale);
  let name = `${labels.myMeetings} (Kindred)`;
  let groups: GroupBasics[];
  if (row.group_id) {
    // A member who left or was removed gets 404 like any non-member. A calendar app cannot
    // accept an updated agreement, so an outdated one does not stop the feed.
    await requireMember(ctx.db, row.group_id, row.account_id, { allowOutdatedAgreement: true });
    const group = await findGroupOrThrow(ctx.db, row.group_id);
    name = `${group.name} (Kindred)`;
    groups = [group];
  } else {
    groups = await activeGroupsOf(ctx.db, row.account_id);
  }
  const series = await seriesOfGroups(ctx.db, groups);
  const events = series.map((s) => calendarSeries(s, labels)).filter((e): e is CalendarSeries => e !== null);
  return buildCalendar({ name, series: events, now });
}

/** A series whose last date has passed is not a meeting anyone can go to any more. */
function isCurrent(s: ScheduledSeries, now: Date): boolean {
  return !s.row.until_date || s.row.until_date >= localDate(s.group.time_zone, now);
}

/** Open, current meeting series of the given listed groups. */
async function listedMeetings(ctx: AppContext, groups: readonly GroupBasics[], now: Date): Promise<ScheduledSeries[]> {
  return (await seriesOfGroups(ctx.db, groups, { openOnly: true })).filter((s) => isCurrent(s, now));
}

/** The Meeting Guide feed: open, weekly meetings of listed groups, by slug. */
export async function meetingGuideFeed(ctx: AppContext, now = new Date()): Promise<MeetingGuideMeeting[]> {
  return (await listedMeetings(ctx, await listedGroups(ctx.db), now))
    .map((s) => toMeetingGuide(listedSeries(s, ctx.config.publicUrl)))
    .filter((m): m is MeetingGuideMeeting => m !== null)
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** The public directory: listed groups with their open meetings. */
export async function publicDirectory(ctx: AppContext, now = new Date()): Promise<DirectoryGroup[]> {
  const groups = await listedGroups(ctx.db);
  const byGroup = new Map<string, ScheduledSeries[]>();
  for (const s of await listedMeetings(ctx, groups, now)) {
    const list = byGroup.get(s.group.id);
    if (list) list.push(s);
    else byGroup.set(s.group.id, [s]);
  }
  return groups.map((g) => presentDirectoryGroup(g, byGroup.get(g.id) ?? []));
}

/**
 * A public feed, rendered and compressed again only when the schedule changed or the hour
 * turned (a series whose end date passed drops out by itself). The database stamp is asked
 * only after a write in this process or when the cache's re-check interval has passed.
 */
export async function publicFeed(ctx: AppContext, cache: PublicFeedCache, feed: 'meetings' | 'directory', nowMs = Date.now()): Promise<RenderedFeed> {
  const hour = Math.floor(nowMs / 3_600_000);
  const stamp = `${await cache.stamp(scheduleVersion(), nowMs, () => scheduleStamp(ctx.db))}@${hour}`;
  return cache.get(feed, stamp, async () => {
    const now = new Date(nowMs);
    return feed === 'meetings' ? meetingGuideFeed(ctx, now) : { groups: await publicDirectory(ctx, now) };
  });
}
