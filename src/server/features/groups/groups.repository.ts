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

/** What other features need to place a group's meetings: name, slug and time zone. */
export type GroupBasics = Pick<GroupRow, 'id' | 'slug' | 'name' | 'time_zone'>;
/** What the public directory shows of a listed group. */
export type ListedGroupRow = Pick<GroupRow, 'id' | 'slug' | 'name' | 'description' | 'languages' | 'time_zone' | 'join_policy'>;

const BASIC_COLUMNS = ['id', 'slug', 'name', 'time_zone'] as const;
const LISTED_COLUMNS = ['id', 'slug', 'name', 'description', 'languages', 'time_zone', 'join_policy'] as const;

export function findGroupBasics(db: Executor, ids: readonly string[]): Promise<GroupBasics[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('groups').select(BASIC_COLUMNS).where('id', 'in', ids).execute();
}

/** Groups listed in the public directory, by name. */
export function listedGroups(db: Executor): Promise<ListedGroupRow[]> {
  return db.selectFrom('groups').select(LISTED_COLUMNS).where('listed', '=', 1).orderBy('name').orderBy('id').execute();
}

/** Count and latest update of all groups: changes whenever a group is added, changed or removed. */
export async function groupsStamp(db: Executor): Promise<string> {
  const row = await db
    .selectFrom('groups')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('updated_at').as('latest')])
    .executeTakeFirstOrThrow();
  return `${row.n}/${row.latest ?? ''}`;
}
