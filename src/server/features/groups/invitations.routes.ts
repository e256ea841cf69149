import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptInvitationBody,
  createInvitationBody,
  groupParams,
  groupSchema,
  invitationParams,
  invitationPreviewSchema,
  invitationSchema,
  newInvitationSchema,
  tokenParams,
} from '../../../shared/groups.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { presentGroup, presentInvitation, presentInvitationPreview, presentNewInvitation } from './groups.presenter.js';
import * as invitations from './invitations.service.js';

const tags = ['invitations'];

/** Invitation links: the core team makes and revokes them; anyone holding one may look and join. */
export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/groups/:id/invitations',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Create an invitation link (core team); the token is shown only once',
        params: groupParams,
        body: createInvitationBody,
        response: { 201: newInvitationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { row, token } = await invitations.createInvitation(app.ctx, request.params.id, authOf(request).account.id, request.body);
      return reply.status(201).send(presentNewInvitation(row, token, app.ctx.config.publicUrl));
    },
  );

  app.get(
    '/api/groups/:id/invitations',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Invitations that can still be used (core team)',
        params: groupParams,
        response: { 200: z.object({ invitations: z.array(invitationSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const rows = await invitations.listInvitations(app.ctx, request.params.id, authOf(request).account.id);
      return { invitations: rows.map(presentInvitation) };
    },
  );

  app.delete(
    '/api/groups/:id/invitations/:invitationId',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Revoke an invitation (core team)',
        params: invitationParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, invitationId } = request.params;
      await invitations.revokeInvitation(app.ctx, id, authOf(request).account.id, invitationId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/invitations/:token',
    {
      schema: {
        tags,
        summary: 'What an invitation link leads to: the group and its agreement',
        security: [],
        params: tokenParams,
        response: { 200: invitationPreviewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { group, agreement } = await invitations.previewInvitation(app.ctx, request.params.token);
      return presentInvitationPreview(group, agreement);
    },
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Join a group through an invitation, accepting its current agreement',
        params: tokenParams,
        body: acceptInvitationBody,
        response: { 200: groupSchema, ...errorResponses },
      },
    },
    async (request) => {
      const me = authOf(request).account.id;
      const view = await invitations.acceptInvitation(app.ctx, request.params.token, me, request.body.agreementVersion);
      return presentGroup(view.group, view.agreement, view.membership);
    },
  );
};
