import { apiRequest } from './client.js';

/** A mail Kindred kept instead of sending it (no SMTP server configured). */
export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

export interface OutboxPage {
  mails: OutboxMail[];
  /** The cursor of the next (older) page; null on the last. */
  next: string | null;
}

export const listOutbox = (before?: string) =>
  apiRequest<OutboxPage>('GET', `/api/admin/outbox${before ? `?before=${encodeURIComponent(before)}` : ''}`);
