import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attendanceBody, attendanceSheetSchema, checkInBody, CHECK_IN_MODES, myAttendanceSchema, occurrenceParams } from '../../../shared/meetings.js';
import { errorResponses } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import * as attendance from './attendance.service.js';
import { coreTeamAccess, memberAccess } from './meetings.policy.js';
import { presentMyAttendance } from './meetings.presenter.js';

const checkInResult = z.object({ seriesId: z.string(), date: z.string(), status: z.literal('present'), mode: z.enum(CHECK_IN_MODES) });

/** Attendance: the core team keeps the sheet; a member checks themself in while the meeting is on. */
export const attendanceRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.db;
  const tags = ['meetings'];
  const path = '/api/groups/:id/meetings/:seriesId/occurrences/:date';

  app.get(
    `${path}/attendance`,
    {
      preHandler: requireAuth,
      schema: { tags, summary: 'Attendance of one occurrence (core team)', params: occurrenceParams, response: { 200: attendanceSheetSchema, ...errorResponses } },
    },
    async (request) => {
      const { id, seriesId, date } = request.params;
      return attendance.attendanceSheet(db, await coreTeamAccess(db, id, authOf(request).account.id), seriesId, date);
    },
  );

  app.put(
    `${path}/attendance`,
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Mark members present or excused; null clears a mark (core team)',
        params: occurrenceParams,
        body: attendanceBody,
        response: { 200: attendanceSheetSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id, seriesId, date } = request.params;
      const access = await coreTeamAccess(db, id, authOf(request).account.id);
      return attendance.markAttendance(db, access, seriesId, date, request.body.entries);
    },
  );

  app.post(
    `${path}/check-in`,
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Check myself in, from 15 minutes before the start until the end (members)',
        params: occurrenceParams,
        body: checkInBody,
        response: { 200: checkInResult, ...errorResponses },
      },
    },
    async (request) => {
      const { id, seriesId, date } = request.params;
      const access = await memberAccess(db, id, authOf(request).account.id);
      return attendance.checkIn(db, access, seriesId, date, request.body.mode);
    },
  );

  app.get(
    '/api/me/attendance',
    {
      preHandler: requireAuth,
      schema: { tags, summary: 'My attendance across my groups, newest first', response: { 200: z.object({ attendance: z.array(myAttendanceSchema) }), ...errorResponses } },
    },
    async (request) => ({ attendance: (await attendance.myAttendance(db, authOf(request).account.id)).map(presentMyAttendance) }),
  );
};
