import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The WebSocket every signed-in app keeps open for live events (scaffold). */
export const liveRoutes: FastifyPluginAsyncZod = async () => {};
