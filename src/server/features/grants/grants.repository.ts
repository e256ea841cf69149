import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/database.js';
import type { Scope } from '../privacy/privacy.policy.js';

export interface NewGrant {
  ownerId: string;
  granteeId: string;
  scopes: readonly Scope[];
  purpose?: string | null;
  /** UTC ISO instant; null or omitted for no expiry. */
  expiresAt?: string | null;
  /** The partnership or mentorship the grant was made within. */
  partnershipId?: string | null;
}

export async function insertGrant(db: Executor, grant: NewGrant): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('share_grants')
    .values({
      id,
      owner_id: grant.ownerId,
      grantee_id: grant.granteeId,
      scopes: JSON.stringify([...new Set(grant.scopes)]),
      purpose: grant.purpose ?? null,
      partnership_id: grant.partnershipId ?? null,
      expires_at: grant.expiresAt ?? null,
      revoked_at: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

/** Grants from owner to grantee that are neither revoked nor expired at `now`. */
export function activeGrantsBetween(db: Executor, ownerId: string, granteeId: string, now = new Date().toISOString()) {
  return db
    .selectFrom('share_grants')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('grantee_id', '=', granteeId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .execute();
}

/** The scopes owner currently grants grantee (union of their active grants). */
export async function activeScopes(db: Executor, ownerId: string, granteeId: string, now?: string): Promise<Set<Scope>> {
  const grants = await activeGrantsBetween(db, ownerId, granteeId, now);
  return new Set(grants.flatMap((g) => JSON.parse(g.scopes) as Scope[]));
}

/** Everyone owner currently grants `scope` (e.g. the recipients of an SOS). */
export async function holdersOf(db: Executor, ownerId: string, scope: Scope, now = new Date().toISOString()): Promise<string[]> {
  const rows = await db
    .selectFrom('share_grants')
    .select(['grantee_id', 'scopes'])
    .where('owner_id', '=', ownerId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .execute();
  return [...new Set(rows.filter((r) => (JSON.parse(r.scopes) as Scope[]).includes(scope)).map((r) => r.grantee_id))];
}

/** Revokes at once; returns the grantees affected (to tell their open connections). */
export async function revokeGrant(db: Executor, ownerId: string, grantId: string): Promise<string | null> {
  const row = await db
    .updateTable('share_grants')
    .set({ revoked_at: new Date().toISOString() })
    .where('id', '=', grantId)
    .where('owner_id', '=', ownerId)
    .where('revoked_at', 'is', null)
    .returning('grantee_id')
    .executeTakeFirst();
  return row?.grantee_id ?? null;
}

/** Ending a partnership or mentorship ends every grant made within it, both ways. */
export async function revokePartnershipGrants(db: Executor, partnershipId: string): Promise<Array<{ ownerId: string; granteeId: string }>> {
  const rows = await db
    .updateTable('share_grants')
    .set({ revoked_at: new Date().toISOString() })
    .where('partnership_id', '=', partnershipId)
    .where('revoked_at', 'is', null)
    .returning(['owner_id', 'grantee_id'])
    .execute();
  return rows.map((r) => ({ ownerId: r.owner_id, granteeId: r.grantee_id }));
}

export type GrantRow = Awaited<ReturnType<typeof findGrant>> & object;

export function findGrant(db: Executor, id: string) {
  return db.selectFrom('share_grants').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every grant the member gave (active, expired and revoked), newest first. */
export function grantsGivenBy(db: Executor, ownerId: string, limit = 200) {
  return db.selectFrom('share_grants').selectAll().where('owner_id', '=', ownerId).orderBy('created_at', 'desc').limit(limit).execute();
}

/** Every grant the member received, newest first. */
export function grantsReceivedBy(db: Executor, granteeId: string, limit = 200) {
  return db.selectFrom('share_grants').selectAll().where('grantee_id', '=', granteeId).orderBy('created_at', 'desc').limit(limit).execute();
}
