import type { FastifyReply, FastifyRequest } from 'fastify';
import { Unauthenticated } from '../../errors.js';
import { SESSION_COOKIE } from '../../http/session-cookie.js';
import { authenticate, type Authenticated, type NewSession } from './auth.service.js';

declare module 'fastify' {
  interface FastifyRequest {
    auth: Authenticated | null;
  }
}

/** preHandler for every route that needs a signed-in member. */
export async function requireAuth(request: FastifyRequest) {
  const token = request.cookies[SESSION_COOKIE];
  const auth = token ? await authenticate(request.server.ctx, token) : undefined;
  if (!auth) throw new Unauthenticated();
  request.auth = auth;
}

/** The signed-in member of a route guarded by requireAuth. */
export function authOf(request: FastifyRequest): Authenticated {
  if (!request.auth) throw new Unauthenticated();
  return request.auth;
}

export function setSessionCookie(reply: FastifyReply, session: NewSession) {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: reply.server.ctx.config.secureCookies,
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: reply.server.ctx.config.secureCookies,
  });
}
