import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accountSchema, changePasswordBody, deleteAccountBody, profilePatch } from '../../../shared/account.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { authOf, clearSessionCookie, requireAuth } from '../auth/auth.hooks.js';
import * as auth from '../auth/auth.service.js';
import { closeLiveConnections } from '../../realtime/live.js';
import { activeGroupIds } from '../groups/groups.service.js';
import { leaveRunningSessions } from '../live-sessions/live-sessions.service.js';
import { presentAccount } from './accounts.presenter.js';
import * as accounts from './accounts.service.js';

/** The signed-in member's own account. Every route here acts on the caller only. */
export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/me',
    {
      preHandler: requireAuth,
      schema: { tags: ['account'], summary: 'My account', response: { 200: accountSchema, ...errorResponses } },
    },
    async (request) => presentAccount(authOf(request).account),
  );

  app.patch(
    '/api/me',
    {
      preHandler: requireAuth,
      schema: {
        tags: ['account'],
        summary: 'Edit my profile',
        body: profilePatch,
        response: { 200: accountSchema, ...errorResponses },
      },
    },
    async (request) => presentAccount(await accounts.updateProfile(app.ctx.db, authOf(request).account.id, request.body)),
  );

  app.post(
    '/api/me/password',
    {
      preHandler: requireAuth,
      schema: {
        tags: ['account'],
        summary: 'Change my password (ends my other sessions)',
        body: changePasswordBody,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await auth.changePassword(app.ctx, authOf(request), request.body.currentPassword, request.body.newPassword);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/me',
    {
      preHandler: requireAuth,
      schema: {
        tags: ['account'],
        summary: 'Delete my account and everything it owns (confirm with my password)',
        body: deleteAccountBody,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const id = authOf(request).account.id;
      const groups = await activeGroupIds(app.ctx.db, id);
      await accounts.deleteAccount(app.ctx.db, id, request.body.password);
      await closeLiveConnections(app.ctx.hub, id);
      // Someone deleted mid-session leaves it: their turn, raised hand or role do not linger.
      for (const groupId of groups) await leaveRunningSessions(app.ctx, groupId, id);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );
};
