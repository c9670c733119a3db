import { useState } from 'react';
import { loadBank } from '../content/load-content';
import { EmbedSessionProvider } from '../store/embed-session-store';
import { createMemoryStorage } from '../store/guarded-storage';
import { QuizStoreProvider } from '../store/quiz-store';
import { EmbedRunner } from './embed-runner';
import type { EmbedParams } from './frame-messages';
import './embed.css';

/** The embed keeps its progress apart from the full site's. */
export const EMBED_STORAGE_KEY = 'rolefit-embed-quiz';

/** The frame's sessionStorage: partitioned per host site and gone when the tab closes. */
function getSessionStorage(): Storage | null {
  return window.sessionStorage;
}

export interface EmbedAppProps {
  params: EmbedParams;
  /** Where progress is kept; the frame's sessionStorage by default (tests pass their own). */
  getStorage?: () => Storage | null;
}

/**
 * The chrome-less quiz inside a host page's iframe, with its own store in sessionStorage, and beside
 * it what the frame remembers about the finished quiz (consent, `complete` sent) in the same storage.
 */
export function EmbedApp({ params, getStorage }: EmbedAppProps) {
  // persist="off": progress lives in memory only, and there is nothing to warn about.
  const [memory] = useState(() => createMemoryStorage());
  const storage = getStorage ?? (params.persist === 'off' ? () => memory : getSessionStorage);
  return (
    <QuizStoreProvider getStorage={storage} storageKey={EMBED_STORAGE_KEY}>
      <EmbedSessionProvider getStorage={storage}>
        <EmbedRunner params={params} prepared={loadBank()} />
      </EmbedSessionProvider>
    </QuizStoreProvider>
  );
}
