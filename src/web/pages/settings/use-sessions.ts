import { useCallback, useEffect, useState } from 'react';
import type { SessionInfo } from '../../../shared/account.js';
import * as api from '../../api/account.js';

/** The member's sessions, newest activity first, with a way to revoke one. */
export function useSessions() {
  const [sessions, setSessions] = useState<SessionInfo[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    api.listSessions().then(
      (list) => {
        if (cancelled) return;
        setSessions([...list].sort((a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt)));
        setError(null);
      },
      (e: unknown) => {
        if (!cancelled) setError(e);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [version]);

  const revoke = useCallback(async (id: string) => {
    await api.revokeSession(id);
    setSessions((list) => list?.filter((s) => s.id !== id) ?? null);
  }, []);
  const reload = useCallback(() => setVersion((n) => n + 1), []);

  return { sessions, error, revoke, reload };
}
