import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { SignupInput } from '../../../shared/account.js';
import type { AppContext } from '../../context.js';
import type { MemberRow } from '../../db/database.js';
import { InvalidCredentials, NotFound } from '../../errors.js';
import { closeLiveConnections } from '../../realtime/live.js';
import type { Limit } from '../../http/rate-limit.js';
import * as accounts from '../accounts/accounts.service.js';
import { decoyHash, verifyPassword } from './password.js';
import * as sessions from './sessions.repository.js';

export const LIMITS = {
  loginPerIp: { bucket: 'login-ip', max: 30, windowSeconds: 15 * 60 },
  loginFailuresPerUsername: { bucket: 'login-user', max: 10, windowSeconds: 15 * 60 },
  signupPerIp: { bucket: 'signup-ip', max: 10, windowSeconds: 60 * 60 },
  signupPerUsername: { bucket: 'signup-user', max: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

/** Sliding expiry is written at most this often, so reads stay reads. */
const TOUCH_AFTER_MS = 10 * 60 * 1000;

export interface Client {
  ip: string;
  userAgent: string | undefined;
}

export interface NewSession {
  token: string;
  expiresAt: Date;
}

/** Session tokens are stored as keyed hashes: a copy of the database cannot log anyone in. */
export function hashToken(ctx: AppContext, token: string): string {
  return createHmac('sha256', ctx.secret).update(token).digest('base64url');
}

function expiry(ctx: AppContext, from: number) {
  return new Date(from + ctx.config.sessionTtlDays * 24 * 60 * 60 * 1000);
}

async function startSession(ctx: AppContext, accountId: string, client: Client): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  const expiresAt = expiry(ctx, now);
  await sessions.insertSession(ctx.db, {
    id: randomUUID(),
    token_hash: hashToken(ctx, token),
    account_id: accountId,
    user_agent: client.userAgent?.slice(0, 300) ?? null,
    created_at: new Date(now).toISOString(),
    last_seen_at: new Date(now).toISOString(),
    expires_at: expiresAt.toISOString(),
  });
  return { token, expiresAt };
}

export async function signup(ctx: AppContext, input: SignupInput, client: Client) {
  await ctx.limiter.consume(LIMITS.signupPerIp, client.ip);
  await ctx.limiter.consume(LIMITS.signupPerUsername, input.username);
  const account = await accounts.createAccount(ctx.db, input);
  return { account, session: await startSession(ctx, account.id, client) };
}

/**
 * Logs in. A wrong password and an unknown username answer the same way, after the same
 * amount of work, so the answer never tells whether a username exists.
 */
export async function login(ctx: AppContext, username: string, password: string, client: Client) {
  await ctx.limiter.consume(LIMITS.loginPerIp, client.ip);
  await ctx.limiter.check(LIMITS.loginFailuresPerUsername, username);
  const account = await accounts.findByUsername(ctx.db, username);
  const ok = await verifyPassword(password, account?.password_hash ?? (await decoyHash()));
  if (!account || !ok) {
    await ctx.limiter.hit(LIMITS.loginFailuresPerUsername, username);
    throw new InvalidCredentials();
  }
  return { account, session: await startSession(ctx, account.id, client) };
}

export interface Authenticated {
  account: MemberRow;
  sessionId: string;
}

/** Resolves a cookie token to its live session, extending it when it is in use. */
export async function authenticate(ctx: AppContext, token: string): Promise<Authenticated | undefined> {
  const now = Date.now();
  const row = await sessions.findLiveSession(ctx.db, hashToken(ctx, token), new Date(now).toISOString());
  if (!row) return undefined;
  const { session_id: sessionId, last_seen_at: lastSeenAt, ...account } = row;
  if (now - Date.parse(lastSeenAt) > TOUCH_AFTER_MS) {
    await sessions.touchSession(ctx.db, sessionId, new Date(now).toISOString(), expiry(ctx, now).toISOString());
  }
  return { account, sessionId };
}

export async function logout(ctx: AppContext, auth: Authenticated): Promise<void> {
  await sessions.deleteSession(ctx.db, auth.account.id, auth.sessionId);
  // Live sockets of the ended session stop at once, not at their next session check.
  await closeLiveConnections(ctx.hub, auth.account.id, auth.sessionId);
}

export function listSessions(ctx: AppContext, accountId: string) {
  return sessions.listSessions(ctx.db, accountId, new Date().toISOString());
}

export async function revokeSession(ctx: AppContext, accountId: string, sessionId: string): Promise<void> {
  const removed = await sessions.deleteSession(ctx.db, accountId, sessionId);
  if (removed === 0) throw new NotFound('That session does not exist or has already ended.');
  await closeLiveConnections(ctx.hub, accountId, sessionId);
}

/** Changing the password ends every other session: a stolen one stops working. */
export async function changePassword(ctx: AppContext, auth: Authenticated, current: string, next: string) {
  await accounts.changePassword(ctx.db, auth.account.id, current, next);
  const others = (await sessions.listSessions(ctx.db, auth.account.id, new Date().toISOString())).filter((s) => s.id !== auth.sessionId);
  await sessions.deleteOtherSessions(ctx.db, auth.account.id, auth.sessionId);
  for (const session of others) await closeLiveConnections(ctx.hub, auth.account.id, session.id);
}
