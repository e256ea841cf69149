import { Forbidden } from '../../errors.js';

/** The outbox holds mail to every member: only the instance admin reads it. */
export function requireInstanceAdmin(account: { role: string | null }): void {
  if (account.role !== 'admin') throw new Forbidden('Only the instance admin can read the mail outbox.', 'admin_only');
}
