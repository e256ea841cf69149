import { useEffect } from 'react';
import { useLiveEvent } from '../../live/live-context.js';

/** A slow safety net under the live events: a dropped socket must not hide an answer for long. */
const POLL_MS = 10_000;

/** Calls `refresh` when an answer to this SOS arrives live, or the member says they are OK, on reconnect, and now and then while `active`. */
export function useSosUpdates(sosId: string | undefined, active: boolean, refresh: () => void): void {
  useLiveEvent('sos.response', (event) => {
    if (event.sosId === sosId) refresh();
  });
  useLiveEvent('sos.resolved', (event) => {
    if (event.sosId === sosId) refresh();
  });
  useLiveEvent('hello', refresh);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [active, refresh]);
}
