import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  messageBody,
  messagesQuery,
  nudgeBody,
  partnerMessageSchema,
  partnershipListSchema,
  partnershipParams,
  partnershipPatchBody,
  partnershipRequestBody,
  partnershipSchema,
  sharingBody,
} from '../../../shared/partners.js';
import { errorResponses } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { mentorCapacityCheck } from './mentorships.service.js';
import * as messages from './partner-messages.service.js';
import * as partners from './partners.service.js';

/** Accountability partnerships: requests, the shared page, nudges, the thread. Participants only. */
export const partnerRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const tags = ['partners'];
  const me = (request: Parameters<typeof authOf>[0]) => authOf(request).account;
  const one = { 200: partnershipSchema, ...errorResponses };
  const params = partnershipParams;

  app.post('/api/partnerships', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Ask a member of one of my groups to be my accountability partner', body: partnershipRequestBody, response: { 201: partnershipSchema, ...errorResponses } },
  }, async (request, reply) => reply.code(201).send(await partners.requestPartner(ctx, me(request).id, request.body)));

  app.get('/api/partnerships', {
    preHandler: requireAuth,
    schema: { tags, summary: 'My partnerships and mentorships: active, requests both ways, recently closed', response: { 200: partnershipListSchema, ...errorResponses } },
  }, async (request) => partners.listMine(ctx.db, me(request).id));

  app.get('/api/partnerships/:id', {
    preHandler: requireAuth,
    schema: { tags, summary: 'One partnership (its two people only)', params, response: one },
  }, async (request) => partners.getOne(ctx.db, request.params.id, me(request).id));

  app.post('/api/partnerships/:id/accept', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Accept a request made to me', params, response: one },
  }, async (request) => partners.accept(ctx, request.params.id, me(request).id, mentorCapacityCheck(ctx.db)));

  app.post('/api/partnerships/:id/decline', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Decline a request made to me (the requester is not told)', params, response: one },
  }, async (request) => partners.decline(ctx, request.params.id, me(request).id));

  app.post('/api/partnerships/:id/withdraw', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Withdraw my request while it waits', params, response: one },
  }, async (request) => partners.withdraw(ctx, request.params.id, me(request).id));

  app.patch('/api/partnerships/:id', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Change the rhythm and quiet hours of an active partnership', params, body: partnershipPatchBody, response: one },
  }, async (request) => partners.update(ctx, request.params.id, me(request).id, request.body));

  app.put('/api/partnerships/:id/sharing', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Choose what I share with my partner (replaces my earlier choice; none shares nothing)', params, body: sharingBody, response: one },
  }, async (request) => partners.share(ctx, request.params.id, me(request), request.body.scopes));

  app.post('/api/partnerships/:id/end', {
    preHandler: requireAuth,
    schema: { tags, summary: 'End a partnership: sharing within it stops both ways', params, response: one },
  }, async (request) => partners.end(ctx, request.params.id, me(request).id));

  app.post('/api/partnerships/:id/nudges', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Send my partner a nudge (a few a day)', params, body: nudgeBody, response: { 201: partnerMessageSchema, ...errorResponses } },
  }, async (request, reply) => reply.code(201).send(await messages.sendNudge(ctx, request.params.id, me(request).id, request.body.nudge, request.body.text)));

  app.get('/api/partnerships/:id/messages', {
    preHandler: requireAuth,
    schema: { tags, summary: 'The private thread, oldest first: 50 messages before `before`', params, querystring: messagesQuery, response: { 200: z.array(partnerMessageSchema), ...errorResponses } },
  }, async (request) => messages.thread(ctx.db, request.params.id, me(request).id, request.query.before));

  app.post('/api/partnerships/:id/messages', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Write in the private thread', params, body: messageBody, response: { 201: partnerMessageSchema, ...errorResponses } },
  }, async (request, reply) => reply.code(201).send(await messages.sendMessage(ctx, request.params.id, me(request).id, request.body.body)));
};
