import type { Kysely } from 'kysely';

/**
 * Live sessions: the running state of one occurrence (server-authoritative, stored as a
 * snapshot plus numbered events so clients resume after a reconnect and the session
 * survives a restart), members' commitments and in-meeting check-ins (theirs alone), and
 * anonymous feedback. Events hold what was said in the room: they are deleted when the
 * session ends, and the snapshot is scrubbed to timings and counts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('live_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('series_id', 'text', (c) => c.notNull().references('meeting_series.id').onDelete('cascade'))
    .addColumn('occurrence_date', 'text', (c) => c.notNull())
    // 'running' | 'ended'
    .addColumn('status', 'text', (c) => c.notNull())
    // The number of the last event; the snapshot in `state` is the state after it.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    // After the end: attendance, phase timings and counts only (JSON), for the core team.
    .addColumn('summary', 'text')
    .addColumn('started_by', 'text', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addUniqueConstraint('live_sessions_occurrence_uq', ['series_id', 'occurrence_date'])
    .execute();
  await db.schema.createIndex('live_sessions_group_idx').on('live_sessions').columns(['group_id', 'status']).execute();

  await db.schema
    .createTable('live_session_events')
    .addColumn('session_id', 'text', (c) => c.notNull().references('live_sessions.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    // The whole numbered event as JSON (shared/live-session/events.ts).
    .addColumn('event', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('live_session_events_pk', ['session_id', 'seq'])
    .execute();

  await db.schema
    .createTable('commitments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (c) => c.references('live_sessions.id').onDelete('set null'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // The follow-up at the next opening round: 'done' | 'partly' | 'not_yet' | 'learned'
    .addColumn('outcome', 'text')
    .addColumn('tried', 'text')
    .addColumn('reported_at', 'text')
    .addColumn('reported_session_id', 'text', (c) => c.references('live_sessions.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('commitments_account_idx').on('commitments').columns(['account_id', 'group_id', 'created_at']).execute();

  await db.schema
    .createTable('session_checkins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (c) => c.notNull().references('live_sessions.id').onDelete('cascade'))
    .addColumn('mood', 'integer', (c) => c.notNull())
    .addColumn('energy', 'integer', (c) => c.notNull())
    .addColumn('craving', 'integer', (c) => c.notNull())
    // The member's one line, only when they chose to keep it for themself.
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('session_checkins_uq', ['session_id', 'account_id'])
    .execute();
  await db.schema.createIndex('session_checkins_account_idx').on('session_checkins').columns(['account_id', 'created_at']).execute();

  // Anonymous: the answers carry no account and no time; who answered is a separate row.
  await db.schema
    .createTable('session_feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('live_sessions.id').onDelete('cascade'))
    .addColumn('safe', 'integer', (c) => c.notNull())
    .addColumn('helpful', 'integer', (c) => c.notNull())
    .addColumn('pacing', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .execute();
  await db.schema.createIndex('session_feedback_session_idx').on('session_feedback').column('session_id').execute();
  await db.schema
    .createTable('session_feedback_given')
    .addColumn('session_id', 'text', (c) => c.notNull().references('live_sessions.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('session_feedback_given_pk', ['session_id', 'account_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['session_feedback_given', 'session_feedback', 'session_checkins', 'commitments', 'live_session_events', 'live_sessions']) {
    await db.schema.dropTable(table).execute();
  }
}
