import { createContext, use, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import {
  EMBED_SESSION_VERSION,
  rememberCompleteSent,
  rememberConsent,
  restoreEmbedSession,
  type EmbedSession,
  type ScoreConsent,
} from '../domain/embed-session';
import { createGuardedStorage } from './guarded-storage';
import { persistStore } from './persist-store';

/** The key the embed's session record lives under, in the frame's storage. */
export const EMBED_SESSION_KEY = 'rolefit-embed-session';

interface EmbedSessionActions {
  /** The taker answered "Share your scores with <host>?" for this quiz. */
  chooseConsent: (quiz: string, host: string, consent: ScoreConsent) => void;
  /** The frame told this host that this quiz is finished (`complete`). */
  reportComplete: (quiz: string, host: string) => void;
  /** The taker (or the host's `reset()`) cleared the quiz: forget this record too. */
  forgetSession: () => void;
}

interface EmbedSessionState {
  session: EmbedSession | null;
  actions: EmbedSessionActions;
}

export interface EmbedSessionInit {
  /** The frame's storage (its sessionStorage, or memory); return null, or throw, where unavailable. */
  getStorage: () => Storage | null;
}

/**
 * The embed's session record, persisted through the guarded storage. Where storage is denied it lives
 * in memory for this page only, so after a reload the taker is simply asked again.
 */
export function createEmbedSessionStore({
  getStorage,
}: EmbedSessionInit): StoreApi<EmbedSessionState> {
  const store = createStore<EmbedSessionState>()((set) => ({
    session: null,
    actions: {
      chooseConsent: (quiz, host, consent) => {
        set((s) => ({ session: rememberConsent(s.session, quiz, host, consent) }));
      },
      reportComplete: (quiz, host) => {
        set((s) => ({ session: rememberCompleteSent(s.session, quiz, host) }));
      },
      forgetSession: () => {
        persisted.clear({ session: null });
      },
    },
  }));
  const persisted = persistStore(store, {
    // The quiz store already tells the taker when storage is blocked; not reported a second time.
    storage: createGuardedStorage(getStorage, () => {}),
    name: EMBED_SESSION_KEY,
    version: EMBED_SESSION_VERSION,
    save: (s) => ({ session: s.session }),
    restore: (saved, version) => {
      const session = restoreEmbedSession(
        typeof saved === 'object' && saved !== null ? Reflect.get(saved, 'session') : null,
        version,
      );
      return session === null ? null : { session };
    },
  });
  return store;
}

const EmbedSessionContext = createContext<StoreApi<EmbedSessionState> | null>(null);

/** Gives the embed frame its session record (one store per provider). */
export function EmbedSessionProvider({
  children,
  ...init
}: EmbedSessionInit & { children: ReactNode }) {
  const [store] = useState(() => createEmbedSessionStore(init));
  return <EmbedSessionContext value={store}>{children}</EmbedSessionContext>;
}

function useEmbedSessionStore<T>(selector: (state: EmbedSessionState) => T): T {
  const store = use(EmbedSessionContext);
  if (!store) throw new Error('useEmbedSessionStore must be used inside <EmbedSessionProvider>');
  return useStore(store, selector);
}

/** The remembered consent and `complete` for the current quiz and host, or null. */
export const useEmbedSession = () => useEmbedSessionStore((s) => s.session);
export const useEmbedSessionActions = () => useEmbedSessionStore((s) => s.actions);
