import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  groupParams,
  groupSchema,
  joinBody,
  joinRequestSchema,
  memberSchema,
  membershipParams,
  membershipPatchBody,
  pendingJoinSchema,
  roleChangeBody,
} from '../../../shared/groups.js';
import { errorResponses, noContent } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { presentGroup, presentJoinRequest, presentMember } from './groups.presenter.js';
import * as memberships from './memberships.service.js';
import { leaveRunningSessions } from '../live-sessions/live-sessions.service.js';

const tags = ['group membership'];

/** Joining, join requests, the member list, leaving, removing and roles. */
export const membershipRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/groups/:id/join',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Join an open group (200) or ask to join a request group (202), accepting its current agreement',
        params: groupParams,
        body: joinBody,
        response: { 200: groupSchema, 202: pendingJoinSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await memberships.join(app.ctx.db, request.params.id, authOf(request).account.id, request.body);
      if (result.status === 'pending') return reply.status(202).send({ status: 'pending', groupId: result.groupId });
      return presentGroup(result.view.group, result.view.agreement, result.view.membership);
    },
  );

  app.get(
    '/api/groups/:id/requests',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Requests to join, waiting for the core team',
        params: groupParams,
        response: { 200: z.object({ requests: z.array(joinRequestSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const rows = await memberships.listRequests(app.ctx.db, request.params.id, authOf(request).account.id);
      return { requests: rows.map(presentJoinRequest) };
    },
  );

  app.post(
    '/api/groups/:id/requests/:membershipId/approve',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Welcome a person who asked to join (core team)',
        params: membershipParams,
        response: { 200: memberSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id, membershipId } = request.params;
      return presentMember(await memberships.approveRequest(app.ctx.db, id, authOf(request).account.id, membershipId));
    },
  );

  app.post(
    '/api/groups/:id/requests/:membershipId/decline',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Decline a request to join (core team); the person may ask again later',
        params: membershipParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, membershipId } = request.params;
      await memberships.declineRequest(app.ctx.db, id, authOf(request).account.id, membershipId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/groups/:id/members',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Active members: display names and roles; usernames only of members who chose to show them',
        params: groupParams,
        response: { 200: z.object({ members: z.array(memberSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const rows = await memberships.listMembers(app.ctx.db, request.params.id, authOf(request).account.id);
      return { members: rows.map(presentMember) };
    },
  );

  app.patch(
    '/api/groups/:id/membership',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'My settings in this group (show my username to the group or not)',
        params: groupParams,
        body: membershipPatchBody,
        response: { 200: groupSchema, ...errorResponses },
      },
    },
    async (request) => {
      const me = authOf(request).account.id;
      const view = await memberships.updateMyMembership(app.ctx.db, request.params.id, me, request.body.showUsername);
      return presentGroup(view.group, view.agreement, view.membership);
    },
  );

  app.post(
    '/api/groups/:id/leave',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Leave the group (the last facilitator hands over the role first)',
        params: groupParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const gone = await memberships.leave(app.ctx.db, request.params.id, authOf(request).account.id);
      await leaveRunningSessions(app.ctx, gone.groupId, gone.accountId);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/groups/:id/members/:membershipId',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Remove a member (core team; only a facilitator removes a facilitator)',
        params: membershipParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, membershipId } = request.params;
      const gone = await memberships.removeMember(app.ctx.db, id, authOf(request).account.id, membershipId);
      await leaveRunningSessions(app.ctx, gone.groupId, gone.accountId);
      return reply.status(204).send(null);
    },
  );

  app.patch(
    '/api/groups/:id/members/:membershipId',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Change a member’s role (facilitators); the group always keeps a facilitator',
        params: membershipParams,
        body: roleChangeBody,
        response: { 200: memberSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id, membershipId } = request.params;
      const row = await memberships.changeRole(app.ctx.db, id, authOf(request).account.id, membershipId, request.body.role);
      return presentMember(row);
    },
  );
};
