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
  /** Where mail goes, for the start-up log: the SMTP host and port (never credentials), or 'outbox'. */
  readonly destination: string;
  send(mail: Mail): Promise<void>;
  close(): void;
}

export interface MailerOptions {
  /** Open SMTP connections kept for reuse; jobs send in parallel over them. */
  maxConnections?: number;
}

/**
 * SMTP when SMTP_URL is set (nodemailer, pooled connections); otherwise the outbox table,
 * which the admin reads in the app (the start-up log says so).
 */
export function createMailer(db: DB, smtpUrl: string | undefined, from: string, options: MailerOptions = {}): Mailer {
  if (!smtpUrl) return outboxMailer(db);
  // Message-IDs need a domain: the sender's, so they look like the instance's own.
  const domain = /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'kindred.invalid';
  const transport = nodemailer.createTransport(
    {
      url: smtpUrl,
      pool: true,
      maxConnections: options.maxConnections ?? 4,
      // A send gives up well within a job's lease (JOB_LEASE_SECONDS, 60 by default), so a
      // stalled server fails the attempt (retried later) rather than outliving the claim.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    },
    { from },
  );
  return {
    kind: 'smtp',
    destination: new URL(smtpUrl).host,
    async send(mail) {
      await transport.sendMail({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.messageId && { messageId: `<${mail.messageId}@${domain}>` }),
      });
    },
    close: () => transport.close(),
  };
}

function outboxMailer(db: DB): Mailer {
  return {
    kind: 'outbox',
    destination: 'outbox',
    async send(mail) {
      await db
        .insertInto('mail_outbox')
        .values({
          // The message id keys the row, so a retried send is kept once.
          id: mail.messageId ?? randomUUID(),
          to_address: mail.to,
          subject: mail.subject,
          text_body: mail.text,
          created_at: new Date().toISOString(),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    },
    close() {},
  };
}
