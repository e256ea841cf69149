import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The member's safety plan, versioned (scaffold). */
export const safetyPlanRoutes: FastifyPluginAsyncZod = async () => {};
