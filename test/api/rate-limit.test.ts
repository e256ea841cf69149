import { createSecretKey } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter, type Limit } from '../../src/server/http/rate-limit.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../helpers/dialects.js';

const LIMIT: Limit = { bucket: 'test', max: 5, windowSeconds: 60 };
const MINUTE = 60_000;
/** The start of some window, so tests can stand just before or after its edge. */
const EDGE = 1_000_000 * MINUTE;

for (const dialect of DIALECTS) {
  describe(`rate limiter (${dialect})`, () => {
    let database: TestDatabase;
    let limiter: RateLimiter;
    let n = 0;
    const subject = () => `10.0.0.${(n += 1)}`;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      limiter = new RateLimiter(database.db, createSecretKey(Buffer.from('a-test-secret-of-thirty-two-chars!!')));
    });
    afterAll(() => database.destroy());

    it('refuses the attempt after the limit within one window', async () => {
      const who = subject();
      for (let i = 0; i < LIMIT.max; i += 1) await limiter.consume(LIMIT, who, EDGE + 1000 + i);
      await expect(limiter.consume(LIMIT, who, EDGE + 2000)).rejects.toMatchObject({ status: 429 });
    });

    it('counts attempts on both sides of a window edge together (no double burst)', async () => {
      const who = subject();
      for (let i = 0; i < LIMIT.max; i += 1) await limiter.consume(LIMIT, who, EDGE - 500 + i);
      // A fixed window would start again from zero here.
      await expect(limiter.consume(LIMIT, who, EDGE + 100)).rejects.toMatchObject({ status: 429 });
      await expect(limiter.check(LIMIT, who, EDGE + 200)).rejects.toMatchObject({ status: 429 });
    });

    it('lets attempts through again as the earlier window slides out', async () => {
      const who = subject();
      for (let i = 0; i < LIMIT.max; i += 1) await limiter.consume(LIMIT, who, EDGE - MINUTE + i);
      // Two windows on, nothing of the first one is left.
      await expect(limiter.consume(LIMIT, who, EDGE + MINUTE + 10)).resolves.toBeUndefined();
      // Most of the way through the next window, the earlier attempts weigh little.
      const other = subject();
      for (let i = 0; i < LIMIT.max; i += 1) await limiter.consume(LIMIT, other, EDGE - 1000 + i);
      await expect(limiter.consume(LIMIT, other, EDGE + 0.9 * MINUTE)).resolves.toBeUndefined();
    });

    it('keeps subjects apart', async () => {
      const a = subject();
      for (let i = 0; i < LIMIT.max; i += 1) await limiter.consume(LIMIT, a, EDGE + 5000);
      await expect(limiter.consume(LIMIT, subject(), EDGE + 5000)).resolves.toBeUndefined();
    });
  });
}
