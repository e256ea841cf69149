import { createContext, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionCommandInput, SessionView } from '../../api/live-sessions.js';
import type { SessionState } from '../../../shared/live-session/schema.js';
import { liveErrorMessage } from './live-errors.js';

export interface SessionContextValue {
  state: SessionState;
  info: SessionView['info'];
  me: SessionView['me'];
  send: (command: SessionCommandInput) => Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a live session');
  return value;
}

/** Sends commands from one control: busy while it goes, and what went wrong in calm words. */
export function useCommand() {
  const { t } = useTranslation();
  const { send } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(command: SessionCommandInput): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await send(command);
      return true;
    } catch (e) {
      setError(liveErrorMessage(e, t));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { run, busy, error, setError };
}

/** A person's name as this viewer reads it: "You" for themself. */
export function useNameOf() {
  const { t } = useTranslation();
  const { state, me } = useSession();
  return (accountId: string) =>
    accountId === me.accountId ? t('live.you') : (state.participants.find((p) => p.accountId === accountId)?.displayName ?? t('live.someone'));
}
