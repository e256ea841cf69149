import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Forbidden } from '../errors.js';
import { SESSION_COOKIE } from './session-cookie.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence by origin: a state-changing request is accepted only when the browser says
 * it comes from our own origin (Origin header, or Sec-Fetch-Site where Origin is absent).
 * A request with neither header and no session cookie is a non-browser client and has no
 * ambient authority to abuse, so it passes.
 */
export function registerCsrf(app: FastifyInstance, publicOrigin: string) {
  // A callback hook, not an async one: it runs on every request and needs no promise.
  app.addHook('onRequest', (request, _reply, done) => {
    done(isCrossSite(request.method, request.headers, publicOrigin) ? csrfError() : undefined);
  });
}

function isCrossSite(method: string, headers: FastifyRequest['headers'], publicOrigin: string): boolean {
  if (!UNSAFE.has(method)) return false;
  if (headers.origin !== undefined) return headers.origin !== publicOrigin;
  const site = headers['sec-fetch-site'];
  if (site !== undefined) return site !== 'same-origin';
  return headers.cookie?.includes(`${SESSION_COOKIE}=`) ?? false;
}

function csrfError() {
  return new Forbidden('This request did not come from Kindred itself, so it was refused.', 'csrf');
}

export const CSRF_DESCRIPTION =
  'CSRF protection: a cookie-authenticated POST, PUT, PATCH or DELETE is accepted only when ' +
  "its `Origin` header equals the app's own origin (PUBLIC_URL) or, where the browser sends no " +
  'Origin, when `Sec-Fetch-Site` is `same-origin`. Otherwise the answer is 403 with error code `csrf`.';
