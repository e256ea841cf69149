import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { groupKeyParams, MAX_RANGE_DAYS, moveBody, myMeetingsQuery, occurrenceParams, occurrenceSchema, rangeQuery } from '../../../shared/meetings.js';
import { Invalid } from '../../errors.js';
import { presentedJson } from '../../http/presented-json.js';
import { errorResponses } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { coreTeamAccess, memberAccess } from './meetings.policy.js';
import { presentOccurrence, presentOccurrences } from './meetings.presenter.js';
import * as meetings from './meetings.service.js';
import { groupOccurrences, myOccurrences } from './schedule.service.js';

const occurrenceList = z.object({ occurrences: z.array(occurrenceSchema) });

function parseRange(query: { from: string; to: string }): [Date, Date] {
  const from = new Date(query.from);
  const to = new Date(query.to);
  if (to <= from) throw new Invalid('querystring.to must be after from', [{ field: 'querystring.to', message: 'must be after from' }]);
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw new Invalid(`querystring.to must be at most ${MAX_RANGE_DAYS} days after from`, [
      { field: 'querystring.to', message: `must be at most ${MAX_RANGE_DAYS} days after from` },
    ]);
  }
  return [from, to];
}

/** Dated occurrences: computed from the rules, with stored exceptions (cancelled, moved). */
export const occurrenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.db;
  const tags = ['meetings'];

  app.get(
    '/api/groups/:id/occurrences',
    {
      ...presentedJson,
      preHandler: requireAuth,
      schema: {
        tags,
        summary: `The group's occurrences between two instants, at most ${MAX_RANGE_DAYS} days apart (members)`,
        params: groupKeyParams,
        querystring: rangeQuery,
        response: { 200: occurrenceList, ...errorResponses },
      },
    },
    async (request) => {
      const { group } = await memberAccess(db, request.params.id, authOf(request).account.id);
      const [from, to] = parseRange(request.query);
      const found = await groupOccurrences(db, group, from, to);
      return { occurrences: presentOccurrences(found) };
    },
  );

  app.get(
    '/api/me/meetings',
    {
      ...presentedJson,
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'My next meetings across all my groups, in start order',
        querystring: myMeetingsQuery,
        response: { 200: occurrenceList, ...errorResponses },
      },
    },
    async (request) => {
      const found = await myOccurrences(db, authOf(request).account.id, request.query.days);
      return { occurrences: presentOccurrences(found) };
    },
  );

  const change = (path: string, summary: string, toChange: (body: unknown) => meetings.OccurrenceChange, body?: typeof moveBody) =>
    app.post(
      `/api/groups/:id/meetings/:seriesId/occurrences/:date/${path}`,
      {
        preHandler: requireAuth,
        schema: { tags, summary, params: occurrenceParams, ...(body && { body }), response: { 200: occurrenceSchema, ...errorResponses } },
      },
      async (request) => {
        const { id, seriesId, date } = request.params;
        const access = await coreTeamAccess(db, id, authOf(request).account.id);
        const occurrence = await meetings.changeOccurrence(db, access, seriesId, date, toChange(request.body));
        const row = await meetings.getSeries(db, access.group.id, seriesId);
        return presentOccurrence(row, access.group, occurrence);
      },
    );

  change('cancel', 'Cancel one occurrence (core team)', () => ({ status: 'cancelled' }));
  change(
    'move',
    'Move one occurrence to another time (core team)',
    (body) => ({ status: 'moved', ...(body as z.infer<typeof moveBody>) }),
    moveBody,
  );
  change('restore', 'Undo a cancellation or move (core team)', () => ({ status: 'restored' }));
};
