import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Connection } from '../../src/server/db/connect.js';
import type { DialectName } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { createTestDatabase, DIALECTS } from '../helpers/dialects.js';
import { buildServerIfStale, startServer, urlOf, type ServerOptions, type ServerProcess } from '../helpers/server-process.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';
import { sendSos, sosPair, type Person } from './sos-pair.js';

/** The e-mail job of the SOS notification addressed to `recipient`. */
async function sosEmailJob(db: Connection['db'], recipient: Person) {
  const notification = await db.selectFrom('notifications').select('id').where('account_id', '=', recipient.id).where('kind', '=', 'sos.alert').executeTakeFirstOrThrow();
  const job = await db.selectFrom('jobs').selectAll().where('dedupe_key', '=', `email:${notification.id}`).executeTakeFirstOrThrow();
  return { notificationId: notification.id, job };
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** An SMTP server that accepts connections and never answers: a send to it hangs. */
async function silentSmtp(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

for (const dialect of DIALECTS) {
  describe(`an SOS e-mail survives a killed process [${dialect}]`, () => {
    let smtp: TestSmtp;
    let dataDir: string;
    let db: Connection;
    let destroy: () => Promise<void>;
    let databaseUrl: string | undefined;
    const servers: ServerProcess[] = [];
    const start = async (options: Omit<ServerOptions, 'dataDir' | 'databaseUrl'>) => {
      const server = await startServer({ dataDir, databaseUrl, ...options });
      servers.push(server);
      return server;
    };

    beforeAll(async () => {
      await buildServerIfStale();
      smtp = await startSmtp();
      dataDir = mkdtempSync(path.join(tmpdir(), `kindred-durability-${dialect}-`));
      ({ db, destroy, databaseUrl } = await openDatabase(dialect, dataDir));
    }, 300_000);
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.kill()));
      await destroy?.();
      await smtp?.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('queued by a process killed before sending: the next process sends it, once', async () => {
      // A serves the app but runs no jobs: the alert and its e-mail job are only committed.
      const a = await start({ runWorker: false });
      const { member, partner } = await sosPair(a.url);
      await sendSos(member);
      const before = await sosEmailJob(db.db, partner);
      expect(before.job).toMatchObject({ status: 'queued', attempts: 0 });
      await a.kill('SIGKILL');

      const b = await start({ runWorker: true, smtpUrl: smtp.url });
      const [mail] = await smtp.waitFor(1);
      expect(mail).toMatchObject({ to: [partner.email], messageId: expect.stringContaining(before.notificationId) });

      // A later job, queued after the first was sent: once its mail is in, a second copy of
      // the first would have come too.
      const sosId = (await partner.client.on(b.url).request<Array<{ id: string }>>('GET', '/api/sos/active')).json[0]!.id;
      expect((await partner.client.on(b.url).request('POST', `/api/sos/${sosId}/responses`, { response: 'here' })).status).toBe(200);
      const mails = await smtp.waitFor(2);
      expect(mails.map((m) => m.to[0])).toEqual([partner.email, member.email]);
      // The SMTP server has the mail a moment before the worker records the job done.
      await until(async () => (await sosEmailJob(db.db, partner)).job.status === 'done', 'the job done');
      expect((await sosEmailJob(db.db, partner)).job).toMatchObject({ status: 'done', attempts: 1 });
      await b.stop();
      expect(smtp.messages).toHaveLength(2);
    }, 60_000);

    it('claimed by a process killed mid-send: the next process sends it after the lease, once', async () => {
      const silent = await silentSmtp();
      smtp.messages.length = 0;
      try {
        // B claims the job at once and hangs talking to an SMTP server that never answers.
        const b = await start({ runWorker: true, smtpUrl: silent.url, jobLeaseSeconds: 2 });
        const { member, partner } = await sosPair(b.url);
        await sendSos(member);
        await until(async () => (await sosEmailJob(db.db, partner)).job.attempts === 1, 'the first claim');
        const claimed = (await sosEmailJob(db.db, partner)).job;
        expect(claimed).toMatchObject({ status: 'queued', locked_by: expect.any(String) });
        await b.kill('SIGKILL');

        const c = await start({ runWorker: true, smtpUrl: smtp.url, jobLeaseSeconds: 2 });
        const [mail] = await smtp.waitFor(1, 15_000);
        expect(mail!.to).toEqual([partner.email]);
        await until(async () => (await sosEmailJob(db.db, partner)).job.status === 'done', 'the job done');
        const after = await sosEmailJob(db.db, partner);
        expect(after.job).toMatchObject({ status: 'done', attempts: 2 });
        expect(after.job.locked_by).not.toBe(claimed.locked_by);
        // A later job proves nothing else was on its way (the member hears the partner's answer).
        const sosId = (await partner.client.on(c.url).request<Array<{ id: string }>>('GET', '/api/sos/active')).json[0]!.id;
        await partner.client.on(c.url).request('POST', `/api/sos/${sosId}/responses`, { response: 'calling' });
        await smtp.waitFor(2);
        await c.stop();
        expect(smtp.messages.map((m) => m.to[0])).toEqual([partner.email, member.email]);
      } finally {
        await silent.close();
      }
    }, 60_000);
  });
}

/** The test's own connection to the database the processes share. */
async function openDatabase(dialect: DialectName, dataDir: string) {
  if (dialect === 'postgres') {
    const database = await createTestDatabase('postgres');
    return { db: database as Connection, destroy: database.destroy, databaseUrl: await urlOf(database) };
  }
  // SQLite: the processes share DATA_DIR/kindred.sqlite; migrated here first, as the first process would.
  const connection = connect({ kind: 'sqlite', file: path.join(dataDir, 'kindred.sqlite') });
  await migrateToLatest(connection.db);
  return { db: connection, destroy: connection.close, databaseUrl: undefined };
}
