import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountSchema, loginBody, sessionSchema, signupBody } from '../../../shared/account.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { presentAccount } from '../accounts/accounts.presenter.js';
import { authOf, clearSessionCookie, requireAuth, setSessionCookie } from './auth.hooks.js';
import { presentSession } from './auth.presenter.js';
import * as auth from './auth.service.js';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const client = (req: { ip: string; headers: Record<string, string | string[] | undefined> }) => ({
    ip: req.ip,
    userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : undefined,
  });

  app.post(
    '/api/auth/signup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an account and sign in',
        security: [],
        body: signupBody,
        response: { 201: accountSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { account, session } = await auth.signup(app.ctx, request.body, client(request));
      setSessionCookie(reply, session);
      return reply.status(201).send(presentAccount(account));
    },
  );

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username and password',
        security: [],
        body: loginBody,
        response: { 200: accountSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const { account, session } = await auth.login(app.ctx, username, password, client(request));
      setSessionCookie(reply, session);
      return presentAccount(account);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      preHandler: requireAuth,
      schema: { tags: ['auth'], summary: 'End this session', response: { 204: noContent, ...errorResponses } },
    },
    async (request, reply) => {
      await auth.logout(app.ctx, authOf(request));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me/sessions',
    {
      preHandler: requireAuth,
      schema: {
        tags: ['auth'],
        summary: 'List my active sessions',
        response: { 200: z.object({ sessions: z.array(sessionSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const me = authOf(request);
      const rows = await auth.listSessions(app.ctx, me.account.id);
      return { sessions: rows.map((row) => presentSession(row, me.sessionId)) };
    },
  );

  app.delete(
    '/api/me/sessions/:id',
    {
      preHandler: requireAuth,
      schema: {
        tags: ['auth'],
        summary: 'Revoke one of my sessions',
        params: z.strictObject({ id: z.uuid('must be a session id') }),
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const me = authOf(request);
      await auth.revokeSession(app.ctx, me.account.id, request.params.id);
      if (request.params.id === me.sessionId) clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );
};
