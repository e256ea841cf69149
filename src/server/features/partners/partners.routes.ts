import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Accountability partnerships: requests, the shared page, nudges, the thread (scaffold). */
export const partnerRoutes: FastifyPluginAsyncZod = async () => {};
