import { createContext, useContext, useEffect, useEffectEvent, useMemo, type ReactNode } from 'react';
import type { LiveEvent, LiveEventOf, LiveEventType } from '../../shared/live-events.js';
import { SESSION_ENDED_EVENT } from '../api/client.js';
import { useAccount } from '../auth/account-context.js';
import { LiveSocket, liveUrl } from './live-socket.js';

type Handler = (event: LiveEvent) => void;

interface Live {
  subscribe(type: LiveEventType, handler: Handler): () => void;
  /** Hands an event to this app's subscribers only (e.g. after reading here, before the server says so). */
  emit(event: LiveEvent): void;
}

const LiveContext = createContext<Live | null>(null);

/** Keeps the live socket open while someone is signed in and hands its events to subscribers. */
export function LiveProvider({ children }: { children: ReactNode }) {
  const { account } = useAccount();
  const accountId = account?.id;
  const live = useMemo<Live>(() => {
    const handlers = new Map<LiveEventType, Set<Handler>>();
    return {
      subscribe(type, handler) {
        let set = handlers.get(type);
        if (!set) handlers.set(type, (set = new Set()));
        set.add(handler);
        return () => set.delete(handler);
      },
      emit(event) {
        for (const handler of handlers.get(event.type) ?? []) handler(event);
      },
    };
  }, []);

  useEffect(() => {
    if (!accountId) return;
    const socket = new LiveSocket(liveUrl(), {
      onEvent: live.emit,
      onSessionEnded: () => window.dispatchEvent(new Event(SESSION_ENDED_EVENT)),
    });
    socket.start();
    return () => socket.stop();
  }, [accountId, live]);

  return <LiveContext.Provider value={live}>{children}</LiveContext.Provider>;
}

/** Calls `handler` for each live event of the type (nothing while signed out). */
export function useLiveEvent<T extends LiveEventType>(type: T, handler: (event: LiveEventOf<T>) => void): void {
  const live = useContext(LiveContext);
  const onEvent = useEffectEvent((event: LiveEvent) => handler(event as LiveEventOf<T>));
  useEffect(() => live?.subscribe(type, (event) => onEvent(event)), [live, type]);
}

/** Hands an event to this app's own subscribers (see Live.emit). */
export function useLiveEmit(): (event: LiveEvent) => void {
  const live = useContext(LiveContext);
  return live ? live.emit : noop;
}

const noop = () => {};
