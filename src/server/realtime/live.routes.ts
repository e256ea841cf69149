import websocket from '@fastify/websocket';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { Forbidden } from '../errors.js';
import { authOf, requireAuth } from '../features/auth/auth.hooks.js';
import { sendError } from '../http/error-handler.js';
import { SESSION_COOKIE } from '../http/session-cookie.js';
import { LiveConnection } from './live-connection.js';

export interface LiveRouteOptions {
  /** How often every socket is pinged and its session checked. */
  heartbeatMs?: number;
  /** Features' own socket routes, registered beside /api/live so they share its WebSocket server. */
  sockets?: Array<FastifyPluginAsync<SocketRouteOptions>>;
}

export interface SocketRouteOptions {
  heartbeatMs: number;
  /** Rejects a request from another site (403 cross_origin); use as the route's onRequest. */
  sameOrigin: (request: FastifyRequest) => Promise<void>;
}

/**
 * GET /api/live: the WebSocket every signed-in app keeps open for live events
 * (shared/live-events.ts). Only a signed-in session, and only from our own origin: a
 * browser sends its cookies with a WebSocket from any site, so the Origin is what tells a
 * cross-site hijack apart (403).
 */
export const liveRoutes: FastifyPluginAsync<LiveRouteOptions> = async (app, { heartbeatMs = 25_000, sockets = [] }) => {
  await app.register(websocket, { options: { maxPayload: 1024 } });
  const connections = new Set<LiveConnection>();
  const heartbeat = setInterval(() => {
    for (const connection of connections) connection.beat(heartbeatMs);
  }, heartbeatMs);
  heartbeat.unref();
  app.addHook('onClose', async () => clearInterval(heartbeat));

  const sameOrigin = async (request: FastifyRequest) => {
    if (request.headers.origin !== app.ctx.config.publicOrigin) {
      throw new Forbidden('Live updates are only for Kindred itself.', 'cross_origin');
    }
  };

  app.route({
    method: 'GET',
    url: '/api/live',
    schema: { hide: true },
    onRequest: sameOrigin,
    preHandler: requireAuth,
    handler: (_request, reply) => sendError(reply, 426, 'upgrade_required', 'Connect to this address with a WebSocket.'),
    wsHandler: (socket, request) => {
      const { account, sessionId } = authOf(request);
      const token = request.cookies[SESSION_COOKIE] ?? '';
      const connection = new LiveConnection(socket, app.ctx, { accountId: account.id, sessionId, token }, (closed) =>
        connections.delete(closed),
      );
      connections.add(connection);
    },
  });

  for (const plugin of sockets) await app.register(plugin, { heartbeatMs, sameOrigin });
};
