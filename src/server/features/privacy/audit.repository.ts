import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/database.js';

export interface ReadEvent {
  ownerId: string;
  actorId: string;
  scope: string;
  action: string;
}

export async function recordRead(db: Executor, event: ReadEvent): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      id: randomUUID(),
      owner_id: event.ownerId,
      actor_id: event.actorId,
      scope: event.scope,
      action: event.action,
      created_at: new Date().toISOString(),
    })
    .execute();
}

/** Reads of the owner's records by others, newest first. */
export function accessLog(db: Executor, ownerId: string, limit = 200) {
  return db
    .selectFrom('audit_events')
    .select(['created_at', 'actor_id', 'scope', 'action'])
    .where('owner_id', '=', ownerId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}
