import { StrictMode, type ReactNode } from 'react';
import { PageErrorBoundary, RootError } from './route-error';
import { HydrationBoundary } from '../components/use-hydrated';
import { InviteProvider } from '../store/invite-provider';
import { QuizStoreProvider } from '../store/quiz-store';

/** The browser's localStorage, or null where there is none (prerender) or it is blocked. */
function getLocalStorage(): Storage | null {
  return typeof window === 'undefined' ? null : window.localStorage;
}

/** The tab's sessionStorage (a coach invite lasts as long as the tab), or null on the server. */
function getSessionStorage(): Storage | null {
  return typeof window === 'undefined' ? null : window.sessionStorage;
}

/**
 * Everything the pages share, around the router (`<BrowserRouter>` in the browser, a static
 * `<Router>` in the prerender): strict mode, the last-resort error page and the stores.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <StrictMode>
      <PageErrorBoundary fallback={RootError}>
        <HydrationBoundary>
          <QuizStoreProvider getStorage={getLocalStorage}>
            <InviteProvider getStorage={getSessionStorage}>{children}</InviteProvider>
          </QuizStoreProvider>
        </HydrationBoundary>
      </PageErrorBoundary>
    </StrictMode>
  );
}
