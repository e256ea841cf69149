import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../src/server/mail/mailer.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../helpers/dialects.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

const FROM = 'Kindred <kindred@recovery.example.org>';

for (const dialect of DIALECTS) {
  describe(`mailer [${dialect}]`, () => {
    let database: TestDatabase;
    let smtp: TestSmtp;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      smtp = await startSmtp();
    });
    afterAll(async () => {
      await smtp.close();
      await database.destroy();
    });

    it('keeps mail in the outbox without SMTP_URL, a resend with the same message id once', async () => {
      const mailer = createMailer(database.db, undefined, FROM);
      expect(mailer).toMatchObject({ kind: 'outbox', destination: 'outbox' });
      const mail = { to: 'sam@example.org', subject: 'Your partner is reaching out', text: 'Open Kindred to answer.', messageId: 'notification-1' };
      await mailer.send(mail);
      await mailer.send(mail);
      await mailer.send({ to: 'ana@example.org', subject: 'Check-in reminder', text: 'How is today going?' });
      const rows = await database.db.selectFrom('mail_outbox').selectAll().orderBy('to_address').execute();
      expect(rows.map((r) => ({ to: r.to_address, subject: r.subject, text: r.text_body }))).toEqual([
        { to: 'ana@example.org', subject: 'Check-in reminder', text: 'How is today going?' },
        { to: 'sam@example.org', subject: 'Your partner is reaching out', text: 'Open Kindred to answer.' },
      ]);
      expect(rows.find((r) => r.to_address === 'sam@example.org')!.id).toBe('notification-1');
      mailer.close();
    });

    it('delivers through pooled SMTP with the sender, and a Message-ID made from the given id', async () => {
      const mailer = createMailer(database.db, smtp.url, FROM, { maxConnections: 3 });
      expect(mailer).toMatchObject({ kind: 'smtp', destination: new URL(smtp.url).host });
      const before = smtp.messages.length;
      await Promise.all(
        Array.from({ length: 12 }, (_, i) => mailer.send({ to: `member${i}@example.org`, subject: `Hello ${i}`, text: `Body ${i}`, messageId: `n-${i}` })),
      );
      const received = (await smtp.waitFor(before + 12)).slice(before);
      mailer.close();
      expect(received).toHaveLength(12);
      const third = received.find((m) => m.subject === 'Hello 3')!;
      expect(third).toMatchObject({ to: ['member3@example.org'], from: 'kindred@recovery.example.org', text: 'Body 3\n', messageId: '<n-3@recovery.example.org>' });
      expect(new Set(received.map((m) => m.messageId)).size).toBe(12);
      // Nothing went to the outbox.
      expect(await database.db.selectFrom('mail_outbox').select('id').where('to_address', 'like', 'member%').execute()).toEqual([]);
    });

    it('fails the send (so the job retries) when the SMTP server cannot be reached', async () => {
      const mailer = createMailer(database.db, 'smtp://127.0.0.1:1', FROM);
      await expect(mailer.send({ to: 'sam@example.org', subject: 's', text: 't' })).rejects.toThrow();
      mailer.close();
    });
  });
}
