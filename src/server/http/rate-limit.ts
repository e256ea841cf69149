import { createHmac, type KeyObject } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import { TooManyRequests } from '../errors.js';

export interface Limit {
  bucket: string;
  max: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters kept in the database, so every process of a deployment shares
 * them. Subjects (IP addresses, usernames) are stored only as keyed hashes.
 */
export class RateLimiter {
  constructor(
    private readonly db: Executor,
    private readonly secret: KeyObject,
  ) {}

  private key(limit: Limit, subject: string, now: number) {
    const window = Math.floor(now / (limit.windowSeconds * 1000));
    const digest = createHmac('sha256', this.secret).update(subject.toLowerCase()).digest('base64url').slice(0, 22);
    return `${limit.bucket}:${digest}:${window}`;
  }

  private retryAfter(limit: Limit, now: number) {
    const windowMs = limit.windowSeconds * 1000;
    return Math.max(1, Math.ceil((windowMs - (now % windowMs)) / 1000));
  }

  /** Throws 429 when the subject already used up the window. */
  async check(limit: Limit, subject: string, now = Date.now()): Promise<void> {
    const row = await this.db
      .selectFrom('rate_limits')
      .select('count')
      .where('key', '=', this.key(limit, subject, now))
      .executeTakeFirst();
    if (row && Number(row.count) >= limit.max) throw new TooManyRequests(this.retryAfter(limit, now));
  }

  /** Counts one attempt. */
  async hit(limit: Limit, subject: string, now = Date.now()): Promise<number> {
    const expiresAt = new Date(now + limit.windowSeconds * 1000).toISOString();
    const row = await this.db
      .insertInto('rate_limits')
      .values({ key: this.key(limit, subject, now), count: 1, expires_at: expiresAt })
      .onConflict((oc) => oc.column('key').doUpdateSet({ count: sql<number>`rate_limits.count + 1` }))
      .returning('count')
      .executeTakeFirstOrThrow();
    if (Math.random() < 0.02) await this.sweep(now);
    return Number(row.count);
  }

  /** Counts one attempt and throws 429 when it goes over the limit. */
  async consume(limit: Limit, subject: string, now = Date.now()): Promise<void> {
    const count = await this.hit(limit, subject, now);
    if (count > limit.max) throw new TooManyRequests(this.retryAfter(limit, now));
  }

  async sweep(now = Date.now()) {
    await this.db.deleteFrom('rate_limits').where('expires_at', '<', new Date(now).toISOString()).execute();
  }
}
