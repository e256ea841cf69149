import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { planVersionSchema, safetyPlanContent, safetyPlanSchema } from '../../../shared/safety-plan.js';
import { errorResponses } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { requireRead } from '../privacy/privacy.policy.js';
import * as plans from './safety-plan.service.js';

/**
 * The member's safety plan, versioned. Every route here is about the signed-in member's own
 * plan; anyone else's plan is only read through requireRead (a 'safety_plan' grant).
 */
export const safetyPlanRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.db;
  const tags = ['safety plan'];
  const me = (request: Parameters<typeof authOf>[0]) => authOf(request).account.id;

  app.get('/api/safety-plan', {
    preHandler: requireAuth,
    schema: { tags, summary: 'My safety plan, latest version (version 0 and empty sections when I have none)', response: { 200: safetyPlanSchema, ...errorResponses } },
  }, async (request) => {
    const id = me(request);
    await requireRead(db, id, id, 'safety_plan');
    return plans.currentPlan(db, id);
  });

  app.put('/api/safety-plan', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Save my safety plan as a new version (an unchanged plan stores nothing)', body: safetyPlanContent, response: { 200: safetyPlanSchema, ...errorResponses } },
  }, async (request) => plans.savePlan(db, me(request), request.body));

  app.get('/api/safety-plan/versions', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Every saved version of my safety plan, newest first', response: { 200: z.array(planVersionSchema), ...errorResponses } },
  }, async (request) => {
    const id = me(request);
    await requireRead(db, id, id, 'safety_plan');
    return plans.versions(db, id);
  });

  app.get('/api/safety-plan/versions/:n', {
    preHandler: requireAuth,
    schema: {
      tags,
      summary: 'One saved version of my safety plan',
      params: z.strictObject({ n: z.coerce.number().int('must be a version number').min(1, 'must be a version number') }),
      response: { 200: safetyPlanSchema, ...errorResponses },
    },
  }, async (request) => {
    const id = me(request);
    await requireRead(db, id, id, 'safety_plan');
    return plans.versionOf(db, id, request.params.n);
  });
};
