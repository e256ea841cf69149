import type { KeyObject } from 'node:crypto';
import type { Config } from './config.js';
import type { DB, DialectName } from './db/database.js';
import type { RateLimiter } from './http/rate-limit.js';
import type { Worker } from './jobs/worker.js';
import type { Mailer } from './mail/mailer.js';
import type { Hub } from './realtime/hub.js';

/** What every feature needs from the running app; built once in app.ts. */
export interface AppContext {
  config: Config;
  db: DB;
  dialect: DialectName;
  /** SECRET_KEY as a key object, imported once: keys token and rate-limit hashes. */
  secret: KeyObject;
  limiter: RateLimiter;
  /** The durable job queue's runner; wake() it after committing jobs. */
  worker: Worker;
  /** Live events to connected apps (realtime/hub.ts). */
  hub: Hub;
  mailer: Mailer;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}
