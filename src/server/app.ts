import { createSecretKey } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import type { Connection } from './db/connect.js';
import { accountRoutes } from './features/accounts/accounts.routes.js';
import { authRoutes } from './features/auth/auth.routes.js';
import { checkinRoutes } from './features/checkins/checkins.routes.js';
import { cravingRoutes } from './features/cravings/cravings.routes.js';
import { feedRoutes } from './features/feeds/feeds.routes.js';
import { celebrationRoutes } from './features/goals/celebrations.routes.js';
import { goalRoutes } from './features/goals/goals.routes.js';
import { groupRoutes } from './features/groups/groups.routes.js';
import { meetingRoutes } from './features/meetings/meetings.routes.js';
import { privacyRoutes } from './features/privacy/privacy.routes.js';
import { signalRoutes } from './features/signals/signals.routes.js';
import { grantRoutes } from './features/grants/grants.routes.js';
import { outboxRoutes } from './features/mail/outbox.routes.js';
import { notificationRoutes } from './features/notifications/notifications.routes.js';
import { mentorRoutes } from './features/partners/mentors.routes.js';
import { partnerRoutes } from './features/partners/partners.routes.js';
import { reminderRoutes } from './features/reminders/reminders.routes.js';
import { safetyPlanRoutes } from './features/safety/safety-plan.routes.js';
import { sosRoutes } from './features/safety/sos.routes.js';
import { liveSessionRoutes } from './features/live-sessions/live-sessions.routes.js';
import { sessionSocketRoutes } from './features/live-sessions/session-socket.routes.js';
import { liveRoutes } from './realtime/live.routes.js';
import { registerCsrf } from './http/csrf.js';
import { registerErrorHandler } from './http/error-handler.js';
import { registerHealth } from './http/health.js';
import { registerOpenApi, registerOpenApiRoute } from './http/openapi.js';
import { RateLimiter } from './http/rate-limit.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerWeb } from './http/web.js';
import { Worker } from './jobs/worker.js';
import { loggerOptions } from './logger.js';
import { createMailer } from './mail/mailer.js';
import { createHub } from './realtime/create-hub.js';

export interface BuildOptions {
  config: Config;
  connection: Connection;
  /** Folder of the built web app (dist/web); omitted in API tests. */
  webRoot?: string;
  logger?: FastifyServerOptions['logger'];
  version?: string;
  /** How often live sockets are pinged and their sessions checked (tests shorten it). */
  liveHeartbeatMs?: number;
  /** What time it is for notification deliveries (quiet hours); tests set it. */
  clock?: () => Date;
}

/** Builds the whole app: plugins first, then features. Never listens. */
export async function buildApp({ config, connection, webRoot, logger, version = '0.0.0', liveHeartbeatMs, clock }: BuildOptions) {
  const app = Fastify({
    logger: logger ?? loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    bodyLimit: 64 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const secret = createSecretKey(Buffer.from(config.secretKey));
  const ctx: AppContext = {
    config,
    db: connection.db,
    dialect: connection.dialect,
    secret,
    limiter: new RateLimiter(connection.db, secret),
    worker: new Worker(connection.db, connection.dialect, {
      pollMs: config.jobPollMs,
      leaseMs: config.jobLeaseMs,
      // The error's message only: job payloads and mail contents stay out of the log.
      onError: (err, job) => app.log.warn({ job: job.kind, attempt: job.attempt, err: { message: String(err) } }, 'job failed'),
    }),
    hub: createHub(connection, app.log),
    mailer: createMailer(connection.db, config.smtpUrl, config.mailFrom),
  };
  app.decorate('ctx', ctx);
  app.addHook('onReady', async () => ctx.hub.start());
  if (config.runWorker) app.addHook('onReady', async () => ctx.worker.start());
  app.addHook('onClose', async () => {
    await ctx.worker.stop();
    await ctx.hub.close();
    ctx.mailer.close();
  });
  app.decorateRequest('auth', null);

  registerErrorHandler(app);
  registerSecurityHeaders(app, config.secureCookies);
  await app.register(cookie);
  registerCsrf(app, config.publicOrigin);
  await registerOpenApi(app, version);

  registerHealth(app);
  registerOpenApiRoute(app);
  await app.register(authRoutes);
  await app.register(accountRoutes);
  await app.register(groupRoutes);
  await app.register(meetingRoutes);
  await app.register(feedRoutes);
  await app.register(checkinRoutes);
  await app.register(goalRoutes);
  await app.register(celebrationRoutes);
  await app.register(privacyRoutes);
  await app.register(signalRoutes);
  await app.register(cravingRoutes);
  await app.register(grantRoutes);
  await app.register(notificationRoutes, { clock });
  await app.register(liveRoutes, { heartbeatMs: liveHeartbeatMs, sockets: [sessionSocketRoutes] });
  await app.register(outboxRoutes);
  await app.register(partnerRoutes);
  await app.register(mentorRoutes);
  await app.register(safetyPlanRoutes);
  await app.register(sosRoutes);
  await app.register(reminderRoutes);
  await app.register(liveSessionRoutes);

  await registerWeb(app, webRoot);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
