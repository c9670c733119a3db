import { Link, useNavigate } from 'react-router';
import type { RouteHandle } from '../config/head';
import { newSeed } from '../components/random-seed';
import { paths } from '../config/paths';
import { useHydrated } from '../components/use-hydrated';
import type { Mode } from '../domain/schema';
import {
  useIsReviewing,
  useQuizActions,
  useQuizMode,
  useSavedAnswerCount,
} from '../store/quiz-store';

export const homeHandle: RouteHandle = {
  head: () => ({
    title: 'rolefit: Product Manager or Product Owner?',
    description:
      'A free self-assessment of situational questions that shows whether Product Manager or Product Owner work fits you better. Your answers never leave your browser.',
  }),
};

/** Landing page: what the quiz measures, how long it takes, and start or resume. */
export function HomePage() {
  return (
    <article className="home">
      <h1>Product Manager or Product Owner: which fits you?</h1>
      <p className="lead">
        Work through realistic product situations and see where you land between long-range strategy
        and hands-on delivery, and between the market outside and the team inside.
      </p>
      <StartPanel />
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">The two roles in a sentence</h2>
        <dl className="role-defs">
          <div>
            <dt>Product Manager</dt>
            <dd>
              Looks outward and ahead: customers, the market, the business case, and where the
              product goes next.
            </dd>
          </div>
          <div>
            <dt>Product Owner</dt>
            <dd>
              Works closely with the development team: ordering the backlog, shaping stories and
              getting value delivered.
            </dd>
          </div>
        </dl>
        <p>
          Many people land in between, and that is a real result too.{' '}
          <Link to={paths.roles.href()}>Compare the roles in detail</Link>, or{' '}
          <Link to={paths.job.href()}>see where a job posting sits</Link>.
        </p>
      </section>
      <section aria-labelledby="what-heading">
        <h2 id="what-heading">What you get</h2>
        <ul>
          <li>
            Your fit on two axes (strategic or tactical, market-facing or team-facing), with how
            sure we are and why.
          </li>
          <li>What each role pays, with the country, year and source of every figure.</li>
          <li>Growth tips based on the product work you practise least.</li>
        </ul>
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Private by design</h2>
        <p>
          Your answers are saved only in this browser, so you can close the tab and carry on later.
          Nothing is sent to us or anyone else.{' '}
          <Link to={paths.privacy.href()}>Read the privacy notice</Link>.
        </p>
        <p>
          rolefit is for self-reflection and career exploration. It is not a test, there are no
          right answers, and it must not be used for hiring decisions.{' '}
          <Link to={paths.howItWorks.href()}>How scoring works</Link>.
        </p>
      </section>
    </article>
  );
}

function StartPanel() {
  const isHydrated = useHydrated();
  const mode = useQuizMode();
  const saved = useSavedAnswerCount();
  const navigate = useNavigate();
  const { startQuiz } = useQuizActions();
  const hasProgress = isHydrated && mode !== null;
  // Finished: the taker answered to the end and reached the review (and perhaps the result).
  const isFinished = useIsReviewing();

  const start = (next: Mode) => {
    startQuiz(next, newSeed());
    void navigate(paths.quiz.href());
  };

  return (
    <div className="start-panel card">
      {hasProgress ? (
        <>
          <p>
            You have a {mode === 'short' ? 'short' : 'full'} quiz{' '}
            {isFinished ? 'finished' : 'in progress'} with {saved}{' '}
            {saved === 1 ? 'answer' : 'answers'} saved in this browser.
          </p>
          <p className="button-row">
            {isFinished ? (
              <Link className="button primary" to={paths.results.href()}>
                See your result
              </Link>
            ) : (
              <Link className="button primary" to={paths.quiz.href()}>
                Resume where you left off
              </Link>
            )}
            {isFinished ? null : (
              <button
                type="button"
                className="button"
                onClick={() => {
                  start(mode);
                }}
              >
                Start over
              </button>
            )}
          </p>
        </>
      ) : (
        <>
          <p className="button-row">
            <button
              type="button"
              className="button primary"
              disabled={!isHydrated}
              onClick={() => {
                start('full');
              }}
            >
              Start the full quiz
            </button>
            <button
              type="button"
              className="button"
              disabled={!isHydrated}
              onClick={() => {
                start('short');
              }}
            >
              Start the short quiz
            </button>
          </p>
          <p className="muted">
            Full: about 10 minutes, with a skill profile and growth tips. Short: about 3 minutes.
          </p>
        </>
      )}
    </div>
  );
}
