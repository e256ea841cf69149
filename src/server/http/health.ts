import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { sendError } from './error-handler.js';

export function registerHealth(app: FastifyInstance) {
  app.get('/healthz', { schema: { tags: ['ops'], summary: 'The process is running', security: [] } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { tags: ['ops'], summary: 'The database answers', security: [] } }, async (request, reply) => {
    try {
      await sql`select 1`.execute(app.ctx.db);
      return { status: 'ready' };
    } catch {
      return sendError(reply, 503, 'not_ready', 'The database is not answering.');
    }
  });
}
