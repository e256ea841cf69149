import type { Kysely } from 'kysely';

/**
 * Support between meetings: the consent ledger (share grants), partnerships and
 * mentorships with their messages, mentor profiles and their approval per group, the
 * versioned safety plan, SOS alerts with their recipients, reminders, notifications with
 * per-kind preferences, the mail outbox (used when no SMTP server is configured) and the
 * durable job queue that delivers all of it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('share_grants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('grantee_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    // JSON array of scopes (privacy.policy.ts SCOPES).
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text')
    // The partnership or mentorship a grant was made within: ending it ends the grant.
    .addColumn('partnership_id', 'text')
    .addColumn('expires_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('share_grants_owner_idx').on('share_grants').columns(['owner_id', 'grantee_id']).execute();
  await db.schema.createIndex('share_grants_grantee_idx').on('share_grants').columns(['grantee_id', 'owner_id']).execute();

  await db.schema
    .createTable('partnerships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // 'partner' (mutual) | 'mentor' (requester is the mentee, addressee the mentor)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.references('groups.id').onDelete('set null'))
    .addColumn('requester_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('addressee_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    // 'pending' | 'active' | 'declined' | 'ended' | 'withdrawn'
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    // 'daily' | 'weekdays' | 'custom'; custom days as a JSON array of 'MO'..'SU'
    .addColumn('rhythm', 'text', (c) => c.notNull().defaultTo('daily'))
    .addColumn('rhythm_days', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('quiet_start', 'text')
    .addColumn('quiet_end', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('responded_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'text')
    .execute();
  await db.schema.createIndex('partnerships_requester_idx').on('partnerships').columns(['requester_id', 'status']).execute();
  await db.schema.createIndex('partnerships_addressee_idx').on('partnerships').columns(['addressee_id', 'status']).execute();

  await db.schema
    .createTable('partner_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('sender_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    // 'message' | 'nudge'
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('partner_messages_thread_idx').on('partner_messages').columns(['partnership_id', 'created_at']).execute();

  await db.schema
    .createTable('mentor_profiles')
    .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('focus', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('availability', 'text')
    .addColumn('about', 'text')
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // The core team of each group approves who mentors in it.
  await db.schema
    .createTable('mentor_approvals')
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    // 'pending' | 'approved' | 'declined'
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentor_approvals_pk', ['group_id', 'account_id'])
    .execute();

  // Every saved version is kept; the plan is the highest version.
  await db.schema
    .createTable('safety_plans')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    // JSON object of the seven sections (arrays).
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('safety_plans_pk', ['account_id', 'version'])
    .execute();

  await db.schema
    .createTable('sos_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('message', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    // Set when the next-day "How are you today?" was sent, so a retried job sends it once.
    .addColumn('followed_up_at', 'text')
    .execute();
  await db.schema.createIndex('sos_alerts_account_idx').on('sos_alerts').columns(['account_id', 'created_at']).execute();

  await db.schema
    .createTable('sos_recipients')
    .addColumn('sos_id', 'text', (c) => c.notNull().references('sos_alerts.id').onDelete('cascade'))
    .addColumn('recipient_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    // 'here' | 'calling'
    .addColumn('response', 'text')
    .addColumn('responded_at', 'text')
    .addPrimaryKeyConstraint('sos_recipients_pk', ['sos_id', 'recipient_id'])
    .execute();

  await db.schema
    .createTable('reminders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    // 'checkin' | 'high_risk'
    .addColumn('kind', 'text', (c) => c.notNull())
    // JSON array of 'MO'..'SU'
    .addColumn('days', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text')
    .addColumn('message', 'text')
    .addColumn('tell_partner', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('next_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reminders_account_idx').on('reminders').column('account_id').execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // JSON object: what the kind's text and link are built from.
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('actor_id', 'text', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_account_idx').on('notifications').columns(['account_id', 'created_at']).execute();

  await db.schema
    .createTable('notification_preferences')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('in_app', 'integer', (c) => c.notNull())
    .addColumn('email', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['account_id', 'kind'])
    .execute();

  await db.schema
    .createTable('quiet_hours')
    .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .execute();

  // Mail that would have gone out, when no SMTP_URL is configured; the admin reads it in the app.
  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    // Enqueuing the same key twice keeps one job (idempotent scheduling).
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    // 'queued' | 'done' | 'failed'
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['status', 'run_at']).execute();

  // From issue 4's note: celebrations are listed per member.
  await db.schema.createIndex('celebrations_account_idx').on('celebrations').column('account_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('celebrations_account_idx').execute();
  for (const table of [
    'jobs',
    'mail_outbox',
    'quiet_hours',
    'notification_preferences',
    'notifications',
    'reminders',
    'sos_recipients',
    'sos_alerts',
    'safety_plans',
    'mentor_approvals',
    'mentor_profiles',
    'partner_messages',
    'partnerships',
    'share_grants',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
