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
 * Counters kept in the database, so every process of a deployment shares them. Subjects (IP
 * addresses, usernames) are stored only as keyed hashes. A sliding-window estimate: the
 * current window's count plus the previous window's, weighted by how much of it is still
 * within one window of now — so attempts just before and just after a window's edge still
 * count together (a fixed window would let twice the limit through at its edge).
 */
export class RateLimiter {
  constructor(
    private readonly db: Executor,
    private readonly secret: KeyObject,
  ) {}

  private key(limit: Limit, subject: string, window: number) {
    const digest = createHmac('sha256', this.secret).update(subject.toLowerCase()).digest('base64url').slice(0, 22);
    return `${limit.bucket}:${digest}:${window}`;
  }

  private window(limit: Limit, now: number) {
    const windowMs = limit.windowSeconds * 1000;
    return { index: Math.floor(now / windowMs), elapsed: (now % windowMs) / windowMs, windowMs };
  }

  private retryAfter(limit: Limit, now: number) {
    const { windowMs } = this.window(limit, now);
    return Math.max(1, Math.ceil((windowMs - (now % windowMs)) / 1000));
  }

  private async count(limit: Limit, subject: string, window: number): Promise<number> {
    const row = await this.db.selectFrom('rate_limits').select('count').where('key', '=', this.key(limit, subject, window)).executeTakeFirst();
    return row ? Number(row.count) : 0;
  }

  /** Throws 429 when the subject already used up its allowance. */
  async check(limit: Limit, subject: string, now = Date.now()): Promise<void> {
    const { index, elapsed } = this.window(limit, now);
    const estimate = (await this.count(limit, subject, index)) + (await this.count(limit, subject, index - 1)) * (1 - elapsed);
    if (estimate >= limit.max) throw new TooManyRequests(this.retryAfter(limit, now));
  }

  /** Counts one attempt; returns the sliding-window estimate including it. */
  async hit(limit: Limit, subject: string, now = Date.now()): Promise<number> {
    const { index, elapsed, windowMs } = this.window(limit, now);
    // Kept through the next window too, where it is the "previous" count.
    const expiresAt = new Date((index + 2) * windowMs).toISOString();
    const row = await this.db
      .insertInto('rate_limits')
      .values({ key: this.key(limit, subject, index), count: 1, expires_at: expiresAt })
      .onConflict((oc) => oc.column('key').doUpdateSet({ count: sql<number>`rate_limits.count + 1` }))
      .returning('count')
      .executeTakeFirstOrThrow();
    if (Math.random() < 0.02) await this.sweep(now);
    return Number(row.count) + (await this.count(limit, subject, index - 1)) * (1 - elapsed);
  }

  /** Counts one attempt and throws 429 when it goes over the limit. */
  async consume(limit: Limit, subject: string, now = Date.now()): Promise<void> {
    const estimate = await this.hit(limit, subject, now);
    if (estimate > limit.max) throw new TooManyRequests(this.retryAfter(limit, now));
  }

  async sweep(now = Date.now()) {
    await this.db.deleteFrom('rate_limits').where('expires_at', '<', new Date(now).toISOString()).execute();
  }
}
