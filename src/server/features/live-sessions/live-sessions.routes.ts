import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/**
 * Live sessions (shared/live-session): the core team starts one for an occurrence, members
 * join (attendance), commands go over HTTP, numbered events come back on the session socket.
 */
export const liveSessionRoutes: FastifyPluginAsyncZod = async () => {};
