import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor, PartnerMessageTable, PartnershipTable } from '../../db/database.js';

export type PartnershipRow = Selectable<PartnershipTable>;
export type PartnerMessageRow = Selectable<PartnerMessageTable>;

/** A request still waiting or a partnership running: what a second request would duplicate. */
export const OPEN_STATUSES = ['pending', 'active'] as const;

export async function insertPartnership(db: Executor, row: Insertable<PartnershipTable>): Promise<PartnershipRow> {
  return db.insertInto('partnerships').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findPartnership(db: Executor, id: string): Promise<PartnershipRow | undefined> {
  return db.selectFrom('partnerships').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Changes a partnership only while it is in one of `from` (so two racing answers cannot both win). */
export function updatePartnership(db: Executor, id: string, from: readonly string[], changes: Updateable<PartnershipTable>) {
  return db.updateTable('partnerships').set(changes).where('id', '=', id).where('status', 'in', from).returningAll().executeTakeFirst();
}

/** An open (pending or active) partnership of the kind between two people, either way round. */
export function findOpenBetween(db: Executor, kind: string, a: string, b: string) {
  return db
    .selectFrom('partnerships')
    .select('id')
    .where('kind', '=', kind)
    .where('status', 'in', OPEN_STATUSES)
    .where((eb) =>
      eb.or([
        eb.and([eb('requester_id', '=', a), eb('addressee_id', '=', b)]),
        eb.and([eb('requester_id', '=', b), eb('addressee_id', '=', a)]),
      ]),
    )
    .executeTakeFirst();
}

/** Every partnership I take part in, open ones and those closed since `closedSince`. */
export function partnershipsOf(db: Executor, accountId: string, closedSince: string) {
  return db
    .selectFrom('partnerships')
    .selectAll()
    .where((eb) => eb.or([eb('requester_id', '=', accountId), eb('addressee_id', '=', accountId)]))
    .where((eb) =>
      eb.or([
        eb('status', 'in', OPEN_STATUSES),
        eb('ended_at', '>=', closedSince),
        eb('responded_at', '>=', closedSince),
      ]),
    )
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
}

/** How many active mentees each mentor has. */
export async function menteeCounts(db: Executor, mentorIds: readonly string[]): Promise<Map<string, number>> {
  if (mentorIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('partnerships')
    .select((eb) => ['addressee_id', eb.fn.countAll<string | number>().as('n')])
    .where('kind', '=', 'mentor')
    .where('status', '=', 'active')
    .where('addressee_id', 'in', mentorIds)
    .groupBy('addressee_id')
    .execute();
  return new Map(rows.map((r) => [r.addressee_id, Number(r.n)]));
}

/** The mentors I have or asked for (active or pending). */
export async function myMentorIds(db: Executor, menteeId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('partnerships')
    .select('addressee_id')
    .where('kind', '=', 'mentor')
    .where('requester_id', '=', menteeId)
    .where('status', 'in', OPEN_STATUSES)
    .execute();
  return new Set(rows.map((r) => r.addressee_id));
}

export async function insertMessage(db: Executor, row: Insertable<PartnerMessageTable>): Promise<PartnerMessageRow> {
  return db.insertInto('partner_messages').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The newest `limit` messages before an instant, returned oldest first. */
export async function messagesBefore(db: Executor, partnershipId: string, before: string, limit: number) {
  const rows = await db
    .selectFrom('partner_messages')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .where('created_at', '<', before)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.reverse();
}
