import type { SessionInfo } from '../../../shared/live-session/api.js';
import type { AppContext } from '../../context.js';
import { NotFound } from '../../errors.js';
import { activeGroupsOf } from '../groups/groups.service.js';
import { coreTeamAccess, memberAccess } from '../meetings/meetings.policy.js';
import * as repo from './live-sessions.repository.js';
import { infoOf } from './live-sessions.service.js';

type Ctx = Pick<AppContext, 'db' | 'dialect' | 'hub'>;
const DAY = 86_400_000;

/** Sessions running in my groups, and ended ones I took part in and can still give feedback on. */
export async function mySessions(ctx: Ctx, accountId: string, now = new Date()): Promise<SessionInfo[]> {
  const groups = new Map((await activeGroupsOf(ctx.db, accountId)).map((g) => [g.id, g.name]));
  const rows = await repo.sessionsOfGroups(ctx.db, [...groups.keys()], new Date(now.getTime() - 7 * DAY).toISOString());
  const infos = await Promise.all(rows.map((row) => infoOf(ctx, accountId, row, groups.get(row.group_id)!, now)));
  return infos.filter((i) => i.status === 'running' || i.canGiveFeedback);
}

/** The group's sessions for its core team, newest first. */
export async function groupSessions(ctx: Ctx, accountId: string, groupKey: string, now = new Date()): Promise<SessionInfo[]> {
  const { group } = await coreTeamAccess(ctx.db, groupKey, accountId);
  const rows = await repo.sessionsOfGroup(ctx.db, group.id, 50);
  return Promise.all(rows.map((row) => infoOf(ctx, accountId, row, group.name, now)));
}

/** The session of one occurrence, for any active member of the group (404 when there is none). */
export async function sessionOfOccurrence(ctx: Ctx, accountId: string, groupKey: string, seriesId: string, date: string, now = new Date()): Promise<SessionInfo> {
  const { group } = await memberAccess(ctx.db, groupKey, accountId);
  const row = await repo.findSessionOfOccurrence(ctx.db, seriesId, date);
  if (!row || row.group_id !== group.id) throw new NotFound('This meeting has no live session.', 'no_session');
  return infoOf(ctx, accountId, row, group.name, now);
}
