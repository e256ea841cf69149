import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../../src/server/features/notifications/notify.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../helpers/dialects.js';
import { STRONG_PASSWORD } from '../helpers/factories.js';
import { buildServerIfStale, HttpClient, startServer, urlOf, type ServerProcess } from '../helpers/server-process.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

const MAILS = 100;

// PostgreSQL only: it is the database several processes share (DESIGN.md). Without
// TEST_DATABASE_URL the run says so loudly (test/helpers/global-setup.ts).
describe.skipIf(!DIALECTS.includes('postgres'))('two server processes, one PostgreSQL, one queue', () => {
  let database: TestDatabase;
  let smtp: TestSmtp;
  let dataDir: string;
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    await buildServerIfStale();
    database = await createTestDatabase('postgres');
    smtp = await startSmtp();
    dataDir = mkdtempSync(path.join(tmpdir(), 'kindred-two-processes-'));
    const databaseUrl = await urlOf(database);
    servers = await Promise.all(
      [1, 2].map((n) => startServer({ dataDir: path.join(dataDir, String(n)), databaseUrl, smtpUrl: smtp.url, runWorker: true, jobPollMs: 50 })),
    );
  }, 300_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill()));
    await database?.destroy();
    await smtp?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`send ${MAILS} e-mail notifications between them, each exactly once`, async () => {
    const recipients: string[] = [];
    for (let i = 0; i < 4; i++) {
      const client = new HttpClient(servers[i % 2]!.url);
      const signup = await client.request<{ id: string }>('POST', '/api/auth/signup', { username: `recipient_${i}_${process.pid}`, password: STRONG_PASSWORD, email: `recipient${i}@example.org` });
      expect(signup.status).toBe(201);
      recipients.push(signup.json.id);
    }
    // All committed at once, so both processes' polls find work waiting.
    const ids = await database.db.transaction().execute(async (trx) => {
      const out: string[] = [];
      for (let i = 0; i < MAILS; i++) out.push(await notify(trx, { accountId: recipients[i % recipients.length]!, kind: 'reminder.checkin' }));
      return out;
    });

    await smtp.waitFor(MAILS, 30_000);
    const emailJobs = () => database.db.selectFrom('jobs').select(['status', 'attempts', 'locked_by']).where('kind', '=', 'notification.email').execute();
    // Every job recorded done (the mail arrives a moment before that), then nothing more came.
    const deadline = Date.now() + 15_000;
    while ((await emailJobs()).some((j) => j.status !== 'done') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    const jobs = await emailJobs();
    expect(jobs).toHaveLength(MAILS);
    expect(jobs.every((j) => j.status === 'done' && j.attempts === 1)).toBe(true);

    const messageIds = smtp.messages.map((m) => m.messageId);
    expect(smtp.messages).toHaveLength(MAILS);
    expect(new Set(messageIds).size).toBe(MAILS);
    // Each notification's mail, by its Message-ID.
    expect(ids.every((id) => messageIds.some((m) => m?.startsWith(`<${id}@`)))).toBe(true);
    // Both processes took part: the point is that they competed for the same rows.
    expect(new Set(jobs.map((j) => j.locked_by)).size).toBe(2);
  }, 60_000);
});
