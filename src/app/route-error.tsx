import type { ComponentType } from 'react';
import { isRouteErrorResponse, Link, useRouteError, type RouteObject } from 'react-router';
import { paths } from './paths';

/** Shown when a page fails. Quiz progress lives in storage, so nothing is lost by reloading. */
export function RouteError() {
  const error = useRouteError();
  const isChunkError =
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(
      error.message,
    );
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  // A chunk also fails to load offline before the service worker has cached it.
  const isOffline = typeof navigator !== 'undefined' && !navigator.onLine;
  return (
    <div className="error-page" role="alert">
      <h1>{notFound ? 'Page not found' : 'Something went wrong on this page'}</h1>
      {isChunkError && isOffline ? (
        <p>
          This page could not be loaded because this device is offline. Reconnect and reload; your
          answers are kept.
        </p>
      ) : isChunkError ? (
        <p>
          A newer version of rolefit was published while this tab was open. Reload to continue; your
          answers are kept.
        </p>
      ) : (
        <p>Your quiz answers are saved in this browser and have not been lost.</p>
      )}
      <p className="button-row">
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <Link className="button" to={paths.home.href()}>
          Go to the start page
        </Link>
      </p>
    </div>
  );
}

/** The last-resort boundary, outside the page frame: adds the main landmark itself. */
export function RootError() {
  return (
    <main id="main" className="wrap">
      <RouteError />
    </main>
  );
}

type LazyRoute = Extract<RouteObject['lazy'], (...args: never[]) => unknown>;
const chunkErrorPages = new WeakSet<ComponentType>();

/**
 * Wraps a route's `lazy()` so a page chunk that fails to load (a new version was deployed while the
 * tab was open) becomes a page that throws the load error: the route's error boundary then offers
 * a reload. Without this React Router 7 renders nothing at all for a route whose `lazy()` rejected
 * (it keeps treating the route as still loading), so the page would be blank.
 */
export function showChunkErrors(lazy: LazyRoute): LazyRoute {
  return async () => {
    try {
      return await lazy();
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      const ChunkErrorPage = () => {
        throw failure;
      };
      chunkErrorPages.add(ChunkErrorPage);
      return { Component: ChunkErrorPage };
    }
  };
}

/** Whether a loaded lazy route is the stand-in for a chunk that failed to load. */
export function isChunkErrorPage(loaded: { Component?: ComponentType | null }): boolean {
  return loaded.Component != null && chunkErrorPages.has(loaded.Component);
}
