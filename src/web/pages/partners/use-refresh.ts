import { useEffect } from 'react';

/**
 * Runs `refresh` when the tab comes back into view and every `everyMs` while it is visible.
 * Live events (a WebSocket) make this faster when the app has them; this keeps an open
 * page current without them.
 */
export function useRefresh(refresh: () => void, everyMs = 20_000) {
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    const timer = window.setInterval(onVisible, everyMs);
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh, everyMs]);
}
