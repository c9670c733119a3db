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
import { home as w } from '../words/en/home';

export const homeHandle: RouteHandle = {
  head: () => w.head,
};

/** Landing page: what the quiz measures, how long it takes, and start or resume. */
export function HomePage() {
  return (
    <article className="home">
      <h1>{w.heading}</h1>
      <p className="lead">{w.lead}</p>
      <StartPanel />
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">{w.roles.heading}</h2>
        <dl className="role-defs">
          <div>
            <dt>Product Manager</dt>
            <dd>{w.roles.pm}</dd>
          </div>
          <div>
            <dt>Product Owner</dt>
            <dd>{w.roles.po}</dd>
          </div>
        </dl>
        <p>
          {w.roles.between} <Link to={paths.roles.href()}>{w.roles.compare}</Link>
          {w.roles.or} <Link to={paths.job.href()}>{w.roles.job}</Link>
          {w.roles.end}
        </p>
      </section>
      <section aria-labelledby="what-heading">
        <h2 id="what-heading">{w.what.heading}</h2>
        <ul>
          {w.what.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{w.privacy.heading}</h2>
        <p>
          {w.privacy.saved} <Link to={paths.privacy.href()}>{w.privacy.notice}</Link>.
        </p>
        <p>
          {w.privacy.purpose} <Link to={paths.howItWorks.href()}>{w.privacy.howItWorks}</Link>.
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
          <p>{w.start.progress(mode, isFinished, saved)}</p>
          <p className="button-row">
            {isFinished ? (
              <Link className="button primary" to={paths.results.href()}>
                {w.start.seeResult}
              </Link>
            ) : (
              <Link className="button primary" to={paths.quiz.href()}>
                {w.start.resume}
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
                {w.start.startOver}
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
              {w.start.full}
            </button>
            <button
              type="button"
              className="button"
              disabled={!isHydrated}
              onClick={() => {
                start('short');
              }}
            >
              {w.start.short}
            </button>
          </p>
          <p className="muted">{w.start.times}</p>
        </>
      )}
    </div>
  );
}
