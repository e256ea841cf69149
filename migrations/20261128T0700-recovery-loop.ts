import type { Kysely } from 'kysely';

/**
 * A member's own recovery loop: daily check-ins, goals with their day records, steps and
 * lapse reflections, the craving log, celebrations a member chose to share in a group, and
 * the audit log of reads of personal records by someone other than their owner.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('checkins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('mood', 'integer', (c) => c.notNull())
    .addColumn('energy', 'integer', (c) => c.notNull())
    .addColumn('craving', 'integer', (c) => c.notNull())
    .addColumn('stress', 'integer', (c) => c.notNull())
    .addColumn('sleep_hours', 'real')
    .addColumn('sleep_quality', 'integer')
    .addColumn('meals', 'integer')
    .addColumn('note', 'text')
    .addColumn('strategies', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('checkins_account_date_uq', ['account_id', 'date'])
    .execute();

  await db.schema
    .createTable('goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('target_amount', 'real')
    .addColumn('target_per', 'text')
    .addColumn('unit', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('achieved_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('goals_account_idx').on('goals').column('account_id').execute();

  await db.schema
    .createTable('goal_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('goal_id', 'text', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('goal_steps_goal_idx').on('goal_steps').column('goal_id').execute();

  // The ledger streaks are derived from; one row per goal and local date.
  await db.schema
    .createTable('goal_days')
    .addColumn('goal_id', 'text', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('met', 'integer', (c) => c.notNull())
    .addColumn('amount', 'real')
    .addColumn('time', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('goal_days_pk', ['goal_id', 'date'])
    .execute();

  // Kept apart from the day record so undoing a record never loses what the member wrote.
  await db.schema
    .createTable('lapse_reflections')
    .addColumn('goal_id', 'text', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('what_happened', 'text')
    .addColumn('trigger', 'text')
    .addColumn('what_helped', 'text')
    .addColumn('next_time', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('lapse_reflections_pk', ['goal_id', 'date'])
    .execute();

  await db.schema
    .createTable('cravings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('local_time', 'text', (c) => c.notNull())
    .addColumn('intensity', 'integer', (c) => c.notNull())
    .addColumn('triggers', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('situation', 'text')
    .addColumn('duration_minutes', 'integer')
    .addColumn('action', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cravings_account_at_idx').on('cravings').columns(['account_id', 'at']).execute();

  await db.schema
    .createTable('celebrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('goal_id', 'text', (c) => c.references('goals.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo('day'))
    .addColumn('message', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('celebrations_group_idx').on('celebrations').columns(['group_id', 'created_at']).execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('actor_id', 'text', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_events_owner_idx').on('audit_events').columns(['owner_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_events', 'celebrations', 'cravings', 'lapse_reflections', 'goal_days', 'goal_steps', 'goals', 'checkins']) {
    await db.schema.dropTable(table).execute();
  }
}
