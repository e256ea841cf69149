import type { Selectable } from 'kysely';
import type { MailOutboxTable } from '../../db/database.js';

export function presentOutboxMail(row: Selectable<MailOutboxTable>) {
  return { id: row.id, to: row.to_address, subject: row.subject, text: row.text_body, createdAt: row.created_at };
}

/** The page cursor: opaque to the client, the last row's instant and id. */
export function encodeCursor(row: Selectable<MailOutboxTable>): string {
  return Buffer.from(JSON.stringify([row.created_at, row.id])).toString('base64url');
}
