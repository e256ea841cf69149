import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendPrecompressed } from '../../http/precompressed.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import {
  calendarFeedSchema,
  calendarParams,
  createFeedBody,
  directoryGroupSchema,
  feedParams,
  meetingGuideMeetingSchema,
  newCalendarFeedSchema,
} from '../../../shared/feeds.js';
import * as feeds from './feeds.service.js';
import { PublicFeedCache } from './public-feed-cache.js';

/** Feeds are read by calendar apps and meeting finders, which poll: five minutes of caching. */
const PRIVATE_CACHE = 'private, max-age=300';
/**
 * Public feeds: fresh for five minutes, then revalidated with their ETag (a 304 costs next
 * to nothing); a meeting finder may keep showing its copy for a day while we are down.
 */
const PUBLIC_CACHE = 'public, max-age=300, stale-if-error=86400';
/** The public feeds are sent as bytes rendered and compressed once per schedule change (see PublicFeedCache). */
const JSON_TYPE = 'application/json; charset=utf-8';
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, OPTIONS',
  'access-control-allow-headers': 'Content-Type',
  'access-control-max-age': '86400',
  'cross-origin-resource-policy': 'cross-origin',
};

const notModified = z.null().describe('Not modified: the ETag in If-None-Match is still current');
const PRECOMPRESSED_NOTE =
  ' Sent gzip- or brotli-compressed when Accept-Encoding allows, with a strong ETag; ' +
  'If-None-Match with the current ETag gives 304.';

export const feedRoutes: FastifyPluginAsyncZod = async (app) => {
  const rendered = new PublicFeedCache();
  app.post(
    '/api/me/calendar-feeds',
    {
      preHandler: requireAuth,
      schema: {
        tags: ['feeds'],
        summary: 'Create a calendar subscription URL (one group, or all my groups)',
        body: createFeedBody,
        response: { 201: newCalendarFeedSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const feed = await feeds.createFeed(app.ctx, authOf(request).account.id, request.body.groupId);
      return reply.status(201).send(feed);
    },
  );

  app.get(
    '/api/me/calendar-feeds',
    {
      preHandler: requireAuth,
      schema: {
        tags: ['feeds'],
        summary: 'List my calendar subscriptions (their URLs are shown only once)',
        response: { 200: z.object({ feeds: z.array(calendarFeedSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ feeds: await feeds.listFeeds(app.ctx, authOf(request).account.id) }),
  );

  app.delete(
    '/api/me/calendar-feeds/:id',
    {
      preHandler: requireAuth,
      schema: {
        tags: ['feeds'],
        summary: 'Turn off one of my calendar subscriptions',
        params: feedParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await feeds.revokeFeed(app.ctx, authOf(request).account.id, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/calendar/:token.ics',
    {
      schema: {
        tags: ['feeds'],
        summary: 'iCalendar (RFC 5545) feed of meetings; the token in the URL is the credential',
        description:
          'Answers 200 with `text/calendar; charset=utf-8`: the meetings of the feed\'s group, or of every ' +
          'group its owner is an active member of. 404 once the feed is turned off or its owner is no ' +
          'longer an active member of the group.',
        security: [],
        params: calendarParams,
        response: { 200: z.string().describe('The calendar (sent as text/calendar; charset=utf-8)'), 400: errorResponses[400], 404: errorResponses[404] },
      },
    },
    async (request, reply) => {
      const text = await feeds.calendarForToken(app.ctx, request.params.token);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', PRIVATE_CACHE)
        .header('referrer-policy', 'no-referrer')
        .send(text);
    },
  );

  app.get(
    '/api/public/meetings.json',
    {
      schema: {
        tags: ['feeds'],
        summary: 'Meeting Guide JSON feed: open weekly meetings of listed groups',
        description:
          'Follows https://github.com/code4recovery/spec. Only weekly series appear: the spec cannot ' +
          'express monthly meetings or meetings every other week. A meeting on several weekdays is ' +
          'one entry whose `day` is an array.' +
          PRECOMPRESSED_NOTE,
        security: [],
        response: { 200: z.array(meetingGuideMeetingSchema), 304: notModified },
      },
    },
    async (request, reply) => {
      const feed = await feeds.publicFeed(app.ctx, rendered, 'meetings');
      return sendPrecompressed(request, reply.headers(CORS).header('cache-control', PUBLIC_CACHE), feed, JSON_TYPE);
    },
  );

  app.options(
    '/api/public/meetings.json',
    { schema: { tags: ['feeds'], summary: 'CORS preflight for the Meeting Guide feed', security: [], response: { 204: noContent } } },
    async (_request, reply) => reply.headers(CORS).status(204).send(null),
  );

  app.get(
    '/api/public/groups',
    {
      schema: {
        tags: ['feeds'],
        summary: 'Public directory: listed groups and their open meetings',
        description: PRECOMPRESSED_NOTE.trim(),
        security: [],
        response: { 200: z.object({ groups: z.array(directoryGroupSchema) }), 304: notModified },
      },
    },
    async (request, reply) => {
      const feed = await feeds.publicFeed(app.ctx, rendered, 'directory');
      return sendPrecompressed(request, reply.header('cache-control', PUBLIC_CACHE), feed, JSON_TYPE);
    },
  );
};
