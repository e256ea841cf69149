import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { activeSosSchema, sosAlertSchema, sosBody, sosCreatedSchema, sosIdParams, sosPersonSchema, sosResponseBody } from '../../../shared/sos.js';
import { errorResponses } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import * as sos from './sos.service.js';

/** I need support now: a member alerts the people they chose ('sos' grants); those people answer. */
export const sosRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const tags = ['sos'];
  const me = (request: Parameters<typeof authOf>[0]) => authOf(request).account;

  app.ctx.worker.handle('sos.followup', async (payload: { sosId: string }) => sos.followUp(ctx, payload.sosId));

  app.post('/api/sos', {
    preHandler: requireAuth,
    schema: {
      tags,
      summary: 'I need support now: alert everyone I granted "sos"; answers the crisis lines and my safety plan (a second tap within a minute returns the same alert)',
      body: sosBody,
      response: { 200: sosCreatedSchema, 201: sosCreatedSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const { created, body } = await sos.sendSos(ctx, me(request), request.body.message);
    return reply.code(created ? 201 : 200).send(body);
  });

  app.get('/api/sos/recipients', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Who an SOS would alert now (everyone I granted "sos")', response: { 200: z.array(sosPersonSchema), ...errorResponses } },
  }, async (request) => sos.wouldAlert(ctx.db, me(request).id));

  app.get('/api/sos/active', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Open alerts addressed to me (for the banner)', response: { 200: z.array(activeSosSchema), ...errorResponses } },
  }, async (request) => sos.activeFor(ctx.db, me(request).id));

  app.get('/api/sos/:id', {
    preHandler: requireAuth,
    schema: { tags, summary: 'One alert, for its sender or one of its recipients', params: sosIdParams, response: { 200: sosAlertSchema, ...errorResponses } },
  }, async (request) => sos.viewAlert(ctx.db, me(request).id, request.params.id));

  app.post('/api/sos/:id/responses', {
    preHandler: requireAuth,
    schema: { tags, summary: "A recipient answers: I'm here, or calling you now", params: sosIdParams, body: sosResponseBody, response: { 200: sosAlertSchema, ...errorResponses } },
  }, async (request) => sos.respond(ctx, me(request).id, request.params.id, request.body.response));

  app.post('/api/sos/:id/resolve', {
    preHandler: requireAuth,
    schema: { tags, summary: "The member: I'm OK now", params: sosIdParams, response: { 200: sosAlertSchema, ...errorResponses } },
  }, async (request) => sos.resolve(ctx, me(request).id, request.params.id));
};
