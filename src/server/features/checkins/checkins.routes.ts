import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkinBody, checkinDateParams, checkinSchema, checkinWindowSchema, dateRangeQuery } from '../../../shared/recovery/checkins.js';
import { presentedJson } from '../../http/presented-json.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { requireRead } from '../privacy/privacy.policy.js';
import * as checkins from './checkins.service.js';
import { memberCalendar } from './member-day.js';

/**
 * Daily check-ins. Each route reads the signed-in member's own records; reads still pass the
 * one privacy policy, so the rule lives in one place when grants let others read.
 */
export const checkinRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.db;
  const tags = ['check-ins'];
  const me = (request: Parameters<typeof authOf>[0]) => authOf(request).account;

  app.get('/api/checkins/window', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Today in my time zone, and the earliest day I may fill in', response: { 200: checkinWindowSchema, ...errorResponses } },
  }, async (request) => memberCalendar(me(request).time_zone));

  app.get('/api/checkins/strategies', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Strategies I tried lately, newest first', response: { 200: z.object({ strategies: z.array(z.string()) }), ...errorResponses } },
  }, async (request) => {
    const { id } = me(request);
    await requireRead(db, id, id, 'checkins.summary');
    return { strategies: await checkins.recentStrategies(db, id) };
  });

  app.get('/api/checkins', {
    preHandler: requireAuth,
    ...presentedJson,
    schema: { tags, summary: 'My check-ins between two local dates (at most 400 days)', querystring: dateRangeQuery, response: { 200: z.array(checkinSchema), ...errorResponses } },
  }, async (request) => {
    const { id } = me(request);
    await requireRead(db, id, id, 'checkins.notes');
    return checkins.checkinsBetween(db, id, request.query.from, request.query.to);
  });

  app.get('/api/checkins/:date', {
    preHandler: requireAuth,
    schema: { tags, summary: 'My check-in of one local date', params: checkinDateParams, response: { 200: checkinSchema, ...errorResponses } },
  }, async (request) => {
    const { id } = me(request);
    await requireRead(db, id, id, 'checkins.notes');
    return checkins.checkinOn(db, id, request.params.date);
  });

  app.put('/api/checkins/:date', {
    preHandler: requireAuth,
    ...presentedJson,
    schema: {
      tags,
      summary: 'Save my check-in for a local date (today or up to 90 days back; never the future)',
      params: checkinDateParams,
      body: checkinBody,
      response: { 200: checkinSchema, ...errorResponses },
    },
  }, async (request) => {
    const account = me(request);
    return checkins.saveCheckin(db, account.id, request.params.date, request.body, memberCalendar(account.time_zone));
  });

  app.delete('/api/checkins/:date', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Delete my check-in of one local date', params: checkinDateParams, response: { 204: noContent, ...errorResponses } },
  }, async (request, reply) => {
    await checkins.removeCheckin(db, me(request).id, request.params.date);
    return reply.code(204).send(null);
  });
};
