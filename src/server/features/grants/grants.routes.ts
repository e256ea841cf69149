import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createGrantBody, grantListSchema, grantParams, grantSchema, memberParams, peopleSchema, sharedViewSchema } from '../../../shared/sharing.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import * as grants from './grants.service.js';
import { knownPeople } from './people.service.js';
import { sharedView } from './shared-view.service.js';

/** Consent grants: what a member shares with whom, and the view a grantee gets of it. */
export const grantRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const tags = ['sharing'];
  const me = (request: Parameters<typeof authOf>[0]) => authOf(request).account.id;

  ctx.worker.handle(grants.GRANT_EXPIRED_JOB, async (payload) => {
    await grants.grantExpired(ctx, (payload as { grantId: string }).grantId);
  });

  app.post('/api/grants', {
    preHandler: requireAuth,
    schema: {
      tags,
      summary: 'Share some of my records with someone I know here (a co-member of my groups, or a partner or mentor)',
      body: createGrantBody,
      response: { 201: grantSchema, ...errorResponses },
    },
  }, async (request, reply) => reply.code(201).send(await grants.createGrant(ctx, me(request), request.body)));

  app.get('/api/grants', {
    preHandler: requireAuth,
    schema: { tags, summary: 'The grants I gave and the grants I received, newest first', response: { 200: grantListSchema, ...errorResponses } },
  }, async (request) => grants.grantsOf(ctx, me(request)));

  app.delete('/api/grants/:id', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Stop sharing: revokes my grant at once', params: grantParams, response: { 204: noContent, ...errorResponses } },
  }, async (request, reply) => {
    await grants.stopGrant(ctx, me(request), request.params.id);
    return reply.code(204).send(null);
  });

  app.get('/api/people', {
    preHandler: requireAuth,
    schema: { tags, summary: 'The people I could share with: co-members of my groups, partners and mentors', response: { 200: peopleSchema, ...errorResponses } },
  }, async (request) => ({ people: await knownPeople(ctx.db, me(request)) }));

  app.get('/api/members/:accountId/shared', {
    preHandler: requireAuth,
    schema: {
      tags,
      summary: 'What that member shares with me: one section per granted scope (each read is in their access log)',
      params: memberParams,
      response: { 200: sharedViewSchema, ...errorResponses },
    },
  }, async (request) => sharedView(ctx.db, me(request), request.params.accountId));
};

