import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Account } from '../../shared/account.js';
import * as api from '../api/account.js';
import { ApiError, SESSION_ENDED_EVENT } from '../api/client.js';
import { setLocale } from '../i18n/index.js';
import { forgetPersonalData } from '../pwa/service-worker.js';

/** `undefined` while we ask the server who is signed in; `null` when nobody is. */
export type AccountState = Account | null | undefined;

/** Why the member just left, so the landing page can say goodbye kindly. */
export type Farewell = 'loggedOut' | 'deleted';

interface AccountContextValue {
  account: AccountState;
  /** Stores the account the server just returned (signup, login, profile edit). */
  signedIn: (account: Account) => void;
  /** Forgets the account locally (after logout, account deletion, or a 401). */
  signedOut: (farewell?: Farewell) => void;
  farewell: Farewell | null;
  /** The network failure that kept us from learning who is signed in, if any. */
  loadError: ApiError | null;
  retry: () => void;
}

const AccountContext = createContext<AccountContextValue | null>(null);

export function AccountProvider({ children }: { children: ReactNode }) {
  const [account, setAccount] = useState<AccountState>(undefined);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [farewell, setFarewell] = useState<Farewell | null>(null);

  useEffect(() => {
    let cancelled = false;
    api.fetchMe().then(
      (me) => {
        if (cancelled) return;
        void setLocale(me.locale, false);
        setAccount(me);
        setLoadError(null);
      },
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 401) {
          setAccount(null);
          setLoadError(null);
        } else {
          setLoadError(error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error)));
          setAccount(null);
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  useEffect(() => {
    const onSessionEnded = () => {
      forgetPersonalData();
      setAccount((current) => (current ? null : current));
    };
    window.addEventListener(SESSION_ENDED_EVENT, onSessionEnded);
    return () => window.removeEventListener(SESSION_ENDED_EVENT, onSessionEnded);
  }, []);

  const signedIn = useCallback((next: Account) => {
    void setLocale(next.locale, true);
    setFarewell(null);
    setAccount(next);
  }, []);
  const signedOut = useCallback((reason?: Farewell) => {
    // Nothing personal (the safety plan) stays on a shared phone.
    forgetPersonalData();
    setFarewell(reason ?? null);
    setAccount(null);
  }, []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const value = useMemo(
    () => ({ account, signedIn, signedOut, farewell, loadError, retry }),
    [account, signedIn, signedOut, farewell, loadError, retry],
  );
  return <AccountContext.Provider value={value}>{children}</AccountContext.Provider>;
}

export function useAccount(): AccountContextValue {
  const value = useContext(AccountContext);
  if (!value) throw new Error('useAccount must be used inside <AccountProvider>');
  return value;
}
