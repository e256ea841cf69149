import type { FastifyPluginAsync } from 'fastify';
import { isPresent } from '../../../shared/live-session/machine.js';
import { sessionParams, socketQuery } from '../../../shared/live-session/api.js';
import { Forbidden, Invalid } from '../../errors.js';
import { sendError } from '../../http/error-handler.js';
import { SESSION_COOKIE } from '../../http/session-cookie.js';
import type { SocketRouteOptions } from '../../realtime/live.routes.js';
import { authOf, requireAuth } from '../auth/auth.hooks.js';
import { sessionAccess, stateOf, wasParticipant } from './live-sessions.policy.js';
import { SessionSocket } from './session-socket.js';

/**
 * GET /api/live-sessions/:sessionId/socket?since=seq — a session's numbered events
 * (shared/live-session/api.ts socketMessageSchema). Same origin, signed in, an active
 * member of the group present in the session (after the end: anyone who took part gets
 * the final state, then the socket closes).
 */
export const sessionSocketRoutes: FastifyPluginAsync<SocketRouteOptions> = async (app, { heartbeatMs, sameOrigin }) => {
  const connections = new Set<SessionSocket>();
  const heartbeat = setInterval(() => {
    for (const connection of connections) connection.beat(heartbeatMs);
  }, heartbeatMs);
  heartbeat.unref();
  app.addHook('onClose', async () => clearInterval(heartbeat));

  const parse = (request: { params: unknown; query: unknown }) => {
    const params = sessionParams.safeParse(request.params);
    if (!params.success) throw new Invalid('params.sessionId must be a session id', [{ field: 'params.sessionId', message: 'must be a session id' }]);
    const query = socketQuery.safeParse(request.query);
    if (!query.success) throw new Invalid('querystring.since must be a whole number of 0 or more', [{ field: 'querystring.since', message: 'must be a whole number of 0 or more' }]);
    return { sessionId: params.data.sessionId, since: query.data.since };
  };

  app.route({
    method: 'GET',
    url: '/api/live-sessions/:sessionId/socket',
    schema: { hide: true },
    onRequest: sameOrigin,
    preHandler: [
      requireAuth,
      async (request) => {
        const { sessionId } = parse(request);
        const { row } = await sessionAccess(app.ctx.db, sessionId, authOf(request).account.id);
        const state = stateOf(row);
        const accountId = authOf(request).account.id;
        if (row.status === 'running' ? !isPresent(state, accountId) : !wasParticipant(state, accountId)) {
          throw new Forbidden('Join the session first.', 'not_present');
        }
      },
    ],
    handler: (_request, reply) => sendError(reply, 426, 'upgrade_required', 'Connect to this address with a WebSocket.'),
    wsHandler: (socket, request) => {
      const { account, sessionId } = authOf(request);
      const { sessionId: liveSessionId, since } = parse(request);
      const token = request.cookies[SESSION_COOKIE] ?? '';
      const connection = new SessionSocket(socket, app.ctx, { accountId: account.id, sessionId, token }, liveSessionId, since, (closed) =>
        connections.delete(closed),
      );
      connections.add(connection);
    },
  });
};
