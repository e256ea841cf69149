import { CHECK_IN_EARLY_MINUTES } from '../../../shared/meetings.js';
import type { Occurrence } from '../../../shared/recurrence.js';
import type { Executor } from '../../db/database.js';
import { coreTeamGroup, memberGroup } from '../groups/groups.service.js';
import type { MembershipRow } from '../groups/memberships.repository.js';
import type { GroupBasics } from './meetings.repository.js';

export interface GroupAccess {
  group: GroupBasics;
  membership: MembershipRow;
}

/** Members read a group's meetings; anyone else gets 404, as for the group itself. */
export async function memberAccess(db: Executor, key: string, accountId: string): Promise<GroupAccess> {
  return memberGroup(db, key, accountId);
}

/** Only the core team (facilitators, co-facilitators) schedules, changes and takes attendance. */
export async function coreTeamAccess(db: Executor, key: string, accountId: string): Promise<GroupAccess> {
  return coreTeamGroup(db, key, accountId);
}

/** A member checks themself in while the occurrence is on: from shortly before it starts until it ends. */
export function isCheckInOpen(occurrence: Occurrence, now: Date): boolean {
  if (occurrence.status === 'cancelled') return false;
  const opens = Date.parse(occurrence.startsAt) - CHECK_IN_EARLY_MINUTES * 60_000;
  return now.getTime() >= opens && now.getTime() <= Date.parse(occurrence.endsAt);
}
