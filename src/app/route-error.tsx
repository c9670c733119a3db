import type { ComponentType, ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../config/paths';
import { ErrorBoundary } from '../components/error-boundary';
import { frame } from '../words/en/frame';

const w = frame.error;

/** Whether an error is a page chunk that failed to load (a new deploy, or offline before caching). */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Failed to fetch|error loading dynamically/i.test(
      error.message,
    )
  );
}

/** Shown when a page fails. Quiz progress lives in storage, so nothing is lost by reloading. */
export function RouteError({ error }: { error?: unknown }) {
  const isChunkError = isChunkLoadError(error);
  // A chunk also fails to load offline before the service worker has cached it.
  const isOffline = typeof navigator !== 'undefined' && !navigator.onLine;
  return (
    <div className="error-page" role="alert">
      <h1>{w.title}</h1>
      {isChunkError && isOffline ? (
        <p>{w.offline}</p>
      ) : isChunkError ? (
        <p>{w.newVersion}</p>
      ) : (
        <p>{w.kept}</p>
      )}
      <p className="button-row">
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {w.reload}
        </button>
        <Link className="button" to={paths.home.href()}>
          {w.home}
        </Link>
      </p>
    </div>
  );
}

/** The last-resort error page, outside the page frame: adds the main landmark itself. */
export function RootError({ error }: { error?: unknown }) {
  return (
    <main id="main" className="wrap">
      <RouteError error={error} />
    </main>
  );
}

interface PageErrorBoundaryProps {
  children: ReactNode;
  /** Rendered instead of the children once they threw. */
  fallback: ComponentType<{ error?: unknown }>;
  /** The boundary clears its error when this changes (the taker went to another page). */
  resetKey?: string;
}

/** Catches an error while rendering a page (or loading its chunk) and shows `fallback` instead. */
export function PageErrorBoundary({
  children,
  fallback: Fallback,
  resetKey,
}: PageErrorBoundaryProps) {
  return (
    <ErrorBoundary resetKey={resetKey} fallback={(error) => <Fallback error={error} />}>
      {children}
    </ErrorBoundary>
  );
}
