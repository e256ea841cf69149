import type { KeyObject } from 'node:crypto';
import type { Config } from './config.js';
import type { DB, DialectName } from './db/database.js';
import type { RateLimiter } from './http/rate-limit.js';

/** What every feature needs from the running app; built once in app.ts. */
export interface AppContext {
  config: Config;
  db: DB;
  dialect: DialectName;
  /** SECRET_KEY as a key object, imported once: keys token and rate-limit hashes. */
  secret: KeyObject;
  limiter: RateLimiter;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}
