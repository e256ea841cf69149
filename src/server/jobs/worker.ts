// The durable job queue's runner. Hand-written on purpose: Kindred runs on SQLite and on
// PostgreSQL with one query code path (Kysely), and the well-kept queue libraries —
// pg-boss, graphile-worker — are PostgreSQL-only. What a queue needs here is small: a jobs
// table, an atomic claim with a lease, retries with back-off, and a poll loop that new
// jobs can wake. At-least-once: a job whose process died mid-run is claimed again after
// its lease, so handlers are idempotent (e-mails carry a stable Message-ID).
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { DB, DialectName, Executor, JobTable } from '../db/database.js';

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
  /** How long a claimed job stays locked; a crashed process's jobs are picked up after it. A handler must finish well within it. */
  leaseMs?: number;
  /** Jobs in hand at once, at most. */
  concurrency?: number;
  onError?: (err: unknown, job: JobContext) => void;
}

type Job = Selectable<JobTable>;

/**
 * Runs due jobs from the jobs table. Each claim is one UPDATE … WHERE id IN (due jobs)
 * RETURNING: atomic on SQLite (a write statement holds the write lock from its start), and
 * on PostgreSQL the due rows are selected FOR UPDATE SKIP LOCKED, so workers in several
 * processes never claim the same job while its lease holds.
 */
export class Worker {
  readonly id = randomUUID();
  private readonly handlers = new Map<string, JobHandler>();
  /** Runs in progress, from the loop or drain(); stop() waits for them. Never rejects. */
  private readonly inHand = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private looping: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly concurrency: number;

  constructor(
    private readonly db: DB,
    private readonly dialect: DialectName,
    private readonly options: WorkerOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.concurrency = options.concurrency ?? 20;
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
    if (this.looping) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.looping = this.loop();
  }

  /** Stops polling and waits for the jobs in hand to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.looping;
    await Promise.all(this.inHand);
  }

  /** Runs every due job until none is left (tests and scripts). Returns how many this call started. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const started = await this.pump(() => true);
      total += started;
      // What is still running may queue more (or fail and retry): look again once it is done.
      if (this.inHand.size > 0) await Promise.all(this.inHand);
      // Done only when a look found nothing to start: a job that finished while the last
      // claim was on its way back (on PostgreSQL's pool) may have queued more after it looked.
      else if (started === 0) return total;
    }
  }

  private async loop(): Promise<void> {
    try {
      do {
        this.again = false;
        await this.pump(() => !this.stopped);
      } while (this.again && !this.stopped);
    } catch (err) {
      this.options.onError?.(err, { id: '', kind: 'claim', attempt: 0 });
    } finally {
      this.looping = null;
      if (!this.stopped) {
        this.timer = setTimeout(() => this.wake(), this.pollMs);
        this.timer.unref();
      }
    }
  }

  /**
   * Claims due jobs and starts them, keeping up to `concurrency` in hand: a slow job (an SMTP
   * server taking its time) holds one slot, not a whole batch. Claims again once half the
   * slots are free, so each claim is worth its round trip. Returns, with jobs perhaps still
   * running, when no job is due; the count is of the jobs it started.
   */
  private async pump(goOn: () => boolean): Promise<number> {
    let started = 0;
    while (goOn()) {
      if (this.inHand.size > this.concurrency / 2) {
        await Promise.race(this.inHand);
        continue;
      }
      const jobs = await this.claim(this.concurrency - this.inHand.size);
      if (jobs.length === 0) return started;
      started += jobs.length;
      for (const job of jobs) {
        const run = this.run(job).finally(() => this.inHand.delete(run));
        this.inHand.add(run);
      }
    }
    return started;
  }

  private claim(limit: number): Promise<Job[]> {
    const now = new Date();
    const nowIso = now.toISOString();
    return this.db
      // A CTE, not a plain subquery: PostgreSQL evaluates a locking CTE once, so the claim's
      // limit holds even when a row's lock is re-checked.
      .with('due', (db) => {
        const due = db
          .selectFrom('jobs')
          .select('id')
          .where('status', '=', 'queued')
          .where('run_at', '<=', nowIso)
          .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
          .orderBy('run_at')
          .limit(limit);
        return this.dialect === 'postgres' ? due.forUpdate().skipLocked() : due;
      })
      .updateTable('jobs')
      .set((eb) => ({
        locked_by: this.id,
        locked_until: new Date(now.getTime() + this.leaseMs).toISOString(),
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', 'in', (eb) => eb.selectFrom('due').select('due.id'))
      .returningAll()
      .execute();
  }

  /** Never throws: the outcome is written to the job, or (if the database is away) the lease runs out and it runs again. */
  private async run(job: Job): Promise<void> {
    const context: JobContext = { id: job.id, kind: job.kind, attempt: job.attempts };
    let error: unknown = null;
    try {
      // A process died holding the last attempt: claimed again only to be closed.
      if (job.attempts > job.max_attempts) throw new Error('the lease ran out on the last attempt');
      const handler = this.handlers.get(job.kind);
      if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
      await handler(JSON.parse(job.payload), context);
    } catch (err) {
      error = err;
      this.options.onError?.(err, context);
    }
    try {
      await finish(this.db, job, this.id, error === null ? succeeded() : failedAttempt(job, error));
    } catch (err) {
      this.options.onError?.(err, context);
    }
  }
}

/** 2 s, 4 s, 8 s … capped at 10 minutes. */
export function backoffMs(attempt: number): number {
  return Math.min(2 ** attempt * 1000, 10 * 60_000);
}

function succeeded(): Partial<Job> {
  return { status: 'done', finished_at: new Date().toISOString(), locked_until: null };
}

function failedAttempt(job: Job, error: unknown): Partial<Job> {
  const last = job.attempts >= job.max_attempts;
  return {
    status: last ? 'failed' : 'queued',
    finished_at: last ? new Date().toISOString() : null,
    run_at: last ? job.run_at : new Date(Date.now() + backoffMs(job.attempts)).toISOString(),
    locked_by: null,
    locked_until: null,
    last_error: error instanceof Error ? error.message.slice(0, 500) : 'failed',
  };
}

function finish(db: Executor, job: Job, workerId: string, values: Partial<Job>) {
  // Only the holder of this claim records the outcome: a job whose lease ran out and was
  // claimed again (by this or another worker) belongs to that newer claim now.
  return db
    .updateTable('jobs')
    .set(values)
    .where('id', '=', job.id)
    .where('locked_by', '=', workerId)
    .where('attempts', '=', job.attempts)
    .execute();
}
