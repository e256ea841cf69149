import type { Generated, Insertable, Kysely, Selectable, Transaction } from 'kysely';

/**
 * The database schema as Kysely sees it. Dialect-neutral types only: ids are text UUIDs,
 * timestamps are ISO-8601 UTC text (they sort and compare as text), flags are integers.
 */
export interface Database {
  accounts: AccountTable;
  sessions: SessionTable;
  rate_limits: RateLimitTable;
}

export interface AccountTable {
  id: string;
  username: string;
  /** Lower-cased username: the unique key, so "Sam" and "sam" are one account. */
  username_key: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  locale: string;
  time_zone: string;
  country: string | null;
  role: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  /** Public id, shown in the sessions list; the cookie token is only stored hashed. */
  id: string;
  token_hash: string;
  account_id: string;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface RateLimitTable {
  key: string;
  count: Generated<number>;
  expires_at: string;
}

export type AccountRow = Selectable<AccountTable>;
export type NewAccount = Insertable<AccountTable>;
export type SessionRow = Selectable<SessionTable>;
/**
 * What a signed-in request knows about its member: the account without its password hash
 * and internal keys, so those are neither read nor carried on every request.
 */
export type MemberRow = Omit<AccountRow, 'password_hash' | 'username_key' | 'updated_at'>;

export type DB = Kysely<Database>;
/** A repository takes either the database or a transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;
export type DialectName = 'sqlite' | 'postgres';
