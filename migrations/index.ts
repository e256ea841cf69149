import type { Migration } from 'kysely';
import * as accounts from './20261128T0400-accounts.js';
import * as groupsMeetings from './20261128T0500-groups-meetings.js';
import * as recoveryLoop from './20261128T0700-recovery-loop.js';
import * as support from './20261128T0900-support.js';
import * as liveSessions from './20261128T1100-live-sessions.js';

/**
 * Every migration, in order. Listed statically so the bundled server carries them.
 * Files are timestamped and never edited after they land.
 */
export const migrations: Record<string, Migration> = {
  '20261128T0400-accounts': accounts,
  '20261128T0500-groups-meetings': groupsMeetings,
  '20261128T0700-recovery-loop': recoveryLoop,
  '20261128T0900-support': support,
  '20261128T1100-live-sessions': liveSessions,
};
