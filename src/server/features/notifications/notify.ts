import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/database.js';
import { enqueue } from '../../jobs/queue.js';
import type { NotificationKind } from '../../../shared/notifications.js';

export interface NotifyInput {
  /** Who receives it. */
  accountId: string;
  kind: NotificationKind;
  /** Ids and short facts the text and link are built from (see shared/notifications.ts). */
  data?: Record<string, unknown>;
  /** Who caused it, when someone did. */
  actorId?: string | null;
}

/**
 * Stores a notification and queues its deliveries (live to open apps; e-mail by the
 * recipient's preferences and quiet hours) in the caller's transaction, so nothing is
 * announced that did not commit and nothing committed goes unannounced. After the commit
 * call ctx.worker.wake() so delivery starts at once.
 */
export async function notify(db: Executor, input: NotifyInput): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('notifications')
    .values({
      id,
      account_id: input.accountId,
      kind: input.kind,
      data: JSON.stringify(input.data ?? {}),
      actor_id: input.actorId ?? null,
      created_at: new Date().toISOString(),
      read_at: null,
    })
    .execute();
  await enqueue(db, { kind: 'notification.live', payload: { notificationId: id }, dedupeKey: `live:${id}`, maxAttempts: 3 });
  await enqueue(db, { kind: 'notification.email', payload: { notificationId: id }, dedupeKey: `email:${id}` });
  return id;
}
