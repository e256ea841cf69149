import type { Executor } from '../../db/database.js';

export interface OutboxCursor {
  createdAt: string;
  id: string;
}

/** Mails kept in the outbox, newest first; `before` continues after the last row of the previous page. */
export function outboxPage(db: Executor, limit: number, before?: OutboxCursor) {
  let query = db.selectFrom('mail_outbox').selectAll();
  if (before) {
    query = query.where((eb) =>
      eb.or([eb('created_at', '<', before.createdAt), eb.and([eb('created_at', '=', before.createdAt), eb('id', '<', before.id)])]),
    );
  }
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}
