import type { FastifyInstance } from 'fastify';
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
  app.addHook('onRequest', async (request) => {
    if (!UNSAFE.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin !== undefined) {
      if (origin !== publicOrigin) throw csrfError();
      return;
    }
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined) {
      if (site !== 'same-origin') throw csrfError();
      return;
    }
    if (request.headers.cookie?.includes(`${SESSION_COOKIE}=`)) throw csrfError();
  });
}

function csrfError() {
  return new Forbidden('This request did not come from Kindred itself, so it was refused.', 'csrf');
}

export const CSRF_DESCRIPTION =
  'CSRF protection: a cookie-authenticated POST, PUT, PATCH or DELETE is accepted only when ' +
  "its `Origin` header equals the app's own origin (PUBLIC_URL) or, where the browser sends no " +
  'Origin, when `Sec-Fetch-Site` is `same-origin`. Otherwise the answer is 403 with error code `csrf`.';
