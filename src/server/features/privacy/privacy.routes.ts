import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { accessLogOf } from './access-log.service.js';
import { exportZip, personalRecords } from './export.service.js';

const accessEventSchema = z.object({ at: z.string(), actorName: z.string().nullable(), scope: z.string(), action: z.string() });

/** The member's view of their own privacy: who read their records, and all of it to take away. */
export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.db;
  const tags = ['privacy'];

  app.get('/api/me/access-log', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Every read of my personal records by someone else, newest first', response: { 200: z.object({ events: z.array(accessEventSchema) }), ...errorResponses } },
  }, async (request) => ({ events: await accessLogOf(db, authOf(request).account.id) }));

  app.get('/api/me/export.zip', {
    preHandler: requireAuth,
    schema: {
      tags,
      summary: 'Download all my personal records: kindred-export.json and one CSV per kind of record, zipped',
      response: { 200: z.string().describe('application/zip'), ...errorResponses },
    },
  }, async (request, reply) => {
    const zip = exportZip(await personalRecords(db, authOf(request).account));
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'application/zip')
      .header('content-disposition', `attachment; filename="kindred-export-${day}.zip"`)
      .header('cache-control', 'no-store')
      // A Buffer goes out as bytes, past the JSON serializer.
      .send(Buffer.from(zip) as unknown as string);
  });
};
