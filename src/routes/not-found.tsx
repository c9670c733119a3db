import { Link } from 'react-router';
import type { RouteHandle } from '../config/head';
import { paths } from '../config/paths';

export const notFoundHandle: RouteHandle = {
  head: () => ({
    title: 'Page not found · rolefit',
    description: 'This page does not exist.',
    noindex: true,
  }),
};

/** Unknown paths; also written as the static 404.html. */
export function NotFoundPage() {
  return (
    <article>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Your quiz progress, if any, is still saved in this
        browser.
      </p>
      <p>
        <Link to={paths.home.href()}>Go to the start page</Link>
      </p>
    </article>
  );
}
