import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../src/app/routes';
import { createMemoryStorage } from '../src/store/guarded-storage';
import { InviteProvider } from '../src/store/invite-store';
import { QuizStoreProvider } from '../src/store/quiz-store';

export interface RenderRouteOptions {
  /** Storage the quiz store persists to; a fresh in-memory one by default. Pass the same one to "reload". */
  storage?: Storage | null;
  /** Make every storage call throw, like a blocked or private-mode browser. */
  storageThrows?: boolean;
  /** The tab's sessionStorage (coach invite); a fresh in-memory one by default. */
  sessionStorage?: Storage;
}

/** Renders the real route objects at `path` with a fresh quiz store, as the app does. */
export function renderRoute(path: string, options: RenderRouteOptions = {}) {
  const storage = options.storage === undefined ? createMemoryStorage() : options.storage;
  const sessionStorage = options.sessionStorage ?? createMemoryStorage();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const getStorage = () => {
    if (options.storageThrows)
      throw new DOMException('The operation is insecure.', 'SecurityError');
    return storage;
  };
  const view = render(
    <QuizStoreProvider getStorage={getStorage}>
      <InviteProvider getStorage={() => sessionStorage}>
        <RouterProvider router={router} />
      </InviteProvider>
    </QuizStoreProvider>,
  );
  return { ...view, router, storage, sessionStorage };
}
