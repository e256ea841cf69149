import { useCallback, useEffect, useRef, useState } from 'react';
import * as api from '../../api/live-sessions.js';
import { ApiError, SESSION_ENDED_EVENT } from '../../api/client.js';
import { applyMessage, newer, type Synced } from './session-store.js';
import { SessionSocket, type Connection } from './session-socket.js';

export type Stage =
  | { kind: 'loading' }
  | { kind: 'error'; error: ApiError }
  /** Not present (yet, or any more): the page offers to join. */
  | { kind: 'join'; left: boolean }
  | { kind: 'live'; view: api.SessionView };

export interface LiveSession {
  stage: Stage;
  synced: Synced | null;
  connection: Connection;
  reload: () => void;
  join: (mode: api.AttendMode) => Promise<void>;
  leave: () => Promise<void>;
  /** Sends one command; the change itself arrives as an event on the socket. Throws an ApiError. */
  send: (command: api.SessionCommandInput) => Promise<void>;
}

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e)));

/** One live session: its view over HTTP, then its events over the session socket, replayed in order. */
export function useLiveSession(sessionId: string): LiveSession {
  const [stage, setStage] = useState<Stage>({ kind: 'loading' });
  const [synced, setSyncedState] = useState<Synced | null>(null);
  const [connection, setConnection] = useState<Connection>('connecting');
  const syncedRef = useRef<Synced | null>(null);
  const connectionRef = useRef<Connection>('connecting');

  const setSynced = useCallback((next: Synced | null) => {
    syncedRef.current = next;
    setSyncedState(next);
  }, []);

  const adopt = useCallback(
    (view: api.SessionView) => {
      setSynced(newer(syncedRef.current, { state: view.state, seq: view.seq }));
      setStage({ kind: 'live', view });
    },
    [setSynced],
  );

  const load = useCallback(
    () =>
      api.fetchSession(sessionId).then(adopt, (e: unknown) => {
        const error = asApiError(e);
        if (error.status === 403 && error.code === 'not_present') setStage((s) => ({ kind: 'join', left: s.kind === 'join' && s.left }));
        // While live, a failed look (offline, a restart) keeps the screen: the socket catches up.
        else setStage((s) => (s.kind === 'live' && (error.status === 0 || error.status >= 500) ? s : { kind: 'error', error }));
      }),
    [adopt, sessionId],
  );

  // The page is keyed by session id: a new session starts from a fresh hook.
  useEffect(() => {
    void load();
  }, [load]);

  const running = stage.kind === 'live' && synced?.state.status === 'running';
  useEffect(() => {
    if (!running) return;
    const socket: SessionSocket = new SessionSocket(sessionId, () => syncedRef.current?.seq ?? null, {
      onMessage(message) {
        const { synced: next, gap } = applyMessage(syncedRef.current, message);
        if (next !== syncedRef.current) setSynced(next);
        if (gap) socket.resync();
      },
      onConnection(next) {
        connectionRef.current = next;
        setConnection(next);
      },
      onRefused() {
        void load();
      },
      onClosed(reason) {
        if (reason === 'signed_out') window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
        else void load();
      },
    });
    socket.start();
    return () => socket.stop();
  }, [running, sessionId, load, setSynced]);

  // Once the session ends, the view is fetched again: the scrubbed one, with whether I may give feedback.
  const endedHere = stage.kind === 'live' && stage.view.info.status === 'running' && synced?.state.status === 'ended';
  useEffect(() => {
    if (endedHere) void load();
  }, [endedHere, load]);

  const join = useCallback(async (mode: api.AttendMode) => adopt(await api.joinSession(sessionId, mode)), [adopt, sessionId]);
  const leave = useCallback(async () => {
    await api.leaveSession(sessionId);
    setStage({ kind: 'join', left: true });
  }, [sessionId]);
  const send = useCallback(
    async (command: api.SessionCommandInput) => {
      await api.sendCommand(sessionId, command);
      // Without a socket right now, the change would not arrive by itself: fetch it.
      if (connectionRef.current !== 'open') await load();
    },
    [load, sessionId],
  );
  const reload = useCallback(() => void load(), [load]);
  return { stage, synced, connection, reload, join, leave, send };
}
