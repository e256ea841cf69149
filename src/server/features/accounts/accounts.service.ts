import { randomUUID } from 'node:crypto';
import type { ProfilePatch, SignupInput } from '../../../shared/account.js';
import { DEFAULT_LOCALE } from '../../../shared/locales.js';
import { DEFAULT_TIME_ZONE } from '../../../shared/time-zone.js';
import type { AccountRow, DB, Executor } from '../../db/database.js';
import { Conflict, Invalid, NotFound } from '../../errors.js';
import { hashPassword, isCommonPassword, verifyPassword } from '../auth/password.js';
import * as repo from './accounts.repository.js';

function assertPasswordAllowed(password: string, username: string, field: string) {
  if (isCommonPassword(password) || password.toLowerCase().includes(username.toLowerCase())) {
    throw new Invalid(
      `${field} is too easy to guess. Try a longer phrase of a few unrelated words.`,
      [{ field, message: 'is too common or contains the username' }],
      'weak_password',
    );
  }
}

/** Creates an account. The first account of an empty deployment becomes its admin. */
export async function createAccount(db: DB, input: SignupInput): Promise<AccountRow> {
  assertPasswordAllowed(input.password, input.username, 'body.password');
  const passwordHash = await hashPassword(input.password);
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    if (await repo.findAccountByUsername(trx, input.username)) {
      throw new Conflict('That username is taken. Try another one.', 'username_taken', [
        { field: 'body.username', message: 'is taken' },
      ]);
    }
    const isFirst = (await repo.countAccounts(trx)) === 0;
    return repo.insertAccount(trx, {
      id: randomUUID(),
      username: input.username,
      username_key: input.username.toLowerCase(),
      display_name: input.displayName ?? input.username,
      email: input.email ?? null,
      password_hash: passwordHash,
      locale: input.locale ?? DEFAULT_LOCALE,
      time_zone: input.timeZone ?? DEFAULT_TIME_ZONE,
      country: input.country ?? null,
      role: isFirst ? 'admin' : null,
      created_at: now,
      updated_at: now,
    });
  });
}

export async function getAccount(db: DB, id: string): Promise<AccountRow> {
  const row = await repo.findAccountById(db, id);
  if (!row) throw new NotFound('That account no longer exists.');
  return row;
}

export function findByUsername(db: DB, username: string) {
  return repo.findAccountByUsername(db, username);
}

export async function updateProfile(db: DB, id: string, patch: ProfilePatch): Promise<AccountRow> {
  return repo.updateAccount(db, id, {
    ...(patch.displayName !== undefined && { display_name: patch.displayName }),
    ...(patch.email !== undefined && { email: patch.email }),
    ...(patch.timeZone !== undefined && { time_zone: patch.timeZone }),
    ...(patch.locale !== undefined && { locale: patch.locale }),
    ...(patch.country !== undefined && { country: patch.country }),
    updated_at: new Date().toISOString(),
  });
}

/** Confirms the member's current password; a wrong one is a 400 on that field, not a log-out. */
export async function confirmPassword(db: DB, id: string, password: string, field: string): Promise<AccountRow> {
  const row = await getAccount(db, id);
  if (!(await verifyPassword(password, row.password_hash))) {
    throw new Invalid(`${field} is not your current password.`, [{ field, message: 'is not your current password' }], 'wrong_password');
  }
  return row;
}

export async function changePassword(db: DB, id: string, current: string, next: string): Promise<void> {
  const row = await confirmPassword(db, id, current, 'body.currentPassword');
  assertPasswordAllowed(next, row.username, 'body.newPassword');
  await repo.updateAccount(db, id, { password_hash: await hashPassword(next), updated_at: new Date().toISOString() });
}

/** Deletes the account; foreign keys cascade to everything the account owns. */
export async function deleteAccount(db: DB, id: string, password: string): Promise<void> {
  await confirmPassword(db, id, password, 'body.password');
  await repo.deleteAccount(db, id);
}

/** For other features: the display names of the given accounts (deleted ones are left out). */
export async function displayNamesOf(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  return new Map((await repo.displayNames(db, [...new Set(ids)])).map((a) => [a.id, a.display_name]));
}
