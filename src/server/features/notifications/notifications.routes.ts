import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The notification centre, preferences and quiet hours (scaffold). */
export const notificationRoutes: FastifyPluginAsyncZod = async () => {};
