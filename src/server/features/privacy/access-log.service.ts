import type { Executor } from '../../db/database.js';
import { displayNamesOf } from '../accounts/accounts.service.js';
import { accessLog } from './audit.repository.js';

/** The member's "who looked at what": each read by someone else, with the reader's display name. */
export async function accessLogOf(db: Executor, ownerId: string) {
  const events = await accessLog(db, ownerId);
  const names = await displayNamesOf(db, events.flatMap((e) => (e.actor_id ? [e.actor_id] : [])));
  return events.map((e) => ({ at: e.created_at, actorName: (e.actor_id && names.get(e.actor_id)) || null, scope: e.scope, action: e.action }));
}
