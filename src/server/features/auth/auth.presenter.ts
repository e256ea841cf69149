import type { SessionInfo } from '../../../shared/account.js';
import type { SessionRow } from '../../db/database.js';

export function presentSession(row: SessionRow, currentId: string): SessionInfo {
  return {
    id: row.id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    userAgent: row.user_agent,
    current: row.id === currentId,
  };
}
