import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { connect } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { deleteExpiredSessions } from './features/auth/sessions.repository.js';
import { endIdleSessions } from './features/live-sessions/live-sessions.service.js';
import { deleteFinishedJobs } from './jobs/queue.js';

declare const KINDRED_VERSION: string;

/** Runtime only: config, migrate, listen, graceful shutdown. */
async function main() {
  const config = loadConfig();
  const connection = connect(config.database);
  await migrateToLatest(connection.db);
  if (process.argv.includes('--migrate-only')) {
    await connection.close();
    process.stdout.write(`Kindred: ${connection.dialect} database is up to date.\n`);
    return;
  }

  const here = path.dirname(fileURLToPath(import.meta.url));
  const app = await buildApp({
    config,
    connection,
    webRoot: path.resolve(here, '../web'),
    version: typeof KINDRED_VERSION === 'string' ? KINDRED_VERSION : 'dev',
  });

  const sweep = setInterval(() => {
    deleteExpiredSessions(connection.db, new Date().toISOString()).catch((err: unknown) =>
      app.log.warn({ err: { message: String(err) } }, 'session sweep failed'),
    );
    // Finished jobs are kept 30 days to look into, then go.
    deleteFinishedJobs(connection.db, new Date(Date.now() - 30 * 86_400_000)).catch((err: unknown) =>
      app.log.warn({ err: { message: String(err) } }, 'job sweep failed'),
    );
    // Live sessions nobody ended close by themselves, so what was said in them goes.
    endIdleSessions(app.ctx, new Date()).catch((err: unknown) =>
      app.log.warn({ err: { message: String(err) } }, 'idle live-session sweep failed'),
    );
  }, 60 * 60 * 1000);
  sweep.unref();

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    clearInterval(sweep);
    await app.close();
    await connection.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
  const { mailer } = app.ctx;
  app.log.info(
    { mail: mailer.destination, worker: config.runWorker },
    mailer.kind === 'smtp'
      ? `mail goes out through SMTP at ${mailer.destination}`
      : 'no SMTP_URL: mail is kept in the outbox, readable by the instance admin at /admin/outbox',
  );
  const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL';
  process.stdout.write(`Kindred is running at ${config.publicUrl} (data: ${where})\n`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`Kindred could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  process.exit(1);
});
