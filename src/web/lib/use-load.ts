import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | null;
  reload: () => void;
  /** Replace the data locally, e.g. with what a save returned. */
  setData: (data: T) => void;
}

/** Runs `load` when `key` changes (and on reload); ignores answers that arrive too late. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    load().then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(null);
      },
      (e: unknown) => {
        if (current) setError(e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e)));
      },
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` says when it asks something new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, reload, setData };
}
