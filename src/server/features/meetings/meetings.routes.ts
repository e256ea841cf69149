import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createMeetingBody, groupKeyParams, meetingSeriesSchema, seriesParams, updateMeetingBody } from '../../../shared/meetings.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { attendanceRoutes } from './attendance.routes.js';
import { occurrenceRoutes } from './occurrences.routes.js';
import { coreTeamAccess, memberAccess } from './meetings.policy.js';
import { presentSeries } from './meetings.presenter.js';
import * as meetings from './meetings.service.js';

/** A group's meeting series. Members read; the core team writes. */
export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.db;
  const tags = ['meetings'];

  app.post(
    '/api/groups/:id/meetings',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Schedule a meeting series (core team)',
        params: groupKeyParams,
        body: createMeetingBody,
        response: { 201: meetingSeriesSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const access = await coreTeamAccess(db, request.params.id, authOf(request).account.id);
      const row = await meetings.createSeries(db, access, request.body);
      return reply.status(201).send(presentSeries(row, access.group));
    },
  );

  app.get(
    '/api/groups/:id/meetings',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'List the group’s meeting series (members)',
        params: groupKeyParams,
        response: { 200: z.object({ meetings: z.array(meetingSeriesSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { group } = await memberAccess(db, request.params.id, authOf(request).account.id);
      return { meetings: (await meetings.listSeries(db, group.id)).map((row) => presentSeries(row, group)) };
    },
  );

  app.get(
    '/api/groups/:id/meetings/:seriesId',
    {
      preHandler: requireAuth,
      schema: { tags, summary: 'One meeting series (members)', params: seriesParams, response: { 200: meetingSeriesSchema, ...errorResponses } },
    },
    async (request) => {
      const { group } = await memberAccess(db, request.params.id, authOf(request).account.id);
      return presentSeries(await meetings.getSeries(db, group.id, request.params.seriesId), group);
    },
  );

  app.patch(
    '/api/groups/:id/meetings/:seriesId',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Edit a meeting series, its schedule or its agenda template (core team)',
        params: seriesParams,
        body: updateMeetingBody,
        response: { 200: meetingSeriesSchema, ...errorResponses },
      },
    },
    async (request) => {
      const access = await coreTeamAccess(db, request.params.id, authOf(request).account.id);
      return presentSeries(await meetings.updateSeries(db, access, request.params.seriesId, request.body), access.group);
    },
  );

  app.delete(
    '/api/groups/:id/meetings/:seriesId',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Delete a meeting series with its exceptions and attendance (core team)',
        params: seriesParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const access = await coreTeamAccess(db, request.params.id, authOf(request).account.id);
      await meetings.deleteSeries(db, access, request.params.seriesId);
      return reply.status(204).send(null);
    },
  );

  await app.register(occurrenceRoutes);
  await app.register(attendanceRoutes);
};
