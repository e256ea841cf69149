import type { Account } from '../../../shared/account.js';
import type { Locale } from '../../../shared/locales.js';
import type { MemberRow } from '../../db/database.js';

/** The only place an account row becomes API JSON: no password hash, no internal keys. */
export function presentAccount(row: MemberRow): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    timeZone: row.time_zone,
    locale: row.locale as Locale,
    country: row.country,
    role: row.role === 'admin' || row.role === 'coordinator' ? row.role : null,
    createdAt: row.created_at,
  };
}
