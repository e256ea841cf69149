import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptAgreementBody,
  agreementViewSchema,
  createGroupBody,
  groupParams,
  groupSchema,
  groupSummarySchema,
  publicGroupSchema,
  publishAgreementBody,
  updateGroupBody,
} from '../../../shared/groups.js';
import { errorResponses } from '../../http/schemas.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { presentAgreementView, presentGroup, presentGroupSummary, presentPublicGroup } from './groups.presenter.js';
import * as groups from './groups.service.js';
import { invitationRoutes } from './invitations.routes.js';
import { membershipRoutes } from './memberships.routes.js';
import { OPTIONAL_SESSION, optionalAuth } from './visitor.js';

const tags = ['groups'];

/** A member sees the whole group; anyone else only the public view of a listed group. */
function presentView(view: groups.GroupView) {
  return view.membership
    ? presentGroup(view.group, view.agreement, view.membership)
    : presentPublicGroup(view.group, view.agreement);
}

/** Groups and their agreement. `:id` is a group's id or its slug. */
export const groupRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/groups',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Create a group; I become its facilitator',
        body: createGroupBody,
        response: { 201: groupSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const view = await groups.createGroup(app.ctx.db, authOf(request).account.id, request.body);
      return reply.status(201).send(presentGroup(view.group, view.agreement, view.membership));
    },
  );

  app.get(
    '/api/groups',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'The groups I am an active member of',
        response: { 200: z.object({ groups: z.array(groupSummarySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const rows = await groups.listMyGroups(app.ctx.db, authOf(request).account.id);
      return { groups: rows.map((row) => presentGroupSummary(row, row.membership, row.current_version)) };
    },
  );

  app.get(
    '/api/groups/:id',
    {
      preHandler: optionalAuth,
      schema: {
        tags,
        summary: 'A group: everything for its members, the public view of a listed group for anyone else',
        security: OPTIONAL_SESSION,
        params: groupParams,
        response: { 200: z.union([groupSchema, publicGroupSchema]), ...errorResponses },
      },
    },
    async (request) => presentView(await groups.viewGroup(app.ctx.db, request.params.id, request.auth?.account.id ?? null)),
  );

  app.patch(
    '/api/groups/:id',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Edit a group (core team)',
        params: groupParams,
        body: updateGroupBody,
        response: { 200: groupSchema, ...errorResponses },
      },
    },
    async (request) => {
      const view = await groups.updateGroup(app.ctx.db, request.params.id, authOf(request).account.id, request.body);
      return presentGroup(view.group, view.agreement, view.membership);
    },
  );

  app.get(
    '/api/groups/:id/agreement',
    {
      preHandler: optionalAuth,
      schema: {
        tags,
        summary: 'The group’s current agreement and the version I accepted',
        security: OPTIONAL_SESSION,
        params: groupParams,
        response: { 200: agreementViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const view = await groups.viewGroup(app.ctx.db, request.params.id, request.auth?.account.id ?? null);
      return presentAgreementView(view.agreement, view.membership);
    },
  );

  app.post(
    '/api/groups/:id/agreement',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Publish a new version of the agreement (core team); members accept it before anything else',
        params: groupParams,
        body: publishAgreementBody,
        response: { 201: agreementViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const view = await groups.publishAgreement(app.ctx.db, request.params.id, authOf(request).account.id, request.body.text);
      return reply.status(201).send(presentAgreementView(view.agreement, view.membership));
    },
  );

  app.post(
    '/api/groups/:id/agreement/accept',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        summary: 'Accept the current agreement version',
        params: groupParams,
        body: acceptAgreementBody,
        response: { 200: groupSchema, ...errorResponses },
      },
    },
    async (request) => {
      const view = await groups.acceptAgreement(app.ctx.db, request.params.id, authOf(request).account.id, request.body.version);
      return presentGroup(view.group, view.agreement, view.membership);
    },
  );

  await app.register(membershipRoutes);
  await app.register(invitationRoutes);
};
