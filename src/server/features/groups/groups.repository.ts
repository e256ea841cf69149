import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor, GroupAgreementTable, GroupTable } from '../../db/database.js';
import { isUuid } from './slug.js';

export type GroupRow = Selectable<GroupTable>;
export type AgreementRow = Selectable<GroupAgreementTable>;

/** A group by id, or by slug when the key is not a UUID. */
export function findGroup(db: Executor, idOrSlug: string): Promise<GroupRow | undefined> {
  const column = isUuid(idOrSlug) ? 'id' : 'slug';
  return db
    .selectFrom('groups')
    .selectAll()
    .where(column, '=', column === 'id' ? idOrSlug.toLowerCase() : idOrSlug)
    .executeTakeFirst();
}

/** Slugs equal to `base` or `base-…`, to pick the next free one. */
export async function slugsLike(db: Executor, base: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('groups')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  return new Set(rows.map((r) => r.slug));
}

export async function insertGroup(db: Executor, group: Insertable<GroupTable>): Promise<GroupRow> {
  return db.insertInto('groups').values(group).returningAll().executeTakeFirstOrThrow();
}

export async function updateGroup(db: Executor, id: string, changes: Updateable<GroupTable>): Promise<GroupRow> {
  return db.updateTable('groups').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/**
 * Writes the group row so that, in PostgreSQL, concurrent transactions changing who leads
 * the group queue behind each other (SQLite runs one transaction at a time anyway).
 */
export async function lockGroup(db: Executor, id: string): Promise<void> {
  await db.updateTable('groups').set((eb) => ({ updated_at: eb.ref('updated_at') })).where('id', '=', id).execute();
}

export async function insertAgreement(db: Executor, agreement: Insertable<GroupAgreementTable>): Promise<AgreementRow> {
  return db.insertInto('group_agreements').values(agreement).returningAll().executeTakeFirstOrThrow();
}

export function currentAgreement(db: Executor, groupId: string): Promise<AgreementRow | undefined> {
  return db
    .selectFrom('group_agreements')
    .selectAll()
    .where('group_id', '=', groupId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}
