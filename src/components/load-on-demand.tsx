import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';

/** A dynamic `import()` run once, on first use; see createLoader. */
export interface Loader<T> {
  /** Starts the import the first time; afterwards, the same promise (what React's `use()` needs). */
  load: () => Promise<T>;
  /** After a failed import, lets the next `load()` try again (a settled success is kept). */
  forgetFailure: () => void;
  /** The module once the import has succeeded, for rendering without waiting; undefined before. */
  current: () => T | undefined;
}

/** A loader for a module that is already here (it is in the same chunk). */
export function loaded<T>(module: T): Loader<T> {
  return { load: () => Promise.resolve(module), forgetFailure: () => {}, current: () => module };
}

/**
 * Wraps a dynamic `import()` for a part of a page that loads when the taker asks for it.
 * @example const panel = createLoader(() => import('./panel')); const { Panel } = use(panel.load());
 */
export function createLoader<T>(importModule: () => Promise<T>): Loader<T> {
  let pending: Promise<T> | null = null;
  let hasFailed = false;
  let value: T | undefined;
  return {
    load: () => {
      if (pending === null) {
        hasFailed = false;
        pending = importModule();
        pending.then(
          (module) => {
            value = module;
          },
          () => {
            hasFailed = true;
          },
        );
      }
      return pending;
    },
    forgetFailure: () => {
      if (hasFailed) pending = null;
    },
    current: () => value,
  };
}

interface LoadBoundaryProps {
  /** What to show when the part failed; `retry` renders the children again. */
  fallback: (retry: () => void) => ReactNode;
  /** Called on retry before the children render again (typically the loader's `forgetFailure`). */
  onRetry: () => void;
  children: ReactNode;
}

/**
 * Catches a part of the page whose code could not be loaded (offline, or a new version was deployed
 * while the tab was open) and shows `fallback` in its place; the rest of the page stays.
 */
export function LoadBoundary({ fallback, onRetry, children }: LoadBoundaryProps) {
  return (
    <ErrorBoundary
      fallback={(_error, retry) =>
        fallback(() => {
          onRetry();
          retry();
        })
      }
    >
      {children}
    </ErrorBoundary>
  );
}
