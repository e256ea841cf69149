import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The admin's mail outbox, used when no SMTP server is configured (scaffold). */
export const outboxRoutes: FastifyPluginAsyncZod = async () => {};
