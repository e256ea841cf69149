import type { FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../../http/session-cookie.js';
import { authenticate } from '../auth/auth.service.js';

/**
 * preHandler for routes that newcomers may read signed out (a listed group's public view):
 * sets request.auth when the session is live, and lets the request through either way.
 */
export async function optionalAuth(request: FastifyRequest) {
  const token = request.cookies[SESSION_COOKIE];
  request.auth = (token && (await authenticate(request.server.ctx, token))) || null;
}

/** Signed-in or signed-out readers of a public view. */
export const OPTIONAL_SESSION: Array<Record<string, string[]>> = [{ session: [] }, {}];
