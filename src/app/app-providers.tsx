import type { ReactNode } from 'react';
import { QuizStoreProvider } from '../store/quiz-store';

/** The browser's localStorage, or null where there is none (prerender) or it is blocked. */
function getLocalStorage(): Storage | null {
  return typeof window === 'undefined' ? null : window.localStorage;
}

/** Everything the pages share, around the router. */
export function AppProviders({ children }: { children: ReactNode }) {
  return <QuizStoreProvider getStorage={getLocalStorage}>{children}</QuizStoreProvider>;
}
