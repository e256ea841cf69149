import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendError } from './error-handler.js';

/**
 * Serves the built web app and answers unknown routes. Hashed assets are cached for a
 * year; index.html is never cached, and every unknown non-API GET gets it so client-side
 * routes deep-link. Without a built web app (API tests) unknown routes are a JSON 404.
 */
export async function registerWeb(app: FastifyInstance, webRoot: string | undefined) {
  const hasWeb = webRoot !== undefined && existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    cacheControl: false,
    index: false,
    setHeaders(res, file) {
      const immutable = file.includes(`${path.sep}assets${path.sep}`);
      res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    const isApi = url.startsWith('/api/') || url === '/api';
    if (hasWeb && request.method === 'GET' && !isApi && !path.extname(url)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendError(reply, 404, 'not_found', `No route for ${request.method} ${url}.`);
  });
}
