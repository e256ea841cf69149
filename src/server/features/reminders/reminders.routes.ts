import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Check-in reminders and high-risk windows (scaffold). */
export const reminderRoutes: FastifyPluginAsyncZod = async () => {};
