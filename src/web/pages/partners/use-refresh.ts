import { useEffect } from 'react';

/**
 * Runs `refresh` when the tab comes back into view: live events cover an open page, and
 * this covers what happened while the phone was asleep or the socket was away.
 */
export function useRefreshOnReturn(refresh: () => void) {
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);
}
