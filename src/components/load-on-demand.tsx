import {
  startTransition,
  useEffect,
  useReducer,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { ErrorBoundary } from './error-boundary';

// The one way rolefit loads code on demand: a `createLoader` per chunk, waited for with `useLoaded`
// (state and an effect) rather than React.lazy, `use()` and Suspense. A tree that suspends inside
// React Testing Library's synchronous `act` never resumes under React 19
// (testing-library/react-testing-library#1375), and a loader that is already here renders at once,
// without a fallback frame (docs/performance.md).

/** A dynamic `import()` run once, on first use; see createLoader. */
export interface Loader<T> {
  /** Starts the import the first time; afterwards, the same promise. */
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
 * Wraps a dynamic `import()` for a part of the app that loads when it is first needed.
 * @example const panel = createLoader(() => import('./panel')); const module = useLoaded(panel);
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

/**
 * The loader's module, starting its import on first render; undefined while it loads. A failed
 * import is thrown during render, for the nearest error boundary (`LoadBoundary`, or the page's), and
 * forgotten, so the next mount (Try again, or the next visit) imports again.
 */
export function useLoaded<T>(loader: Loader<T>): T | undefined {
  const [, showLoaded] = useReducer((count: number) => count + 1, 0);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const module = loader.current();
  useEffect(() => {
    if (module !== undefined) return;
    let isCurrent = true;
    loader.load().then(
      () => {
        // A transition: a large part (a chart) renders in slices that yield to scrolling and input.
        if (isCurrent) startTransition(showLoaded);
      },
      (error: unknown) => {
        loader.forgetFailure();
        if (isCurrent) setFailure({ error });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [module, loader]);
  if (failure) throw failure.error;
  return module;
}

/**
 * A component whose code loads on first render: `fallback` (given the same props) until the loader's
 * module is here, then the component `pick` takes from it. A failed import goes to the nearest error
 * boundary, as with `useLoaded`.
 * @example const Panel = onDemand(createLoader(() => import('./panel')), (m) => m.Panel, () => <p>…</p>);
 */
export function onDemand<M, P extends object>(
  loader: Loader<M>,
  pick: (module: M) => ComponentType<P>,
  fallback: (props: P) => ReactNode,
): ComponentType<P> {
  return function OnDemand(props: P) {
    const module = useLoaded(loader);
    if (module === undefined) return fallback(props);
    const Loaded = pick(module);
    return <Loaded {...props} />;
  };
}

interface LoadBoundaryProps {
  /** What to show when the part failed; `retry` renders the children again (and loads again). */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * Catches a part of the page whose code could not be loaded (offline, or a new version was deployed
 * while the tab was open) and shows `fallback` in its place; the rest of the page stays.
 */
export function LoadBoundary({ fallback, children }: LoadBoundaryProps) {
  return <ErrorBoundary fallback={(_error, retry) => fallback(retry)}>{children}</ErrorBoundary>;
}
