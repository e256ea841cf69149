import { NotFound } from '../../errors.js';
import type { Executor } from '../../db/database.js';
import { activeScopes } from '../grants/grants.repository.js';
import type { Scope } from '../../../shared/sharing.js';
import { recordRead } from './audit.repository.js';

/** What a member can share with someone else: defined once in shared/sharing.ts, which the web reads too. */
export { SCOPES, type Scope } from '../../../shared/sharing.js';

/**
 * The one read policy for personal records:
 *   canRead(viewer, owner, scope) = viewer is owner
 *                                   or an active, unexpired grant from owner covers (viewer, scope)
 * Group roles and instance roles give no access; only the owner's grants do.
 */
export async function canRead(db: Executor, viewerId: string, ownerId: string, scope: Scope): Promise<boolean> {
  if (viewerId === ownerId) return true;
  return (await activeScopes(db, ownerId, viewerId)).has(scope);
}

/**
 * Every route for personal records calls this before reading. Someone without access gets
 * the same 404 as for a record that does not exist, so existence is never revealed; a read
 * by anyone but the owner is written to the owner's access log.
 */
export async function requireRead(db: Executor, viewerId: string, ownerId: string, scope: Scope, action = 'read'): Promise<void> {
  if (!(await canRead(db, viewerId, ownerId, scope))) throw new NotFound();
  if (viewerId !== ownerId) await recordRead(db, { ownerId, actorId: viewerId, scope, action });
}
