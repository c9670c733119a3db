import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
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
  return (
    <div className="error-page" role="alert">
      <h1>{notFound ? 'Page not found' : 'Something went wrong on this page'}</h1>
      {isChunkError ? (
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
