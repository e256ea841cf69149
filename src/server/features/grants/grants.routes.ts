import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Consent grants and what a member shares (scaffold: filled in by issue 5 work). */
export const grantRoutes: FastifyPluginAsyncZod = async () => {};
