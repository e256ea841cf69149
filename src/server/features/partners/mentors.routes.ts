import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Mentor profiles, approvals by the core team, suggestions and requests (scaffold). */
export const mentorRoutes: FastifyPluginAsyncZod = async () => {};
