import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const feedRoutes: FastifyPluginAsyncZod = async () => {};
