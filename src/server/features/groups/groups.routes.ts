import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const groupRoutes: FastifyPluginAsyncZod = async () => {};
