import type { Insertable, Selectable } from 'kysely';
import type { Executor, InvitationTable } from '../../db/database.js';

export type InvitationRow = Selectable<InvitationTable>;

export async function insertInvitation(db: Executor, invitation: Insertable<InvitationTable>): Promise<InvitationRow> {
  return db.insertInto('invitations').values(invitation).returningAll().executeTakeFirstOrThrow();
}

/** Invitations that still let someone in: not revoked, not expired, not used up. */
function usable(db: Executor, nowIso: string) {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .where((eb) => eb.or([eb('max_uses', 'is', null), eb('uses', '<', eb.ref('max_uses'))]));
}

export function listUsableInvitations(db: Executor, groupId: string, nowIso: string): Promise<InvitationRow[]> {
  return usable(db, nowIso).where('group_id', '=', groupId).orderBy('created_at', 'desc').orderBy('id').execute();
}

export function findUsableInvitation(db: Executor, tokenHash: string, nowIso: string): Promise<InvitationRow | undefined> {
  return usable(db, nowIso).where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Revokes one of the group's invitations; returns how many rows changed (0 when not the group's or already revoked). */
export async function revokeInvitation(db: Executor, groupId: string, id: string, nowIso: string): Promise<number> {
  const result = await db
    .updateTable('invitations')
    .set({ revoked_at: nowIso })
    .where('id', '=', id)
    .where('group_id', '=', groupId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Takes one use of an invitation if it is still usable. The check and the increment are one
 * UPDATE, so two people accepting the last use at once cannot both get it.
 */
export async function takeUse(db: Executor, id: string, nowIso: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set((eb) => ({ uses: eb('uses', '+', 1) }))
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .where((eb) => eb.or([eb('max_uses', 'is', null), eb('uses', '<', eb.ref('max_uses'))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
