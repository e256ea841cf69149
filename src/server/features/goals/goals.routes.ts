import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateRangeQuery } from '../../../shared/recovery/checkins.js';
import {
  createGoalBody, goalDayBody, goalDayParams, goalDaySchema, goalParams, goalSchema, reflectionBody, stepBody, stepParams, stepPatch,
  stepSchema, updateGoalBody,
} from '../../../shared/recovery/goals.js';
import { goalProgressSchema } from '../../../shared/recovery/progress-schema.js';
import { NotFound } from '../../errors.js';
import { presentedJson } from '../../http/presented-json.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { checkDateRange, memberCalendar } from '../checkins/member-day.js';
import * as repo from './goals.repository.js';
import { ownGoal, readableGoal } from './goals.policy.js';
import * as goals from './goals.service.js';
import * as steps from './steps.service.js';

/** A member's goals: private records, read through the privacy policy, changed by the owner only. */
export const goalRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.db;
  const tags = ['goals'];
  const me = (request: Parameters<typeof authOf>[0]) => authOf(request).account;
  const today = (request: Parameters<typeof authOf>[0]) => memberCalendar(me(request).time_zone).today;

  app.get('/api/goals', {
    preHandler: requireAuth,
    schema: { tags, summary: 'My goals with their derived figures', response: { 200: z.object({ goals: z.array(goalSchema.extend({ progress: goalProgressSchema })) }), ...errorResponses } },
  }, async (request) => ({ goals: await goals.goalsWithProgress(db, me(request).id, today(request)) }));

  app.post('/api/goals', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Set a goal: abstain (a clock), reduce (at most N) or build (at least N)', body: createGoalBody, response: { 201: goalSchema, ...errorResponses } },
  }, async (request, reply) => reply.code(201).send(await goals.createGoal(db, me(request).id, request.body, today(request))));

  app.get('/api/goals/:id', {
    preHandler: requireAuth,
    schema: { tags, summary: 'One goal', params: goalParams, response: { 200: goalSchema, ...errorResponses } },
  }, async (request) => goals.goalView(db, await readableGoal(db, me(request).id, request.params.id)));

  app.patch('/api/goals/:id', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Rename, retarget, mark achieved or archive a goal', params: goalParams, body: updateGoalBody, response: { 200: goalSchema, ...errorResponses } },
  }, async (request) => goals.updateGoal(db, await ownGoal(db, me(request).id, request.params.id), request.body, today(request)));

  app.delete('/api/goals/:id', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Delete a goal with its day records and reflections', params: goalParams, response: { 204: noContent, ...errorResponses } },
  }, async (request, reply) => {
    await repo.deleteGoal(db, (await ownGoal(db, me(request).id, request.params.id)).id);
    return reply.code(204).send(null);
  });

  app.get('/api/goals/:id/progress', {
    preHandler: requireAuth,
    ...presentedJson,
    schema: { tags, summary: 'Streaks, totals, percentages and milestones, derived from the day records', params: goalParams, response: { 200: goalProgressSchema, ...errorResponses } },
  }, async (request) => goals.progressOf(db, await readableGoal(db, me(request).id, request.params.id), today(request)));

  app.get('/api/goals/:id/days', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Recorded days of a goal, with lapse reflections', params: goalParams, querystring: dateRangeQuery, response: { 200: z.array(goalDaySchema), ...errorResponses } },
  }, async (request) => {
    checkDateRange(request.query.from, request.query.to, 3660);
    return goals.daysOf(db, await readableGoal(db, me(request).id, request.params.id), request.query.from, request.query.to);
  });

  app.put('/api/goals/:id/days/:date', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Record one day (for abstain goals met:false records a lapse)', params: goalDayParams, body: goalDayBody, response: { 200: goalDaySchema, ...errorResponses } },
  }, async (request) => goals.recordDay(db, await ownGoal(db, me(request).id, request.params.id), request.params.date, request.body, today(request)));

  app.delete('/api/goals/:id/days/:date', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Undo a day record (a reflection written for it is kept)', params: goalDayParams, response: { 204: noContent, ...errorResponses } },
  }, async (request, reply) => {
    const goal = await ownGoal(db, me(request).id, request.params.id);
    if (!(await repo.deleteDay(db, goal.id, request.params.date))) throw new NotFound('Nothing recorded on that day.');
    return reply.code(204).send(null);
  });

  app.put('/api/goals/:id/days/:date/reflection', {
    preHandler: requireAuth,
    schema: { tags, summary: 'What happened, the trigger, what helped, what to try next (private)', params: goalDayParams, body: reflectionBody, response: { 200: goalDaySchema, ...errorResponses } },
  }, async (request) => goals.reflect(db, await ownGoal(db, me(request).id, request.params.id), request.params.date, request.body, today(request)));

  app.post('/api/goals/:id/steps', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Add a small next step', params: goalParams, body: stepBody, response: { 201: stepSchema, ...errorResponses } },
  }, async (request, reply) => reply.code(201).send(await steps.addStep(db, await ownGoal(db, me(request).id, request.params.id), request.body.title)));

  app.patch('/api/goals/:id/steps/:stepId', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Tick off or rename a step', params: stepParams, body: stepPatch, response: { 200: stepSchema, ...errorResponses } },
  }, async (request) => steps.changeStep(db, await ownGoal(db, me(request).id, request.params.id), request.params.stepId, request.body));

  app.delete('/api/goals/:id/steps/:stepId', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Remove a step', params: stepParams, response: { 204: noContent, ...errorResponses } },
  }, async (request, reply) => {
    await steps.removeStep(db, await ownGoal(db, me(request).id, request.params.id), request.params.stepId);
    return reply.code(204).send(null);
  });
};
