import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { requireInstanceAdmin } from './outbox.policy.js';
import { listOutbox } from './outbox.service.js';

const outboxMail = z.object({ id: z.string(), to: z.string(), subject: z.string(), text: z.string(), createdAt: z.string() });

/** The admin's mail outbox: where mail is kept when no SMTP server is configured. */
export const outboxRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.db;

  app.get('/api/admin/outbox', {
    preHandler: requireAuth,
    schema: {
      tags: ['admin'],
      summary: 'Mail kept in the outbox (no SMTP_URL), newest first; instance admin only',
      querystring: z.strictObject({
        limit: z.coerce.number().int().min(1).max(100).default(25),
        before: z.string().max(200).optional().describe('the `next` cursor of the previous page'),
      }),
      response: { 200: z.object({ mails: z.array(outboxMail), next: z.string().nullable() }), ...errorResponses },
    },
  }, async (request) => {
    requireInstanceAdmin(authOf(request).account);
    return listOutbox(db, request.query.limit, request.query.before);
  });
};
