import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** I need support now: SOS alerts and responses (scaffold). */
export const sosRoutes: FastifyPluginAsyncZod = async () => {};
