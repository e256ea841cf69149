import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  groupMentorSchema,
  mentorDecisionBody,
  mentorOfferSchema,
  mentorProfileBody,
  mentorshipRequestBody,
  mentorSuggestionSchema,
  myMentoringSchema,
  partnershipSchema,
  suggestionsQuery,
} from '../../../shared/partners.js';
import { errorResponses } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import * as mentors from './mentors.service.js';
import { requestMentorship } from './mentorships.service.js';

/** Mentor profiles, approvals by the core team, suggestions and requests. */
export const mentorRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const tags = ['mentors'];
  const me = (request: Parameters<typeof authOf>[0]) => authOf(request).account;
  const groupParams = z.strictObject({ groupId: z.string().min(1).max(100) });

  app.get('/api/me/mentor-profile', {
    preHandler: requireAuth,
    schema: { tags, summary: 'My mentor profile (null before I write one) and my offers per group', response: { 200: myMentoringSchema, ...errorResponses } },
  }, async (request) => mentors.myMentoring(ctx.db, me(request).id));

  app.put('/api/me/mentor-profile', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Write my mentor profile', body: mentorProfileBody, response: { 200: myMentoringSchema, ...errorResponses } },
  }, async (request) => mentors.saveProfile(ctx.db, me(request).id, request.body));

  app.post('/api/groups/:groupId/mentors', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Offer to mentor in a group I belong to (its core team approves)', params: groupParams, response: { 200: mentorOfferSchema, ...errorResponses } },
  }, async (request) => mentors.offerToMentor(ctx, request.params.groupId, me(request).id));

  app.get('/api/groups/:groupId/mentors', {
    preHandler: requireAuth,
    schema: { tags, summary: 'The group’s approved mentors; the core team also sees offers waiting', params: groupParams, response: { 200: z.array(groupMentorSchema), ...errorResponses } },
  }, async (request) => mentors.groupMentors(ctx.db, request.params.groupId, me(request).id));

  app.patch('/api/groups/:groupId/mentors/:accountId', {
    preHandler: requireAuth,
    schema: {
      tags,
      summary: 'Approve or decline an offer to mentor (core team only)',
      params: groupParams.extend({ accountId: z.uuid('must be an account id') }),
      body: mentorDecisionBody,
      response: { 200: groupMentorSchema.nullable(), ...errorResponses },
    },
  }, async (request) => mentors.decideMentor(ctx, request.params.groupId, me(request).id, request.params.accountId, request.body.status));

  app.get('/api/me/mentor-suggestions', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Mentors with room in my groups, best match first, with the reasons', querystring: suggestionsQuery, response: { 200: z.array(mentorSuggestionSchema), ...errorResponses } },
  }, async (request) => {
    const focus = request.query.focus;
    return mentors.suggestions(ctx.db, me(request).id, focus === undefined ? [] : Array.isArray(focus) ? focus : [focus]);
  });

  app.post('/api/mentorships', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Ask an approved mentor of one of my groups to mentor me', body: mentorshipRequestBody, response: { 201: partnershipSchema, ...errorResponses } },
  }, async (request, reply) => reply.code(201).send(await requestMentorship(ctx, me(request).id, request.body)));
};
