import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cravingBody, cravingRangeQuery, cravingSchema } from '../../../shared/recovery/cravings.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { requireRead } from '../privacy/privacy.policy.js';
import * as cravings from './cravings.service.js';

/** The craving log: private to the member; reads pass the privacy policy. */
export const cravingRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.db;
  const tags = ['cravings'];
  const me = (request: Parameters<typeof authOf>[0]) => authOf(request).account;

  app.post('/api/cravings', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Log a craving: when, how strong, triggers, what I did, the outcome', body: cravingBody, response: { 201: cravingSchema, ...errorResponses } },
  }, async (request, reply) => {
    const account = me(request);
    return reply.code(201).send(await cravings.logCraving(db, account.id, account.time_zone, request.body));
  });

  app.get('/api/cravings', {
    preHandler: requireAuth,
    schema: { tags, summary: 'My craving log between two instants, newest first (at most 400 days)', querystring: cravingRangeQuery, response: { 200: z.array(cravingSchema), ...errorResponses } },
  }, async (request) => {
    const { id } = me(request);
    await requireRead(db, id, id, 'cravings');
    return cravings.cravingsBetween(db, id, request.query.from, request.query.to);
  });

  app.delete('/api/cravings/:id', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Delete an entry of my craving log', params: z.strictObject({ id: z.uuid('must be a craving id') }), response: { 204: noContent, ...errorResponses } },
  }, async (request, reply) => {
    await cravings.removeCraving(db, me(request).id, request.params.id);
    return reply.code(204).send(null);
  });
};
