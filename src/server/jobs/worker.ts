import { randomUUID } from 'node:crypto';
import type { DB, DialectName, Executor, JobTable } from '../db/database.js';
import type { Selectable } from 'kysely';

export interface JobContext {
  id: string;
  kind: string;
  /** 1 on the first run. */
  attempt: number;
}

/** Handlers must be idempotent: a job runs at least once, rarely twice (after a crash mid-run). */
export type JobHandler = (payload: any, job: JobContext) => Promise<void>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface WorkerOptions {
  pollMs?: number;
  /** How long a claimed job stays locked; a crashed process's jobs are picked up after it. */
  leaseMs?: number;
  batch?: number;
  onError?: (err: unknown, job: JobContext) => void;
}

/**
 * Runs due jobs from the jobs table. On PostgreSQL several processes share the table:
 * claims use FOR UPDATE SKIP LOCKED, so each job is claimed by one of them. On SQLite one
 * process runs, and its single connection serialises claims.
 */
export class Worker {
  readonly id = randomUUID();
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private again = false;
  private stopped = true;
  private idle: Promise<void> = Promise.resolve();
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly batch: number;

  constructor(
    private readonly db: DB,
    private readonly dialect: DialectName,
    private readonly options: WorkerOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.batch = options.batch ?? 20;
  }

  handle(kind: string, handler: JobHandler): void {
    if (this.handlers.has(kind)) throw new Error(`A handler for job kind ${kind} is already registered`);
    this.handlers.set(kind, handler);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.wake();
  }

  /** Runs due jobs now instead of at the next poll (call after committing new jobs). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.idle = this.loop();
  }

  /** Stops polling and waits for the jobs in hand to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.idle;
  }

  /** Runs every due job until none is left (tests and scripts). Returns how many ran. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const ran = await this.runBatch();
      if (ran === 0) return total;
      total += ran;
    }
  }

  private async loop(): Promise<void> {
    this.running = true;
    try {
      do {
        this.again = false;
        while (!this.stopped && (await this.runBatch()) > 0);
      } while (this.again && !this.stopped);
    } catch (err) {
      this.options.onError?.(err, { id: '', kind: 'claim', attempt: 0 });
    } finally {
      this.running = false;
      if (!this.stopped) {
        this.timer = setTimeout(() => this.wake(), this.pollMs);
        this.timer.unref();
      }
    }
  }

  private async runBatch(): Promise<number> {
    const jobs = await this.claim();
    await Promise.all(jobs.map((job) => this.run(job)));
    return jobs.length;
  }

  private async claim(): Promise<Array<Selectable<JobTable>>> {
    const now = new Date();
    const nowIso = now.toISOString();
    const until = new Date(now.getTime() + this.leaseMs).toISOString();
    return this.db.transaction().execute(async (trx) => {
      let due = trx
        .selectFrom('jobs')
        .select('id')
        .where('status', '=', 'queued')
        .where('run_at', '<=', nowIso)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
        .orderBy('run_at')
        .limit(this.batch);
      if (this.dialect === 'postgres') due = due.forUpdate().skipLocked();
      const ids = (await due.execute()).map((r) => r.id);
      if (ids.length === 0) return [];
      return trx
        .updateTable('jobs')
        .set((eb) => ({ locked_by: this.id, locked_until: until, attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', ids)
        .returningAll()
        .execute();
    });
  }

  private async run(job: Selectable<JobTable>): Promise<void> {
    const context: JobContext = { id: job.id, kind: job.kind, attempt: job.attempts };
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
      await handler(JSON.parse(job.payload), context);
      await finish(this.db, job.id, this.id, { status: 'done', finished_at: new Date().toISOString(), locked_until: null });
    } catch (err) {
      this.options.onError?.(err, context);
      const message = err instanceof Error ? err.message.slice(0, 500) : 'failed';
      const failed = job.attempts >= job.max_attempts;
      await finish(this.db, job.id, this.id, {
        status: failed ? 'failed' : 'queued',
        finished_at: failed ? new Date().toISOString() : null,
        run_at: new Date(Date.now() + backoffMs(job.attempts)).toISOString(),
        locked_by: null,
        locked_until: null,
        last_error: message,
      }).catch((e: unknown) => this.options.onError?.(e, context));
    }
  }
}

/** 2 s, 4 s, 8 s … capped at 10 minutes. */
export function backoffMs(attempt: number): number {
  return Math.min(2 ** attempt * 1000, 10 * 60_000);
}

function finish(db: Executor, id: string, workerId: string, values: Partial<Selectable<JobTable>>) {
  // Only the holder of the lock records the outcome: a job whose lease ran out and was
  // claimed again by another worker is that worker's now.
  return db.updateTable('jobs').set(values).where('id', '=', id).where('locked_by', '=', workerId).execute();
}
