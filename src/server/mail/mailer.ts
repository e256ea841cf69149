import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { DB } from '../db/database.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** A stable id (e.g. the notification's), so a retried send is recognisable as the same mail. */
  messageId?: string;
}

export interface Mailer {
  /** 'smtp' sends; 'outbox' keeps the mail in the database for the admin to read. */
  readonly kind: 'smtp' | 'outbox';
  send(mail: Mail): Promise<void>;
  close(): void;
}

/**
 * SMTP when SMTP_URL is set (nodemailer, pooled connections); otherwise the outbox table,
 * which the admin reads in the app (the start-up log says so).
 */
export function createMailer(db: DB, smtpUrl: string | undefined, from: string): Mailer {
  if (!smtpUrl) {
    return {
      kind: 'outbox',
      async send(mail) {
        await db
          .insertInto('mail_outbox')
          .values({ id: randomUUID(), to_address: mail.to, subject: mail.subject, text_body: mail.text, created_at: new Date().toISOString() })
          .execute();
      },
      close() {},
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    kind: 'smtp',
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.messageId && { messageId: `<${mail.messageId}@kindred>` }),
      });
    },
    close: () => transport.close(),
  };
}
