import type { Executor } from '../../db/database.js';
import { Invalid } from '../../errors.js';
import { encodeCursor, presentOutboxMail } from './outbox.presenter.js';
import { outboxPage, type OutboxCursor } from './outbox.repository.js';

/** One page of the outbox, newest first, and the cursor of the next page (null on the last). */
export async function listOutbox(db: Executor, limit: number, before?: string) {
  // One row more than asked tells whether another page follows.
  const rows = await outboxPage(db, limit + 1, before === undefined ? undefined : decodeCursor(before));
  const page = rows.slice(0, limit);
  return { mails: page.map(presentOutboxMail), next: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null };
}

function decodeCursor(value: string): OutboxCursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id };
  } catch {
    // falls through to the error below
  }
  throw new Invalid('querystring.before is not a page cursor', [{ field: 'querystring.before', message: 'is not a page cursor' }]);
}
