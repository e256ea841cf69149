import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { goalParams } from '../../../shared/recovery/goals.js';
import { MILESTONE_KINDS } from '../../../shared/recovery/progress-schema.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { memberCalendar } from '../checkins/member-day.js';
import { requireRead } from '../privacy/privacy.policy.js';
import * as celebrations from './celebrations.service.js';
import { ownGoal } from './goals.policy.js';

const celebrateBody = z.strictObject({
  groupId: z.string().min(1, 'must not be empty').max(100),
  kind: z.enum(MILESTONE_KINDS),
  days: z.int('must be a whole number').min(0).max(100_000),
  message: z.string().trim().max(280, 'must be at most 280 characters').nullable().optional(),
});
const unitSchema = z.enum(['day', 'week']);
const celebrationSchema = z.object({ id: z.string(), groupId: z.string(), kind: z.enum(MILESTONE_KINDS), days: z.number(), unit: unitSchema, message: z.string().nullable(), createdAt: z.string() });
const groupCelebrationSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  mine: z.boolean(),
  kind: z.enum(MILESTONE_KINDS),
  days: z.number(),
  unit: unitSchema,
  message: z.string().nullable(),
  createdAt: z.string(),
});

const myCelebrationSchema = z.object({
  id: z.string(),
  /** Null once the goal is deleted: the celebration stays in the group. */
  goalId: z.string().nullable(),
  groupId: z.string(),
  kind: z.enum(MILESTONE_KINDS),
  days: z.number(),
  unit: unitSchema,
  createdAt: z.string(),
});

/** Milestones a member chose to celebrate in one of their groups. */
export const celebrationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.db;
  const tags = ['goals'];

  app.post('/api/goals/:id/celebrations', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Celebrate a reached milestone in one of my groups (shares the milestone and my message only)', params: goalParams, body: celebrateBody, response: { 201: celebrationSchema, ...errorResponses } },
  }, async (request, reply) => {
    const account = authOf(request).account;
    const goal = await ownGoal(db, account.id, request.params.id);
    return reply.code(201).send(await celebrations.celebrate(db, account.id, goal, request.body, memberCalendar(account.time_zone).today));
  });

  app.get('/api/me/celebrations', {
    preHandler: requireAuth,
    schema: { tags, summary: 'The milestones I shared, and in which group (newest first)', response: { 200: z.object({ celebrations: z.array(myCelebrationSchema) }), ...errorResponses } },
  }, async (request) => {
    const { id } = authOf(request).account;
    await requireRead(db, id, id, 'goals');
    return { celebrations: await celebrations.myCelebrations(db, id) };
  });

  app.get('/api/groups/:id/celebrations', {
    preHandler: requireAuth,
    schema: { tags: ['groups'], summary: "The group's celebrations (members)", params: z.strictObject({ id: z.string().min(1).max(100) }), response: { 200: z.object({ celebrations: z.array(groupCelebrationSchema) }), ...errorResponses } },
  }, async (request) => ({ celebrations: await celebrations.groupCelebrations(db, request.params.id, authOf(request).account.id) }));

  app.delete('/api/celebrations/:id', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Take back a celebration I shared', params: z.strictObject({ id: z.uuid('must be a celebration id') }), response: { 204: noContent, ...errorResponses } },
  }, async (request, reply) => {
    await celebrations.withdraw(db, authOf(request).account.id, request.params.id);
    return reply.code(204).send(null);
  });
};
