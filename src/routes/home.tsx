import { Link } from 'react-router';
import type { RouteHandle } from '../app/head';
import { paths } from '../app/paths';

export const homeHandle: RouteHandle = {
  head: () => ({
    title: 'rolefit: Product Manager or Product Owner?',
    description:
      'A free self-assessment of situational questions that shows whether Product Manager or Product Owner work fits you better. Your answers never leave your browser.',
  }),
};

/** Landing page. */
export function HomePage() {
  return (
    <article className="home">
      <h1>Product Manager or Product Owner: which fits you?</h1>
      <p className="lead">
        Answer realistic work situations and see where you land between strategy and delivery, and
        between the market and the team.
      </p>
      <p className="button-row">
        <Link className="button primary" to={`${paths.quiz.href()}?mode=full`}>
          Start the full quiz
        </Link>
        <Link className="button" to={`${paths.quiz.href()}?mode=short`}>
          Start the short quiz
        </Link>
      </p>
    </article>
  );
}
