import type { SessionState } from '../../../shared/live-session/schema.js';
import type { Executor } from '../../db/database.js';
import { NotFound } from '../../errors.js';
import { memberGroup } from '../groups/groups.service.js';
import { isCoreTeam } from '../groups/groups.policy.js';
import type { MembershipRow } from '../groups/memberships.repository.js';
import * as repo from './live-sessions.repository.js';

export interface SessionAccess {
  row: repo.LiveSessionRow;
  membership: MembershipRow;
  groupName: string;
  coreTeam: boolean;
}

/**
 * A session is its group's business: active members of the group only. Anyone else —
 * a non-member, a removed member, someone who left — learns nothing of it (404).
 */
export async function sessionAccess(db: Executor, sessionId: string, accountId: string): Promise<SessionAccess> {
  const row = await repo.findSession(db, sessionId);
  if (!row) throw new NotFound('No such session.');
  let access;
  try {
    access = await memberGroup(db, row.group_id, accountId, { allowOutdatedAgreement: true });
  } catch (err) {
    if (err instanceof NotFound) throw new NotFound('No such session.');
    throw err;
  }
  return { row, membership: access.membership, groupName: access.group.name, coreTeam: isCoreTeam(access.membership) };
}

export const stateOf = (row: repo.LiveSessionRow): SessionState => JSON.parse(row.state) as SessionState;

/** Was there at some point (the state keeps everyone who joined, present or not). */
export const wasParticipant = (state: SessionState, accountId: string) => state.participants.some((p) => p.accountId === accountId);
