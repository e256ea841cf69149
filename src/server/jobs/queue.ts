import { randomUUID } from 'node:crypto';
import type { Executor } from '../db/database.js';

export interface NewJob {
  kind: string;
  payload: unknown;
  /** When it may run; now when omitted. */
  runAt?: Date;
  /** A second enqueue with the same key is ignored, so scheduling is idempotent. */
  dedupeKey?: string;
  maxAttempts?: number;
}

/**
 * Adds a job. Pass the caller's transaction so the job exists exactly when the change
 * that caused it does (an SOS and its deliveries commit together). Wake the worker after
 * the commit (`ctx.worker.wake()`) for the job to start at once instead of at the next poll.
 */
export async function enqueue(db: Executor, job: NewJob): Promise<void> {
  const now = new Date();
  await db
    .insertInto('jobs')
    .values({
      id: randomUUID(),
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? null),
      dedupe_key: job.dedupeKey ?? null,
      run_at: (job.runAt ?? now).toISOString(),
      max_attempts: job.maxAttempts ?? 8,
      locked_by: null,
      locked_until: null,
      last_error: null,
      status: 'queued',
      created_at: now.toISOString(),
      finished_at: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

/**
 * Deletes jobs that finished (done or failed) before `before`, with their dedupe keys: the
 * keys name a one-off thing or an instant (`email:<notification>`, `reminder:<id>:<at>`), so
 * nothing enqueues them again that long after. Called by the hourly sweep (main.ts).
 */
export async function deleteFinishedJobs(db: Executor, before: Date): Promise<number> {
  const cutoff = before.toISOString();
  const result = await db
    .deleteFrom('jobs')
    .where('status', 'in', ['done', 'failed'])
    // A job runs after its run_at: this bound lets the (status, run_at) index find them.
    .where('run_at', '<', cutoff)
    .where('finished_at', '<', cutoff)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
