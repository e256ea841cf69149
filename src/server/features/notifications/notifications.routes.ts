import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notificationListQuery, notificationSchema } from '../../../shared/notification-items.js';
import { notificationPreferencesBody, notificationPreferencesSchema } from '../../../shared/notification-preferences.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { registerDeliveryJobs } from './delivery.service.js';
import * as notifications from './notifications.service.js';

export interface NotificationRouteOptions {
  /** What time it is for deliveries (quiet hours); tests set it. */
  clock?: () => Date;
}

/** The notification centre, preferences and quiet hours; and the deliveries notify() queues. */
export const notificationRoutes: FastifyPluginAsyncZod<NotificationRouteOptions> = async (app, { clock = () => new Date() }) => {
  registerDeliveryJobs(app.ctx, clock);
  const tags = ['notifications'];
  const me = (request: Parameters<typeof authOf>[0]) => authOf(request).account.id;
  const params = z.strictObject({ id: z.uuid('must be a notification id') });

  app.get('/api/notifications', {
    preHandler: requireAuth,
    schema: { tags, summary: 'My notifications, newest first; page with `before` (the createdAt of the last one shown)', querystring: notificationListQuery, response: { 200: z.array(notificationSchema), ...errorResponses } },
  }, async (request) => notifications.listNotifications(app.ctx.db, me(request), request.query));

  app.get('/api/notifications/unread-count', {
    preHandler: requireAuth,
    schema: { tags, summary: 'How many of my notifications are unread', response: { 200: z.object({ count: z.number().int() }), ...errorResponses } },
  }, async (request) => ({ count: await notifications.unreadCount(app.ctx.db, me(request)) }));

  app.post('/api/notifications/read-all', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Mark all my notifications read', response: { 204: noContent, ...errorResponses } },
  }, async (request, reply) => {
    await notifications.markAllRead(app.ctx, me(request));
    return reply.code(204).send(null);
  });

  app.get('/api/notifications/:id', {
    preHandler: requireAuth,
    schema: { tags, summary: 'One of my notifications', params, response: { 200: notificationSchema, ...errorResponses } },
  }, async (request) => notifications.getNotification(app.ctx.db, me(request), request.params.id));

  app.post('/api/notifications/:id/read', {
    preHandler: requireAuth,
    schema: { tags, summary: 'Mark one of my notifications read', params, response: { 204: noContent, ...errorResponses } },
  }, async (request, reply) => {
    await notifications.markRead(app.ctx, me(request), request.params.id);
    return reply.code(204).send(null);
  });

  app.get('/api/me/notification-preferences', {
    preHandler: requireAuth,
    schema: { tags, summary: 'For each kind of notification: live in the app, by e-mail; and my quiet hours for e-mail', response: { 200: notificationPreferencesSchema, ...errorResponses } },
  }, async (request) => notifications.preferencesOf(app.ctx.db, me(request)));

  app.put('/api/me/notification-preferences', {
    preHandler: requireAuth,
    schema: {
      tags,
      summary: 'Change my notification choices: the kinds given change, quietHours null turns them off (HH:MM in my time zone; SOS e-mails are never held)',
      body: notificationPreferencesBody,
      response: { 200: notificationPreferencesSchema, ...errorResponses },
    },
  }, async (request) => notifications.updatePreferences(app.ctx.db, me(request), request.body));
};
