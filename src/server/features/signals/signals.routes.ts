import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signalSchema } from '../../../shared/recovery/early-warning.js';
import { errorResponses } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { memberCalendar } from '../checkins/member-day.js';
import { requireRead } from '../privacy/privacy.policy.js';
import { signalsFor } from './signals.service.js';

/** Early-warning signs, for the member themself. */
export const signalRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.db;
  app.get('/api/me/signals', {
    preHandler: requireAuth,
    schema: {
      tags: ['check-ins'],
      summary: 'Early-warning signs from my last 14 days of check-ins, cravings and meetings, each with its facts and next steps',
      response: { 200: z.object({ signals: z.array(signalSchema) }), ...errorResponses },
    },
  }, async (request) => {
    const account = authOf(request).account;
    await requireRead(db, account.id, account.id, 'checkins.summary');
    return { signals: await signalsFor(db, account.id, memberCalendar(account.time_zone).today) };
  });
};
