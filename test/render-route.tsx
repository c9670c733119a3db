import { render } from '@testing-library/react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { AppRoutes } from '../src/app/routes';
import { createMemoryStorage } from '../src/store/guarded-storage';
import { InviteProvider } from '../src/store/invite-provider';
import { QuizStoreProvider } from '../src/store/quiz-store';

export interface RenderRouteOptions {
  /** Storage the quiz store persists to; a fresh in-memory one by default. Pass the same one to "reload". */
  storage?: Storage | null;
  /** Make every storage call throw, like a blocked or private-mode browser. */
  storageThrows?: boolean;
  /** The tab's sessionStorage (coach invite); a fresh in-memory one by default. */
  sessionStorage?: Storage;
}

/** Keeps the router's current location where the test can read it (the address bar, in a browser). */
function LocationProbe({ onChange }: { onChange: (location: Location) => void }) {
  onChange(useLocation());
  return null;
}

/** Renders the real routes at `path` with a fresh quiz store, as the app does. */
export function renderRoute(path: string, options: RenderRouteOptions = {}) {
  const storage = options.storage === undefined ? createMemoryStorage() : options.storage;
  const sessionStorage = options.sessionStorage ?? createMemoryStorage();
  let location: Location | undefined;
  const getStorage = () => {
    if (options.storageThrows)
      throw new DOMException('The operation is insecure.', 'SecurityError');
    return storage;
  };
  const view = render(
    <QuizStoreProvider getStorage={getStorage}>
      <InviteProvider getStorage={() => sessionStorage}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
          <LocationProbe onChange={(next) => (location = next)} />
        </MemoryRouter>
      </InviteProvider>
    </QuizStoreProvider>,
  );
  /** The location the app is at now (like reading the address bar). */
  const currentLocation = (): Location => {
    if (!location) throw new Error('The router has not rendered yet.');
    return location;
  };
  return { ...view, currentLocation, storage, sessionStorage };
}
