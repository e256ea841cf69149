import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reminderBody, reminderParams, reminderPatch, reminderSchema } from '../../../shared/reminders.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { fireReminder } from './reminder-fire.js';
import { FIRE_JOB, type FirePayload } from './reminder-schedule.js';
import { ownReminder } from './reminders.policy.js';
import * as reminders from './reminders.service.js';

/**
 * Daily check-in reminders and high-risk windows: the member's own, scheduled in their time
 * zone. Each fire is a 'reminder.fire' job; firing queues the notifications and the next fire.
 */
export const reminderRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, worker } = app.ctx;
  const tags = ['reminders'];
  const me = (request: Parameters<typeof authOf>[0]) => authOf(request).account;

  worker.handle(FIRE_JOB, async (payload: FirePayload) => {
    if (await fireReminder(db, payload)) worker.wake();
  });

  app.get('/api/reminders', {
    preHandler: requireAuth,
    schema: { tags, summary: 'My reminders, each with its next time', response: { 200: z.object({ reminders: z.array(reminderSchema) }), ...errorResponses } },
  }, async (request) => {
    const account = me(request);
    return { reminders: await reminders.listReminders(db, account.id, account.time_zone) };
  });

  app.post('/api/reminders', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Add a check-in reminder or a high-risk window', body: reminderBody, response: { 201: reminderSchema, ...errorResponses } },
  }, async (request, reply) => {
    const account = me(request);
    return reply.code(201).send(await reminders.createReminder(db, account.id, account.time_zone, request.body));
  });

  app.patch('/api/reminders/:id', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Change a reminder or switch it on or off (it is scheduled again)', params: reminderParams, body: reminderPatch, response: { 200: reminderSchema, ...errorResponses } },
  }, async (request) => {
    const account = me(request);
    const row = await ownReminder(db, account.id, request.params.id);
    return reminders.updateReminder(db, row, account.time_zone, request.body);
  });

  app.delete('/api/reminders/:id', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Delete a reminder', params: reminderParams, response: { 204: noContent, ...errorResponses } },
  }, async (request, reply) => {
    await reminders.deleteReminder(db, await ownReminder(db, me(request).id, request.params.id));
    return reply.code(204).send(null);
  });
};
