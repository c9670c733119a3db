import { Link } from 'react-router';
import type { RouteHandle } from '../config/head';
import { paths } from '../config/paths';
import { frame } from '../words/en/frame';

const w = frame.notFound;

export const notFoundHandle: RouteHandle = {
  head: () => ({
    title: w.title,
    description: w.description,
    noindex: true,
  }),
};

/** Unknown paths; also written as the static 404.html. */
export function NotFoundPage() {
  return (
    <article>
      <h1>{w.heading}</h1>
      <p>{w.text}</p>
      <p>
        <Link to={paths.home.href()}>{w.home}</Link>
      </p>
    </article>
  );
}
