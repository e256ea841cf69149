import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  feedbackBody,
  joinBody,
  myCommitmentsSchema,
  sessionInfoSchema,
  sessionParams,
  sessionSummarySchema,
  sessionViewSchema,
  startBody,
} from '../../../shared/live-session/api.js';
import { sessionCommandSchema } from '../../../shared/live-session/schema.js';
import { groupKeyParams, occurrenceParams } from '../../../shared/meetings.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { myCommitments } from './commitments.service.js';
import { giveFeedback, sessionSummary } from './feedback.service.js';
import { groupSessions, mySessions, sessionOfOccurrence } from './session-lists.service.js';
import * as live from './live-sessions.service.js';

/**
 * Live sessions (shared/live-session): the core team starts one for an occurrence, members
 * join (attendance), commands go over HTTP, numbered events come back on the session
 * socket (session-socket.routes.ts).
 */
export const liveSessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const tags = ['live sessions'];
  const me = (request: Parameters<typeof authOf>[0]) => authOf(request).account;
  const sessions = z.object({ sessions: z.array(sessionInfoSchema) });

  app.post('/api/groups/:id/meetings/:seriesId/occurrences/:date/live-session', {
    preHandler: requireAuth,
    schema: {
      tags,
      summary: 'Core team: start the live session of an occurrence (from an hour before until the end of its day); if it runs already, join it',
      params: occurrenceParams,
      body: startBody,
      response: { 200: sessionViewSchema, 201: sessionViewSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const { id, seriesId, date } = request.params;
    const { created, view } = await live.startSession(ctx, me(request), id, seriesId, date, request.body.mode);
    return reply.code(created ? 201 : 200).send(view);
  });

  app.get('/api/groups/:id/meetings/:seriesId/occurrences/:date/live-session', {
    preHandler: requireAuth,
    schema: { tags, summary: 'The live session of an occurrence, if there is one (members)', params: occurrenceParams, response: { 200: sessionInfoSchema, ...errorResponses } },
  }, async (request) => {
    const { id, seriesId, date } = request.params;
    return sessionOfOccurrence(ctx, me(request).id, id, seriesId, date);
  });

  app.get('/api/groups/:id/live-sessions', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Core team: the group’s live sessions, newest first', params: groupKeyParams, response: { 200: sessions, ...errorResponses } },
  }, async (request) => ({ sessions: await groupSessions(ctx, me(request).id, request.params.id) }));

  app.get('/api/me/live-sessions', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Sessions running in my groups, and ended ones I can still give feedback on', response: { 200: sessions, ...errorResponses } },
  }, async (request) => ({ sessions: await mySessions(ctx, me(request).id) }));

  app.get('/api/me/commitments', {
    preHandler: requireAuth,
    schema: { tags, summary: 'My commitments and how they went, and the check-ins I kept', response: { 200: myCommitmentsSchema, ...errorResponses } },
  }, async (request) => myCommitments(ctx.db, me(request).id));

  app.post('/api/live-sessions/:sessionId/join', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Join a running session (records attendance, in person or online)', params: sessionParams, body: joinBody, response: { 200: sessionViewSchema, ...errorResponses } },
  }, async (request) => live.joinSession(ctx, me(request), request.params.sessionId, request.body.mode));

  app.post('/api/live-sessions/:sessionId/leave', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Leave a running session', params: sessionParams, response: { 204: noContent, ...errorResponses } },
  }, async (request, reply) => {
    await live.leaveSession(ctx, me(request).id, request.params.sessionId);
    return reply.code(204).send(null);
  });

  app.get('/api/live-sessions/:sessionId', {
    preHandler: requireAuth,
    schema: { tags, summary: 'The session’s state for a present participant, and what is mine alone', params: sessionParams, response: { 200: sessionViewSchema, ...errorResponses } },
  }, async (request) => live.viewSession(ctx, me(request).id, request.params.sessionId));

  app.post('/api/live-sessions/:sessionId/commands', {
    preHandler: requireAuth,
    schema: {
      tags,
      summary: 'Do something in the session (share, pass, raise a hand; the runner: next phase, next person…); answers the event number',
      params: sessionParams,
      body: sessionCommandSchema,
      response: { 200: z.object({ seq: z.number() }), ...errorResponses },
    },
  }, async (request) => ({ seq: await live.runCommand(ctx, me(request).id, request.params.sessionId, request.body) }));

  app.get('/api/live-sessions/:sessionId/summary', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Core team: attendance, phase timings, commitments made, feedback totals (5+ answers) — nothing anyone said', params: sessionParams, response: { 200: sessionSummarySchema, ...errorResponses } },
  }, async (request) => sessionSummary(ctx, me(request).id, request.params.sessionId));

  app.post('/api/live-sessions/:sessionId/feedback', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Anonymous feedback from someone who took part, once, within a week', params: sessionParams, body: feedbackBody, response: { 204: noContent, ...errorResponses } },
  }, async (request, reply) => {
    const { safe, helpful, pacing, comment } = request.body;
    await giveFeedback(ctx, me(request).id, request.params.sessionId, { safe, helpful, pacing, comment: comment || null });
    return reply.code(204).send(null);
  });

};
