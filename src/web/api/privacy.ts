import { apiRequest } from './client.js';

/** A read of the member's records by someone else (none until members can grant access). */
export interface AccessEvent {
  at: string;
  /** Null when the reader's account no longer exists. */
  actorName: string | null;
  scope: string;
  action: string;
}

export const EXPORT_URL = '/api/me/export.zip';
export const listAccessLog = () => apiRequest<{ events: AccessEvent[] }>('GET', '/api/me/access-log').then((r) => r.events);
