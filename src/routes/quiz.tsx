import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ContinueElsewhere } from '../components/continue-elsewhere';
import { createLoader, LoadBoundary, onDemand } from '../components/load-on-demand';
import { useQuestionFlow } from '../store/use-question-flow';
import type { RouteHandle } from '../config/head';
import { newSeed } from '../components/random-seed';
import { paths } from '../config/paths';
import { QuestionView } from '../components/question-view';
import { useHydrated } from '../components/use-hydrated';
import { estimateMinutes, type PreparedBank } from '../domain/bank';
import { readLinkFragment } from '../domain/link-fragment';
import { ANSWER_INSTRUCTION, PRACTICE_NOTE } from '../domain/instruction';
import { labelOfAnswer, presentItem } from '../domain/present';
import { getProgress } from '../domain/progress';
import { nextLabel, QUESTION_WORDS, type QuestionScreen } from '../domain/question-screen';
import type { Mode } from '../domain/schema';
import { loadBank } from '../content/load-content';
import { useIsReviewing, useQuizActions, useQuizMode } from '../store/quiz-store';
import { useQuestionSnapshot } from '../store/question-snapshot';
import { useAnswers } from '../store/use-answers';
import { quiz as w } from '../words/en/quiz';

// A `#p=` link's screen needs the progress-code decoder and the archived revisions: fetched only
// for such a link, never with a question (docs/performance.md).
const ImportProgressPart = onDemand(
  createLoader(() => import('./import-progress')),
  (m) => m.ImportProgress,
  () => <p aria-busy="true">{w.import.reading}</p>,
);

export const quizHandle: RouteHandle = {
  head: () => w.head,
};

/** Reads ?mode=short|full; anything else means full. */
function readMode(value: string | null): Mode {
  return value === 'short' ? 'short' : 'full';
}

/**
 * The quiz: a start card, one question per screen, then a review screen. Every screen sits in
 * `.quiz-screen`, which folds the site header into the quiz's own one-row bar (styles.css), from the
 * prerendered shell on, so nothing moves when the question arrives.
 */
export function QuizPage() {
  const isHydrated = useHydrated();
  if (!isHydrated) {
    return (
      <QuizScreen>
        {/* Filled before React runs by the early paint (src/early-paint/early-paint.ts) with the saved
            question, which then hides the rest of this shell (styles.css). React leaves what is inside
            alone while hydrating (an empty inner HTML is never compared) and removes it with the shell
            when the question renders. */}
        <div className="quiz-early" dangerouslySetInnerHTML={{ __html: '' }} />
        <article aria-busy="true">
          <h1>{w.shell.heading}</h1>
          <p>{w.shell.loading}</p>
        </article>
      </QuizScreen>
    );
  }
  return <QuizFlow prepared={loadBank()} />;
}

const brand = (
  <Link to={paths.home.href()} className="brand">
    rolefit
  </Link>
);
// Every choice is saved as it is made, so leaving keeps the progress ("Resume" on the start page).
const saveAndLeave = (
  <Link to={paths.home.href()} className="quiz-exit">
    {QUESTION_WORDS.saveAndLeave}
  </Link>
);

/** A quiz screen with the compact bar on top: the brand and, once there is progress, the way out. */
function QuizScreen({ trailing, children }: { trailing?: ReactNode; children: ReactNode }) {
  return (
    <div className="quiz-screen">
      <div className="quiz-bar">
        {brand}
        {trailing}
      </div>
      {children}
    </div>
  );
}

/** Shown when the `#p=` screen's code could not be loaded; nothing in this browser has changed. */
function ImportProgressFailed({ onRetry }: { onRetry: () => void }) {
  const navigate = useNavigate();
  return (
    <article role="alert">
      <h1>{w.import.unreadable}</h1>
      <p>{w.import.failedLoad}</p>
      <p className="button-row">
        <button type="button" className="button primary" onClick={onRetry}>
          {w.import.retry}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            void navigate(paths.quiz.href(), { replace: true });
          }}
        >
          {w.import.toQuiz}
        </button>
      </p>
    </article>
  );
}

function QuizFlow({ prepared }: { prepared: PreparedBank }) {
  const mode = useQuizMode();
  const { hash } = useLocation();
  // A "continue on another device" link (`#p=<code>`).
  const progressCode = readLinkFragment(hash, 'progress');
  if (progressCode !== null) {
    return (
      <QuizScreen>
        <LoadBoundary fallback={(retry) => <ImportProgressFailed onRetry={retry} />}>
          <ImportProgressPart code={progressCode} prepared={prepared} />
        </LoadBoundary>
      </QuizScreen>
    );
  }
  if (mode === null) {
    return (
      <QuizScreen>
        <StartCard prepared={prepared} />
      </QuizScreen>
    );
  }
  return <QuestionFlow prepared={prepared} mode={mode} />;
}

function StartCard({ prepared }: { prepared: PreparedBank }) {
  // Read from the location, not with useSearchParams: that hook (and its setter) would sit in the
  // entry chunk with React Router, on the landing page too (0.33 kB gzip; docs/performance.md).
  const { search } = useLocation();
  const { startQuiz } = useQuizActions();
  const suggested = readMode(new URLSearchParams(search).get('mode'));
  const modes: { mode: Mode; title: string; start: string }[] = [
    { mode: 'full', title: w.start.full, start: w.start.startFull },
    { mode: 'short', title: w.start.short, start: w.start.startShort },
  ];
  const ordered = suggested === 'short' ? [...modes].reverse() : modes;
  return (
    <article>
      <h1>{w.start.heading}</h1>
      <p>
        {w.start.before} {ANSWER_INSTRUCTION} {w.start.after}
      </p>
      <ul className="mode-list">
        {ordered.map(({ mode, title, start }) => (
          <li key={mode} className="card">
            <h2>{title}</h2>
            <p className="muted">
              {w.start.length(
                prepared.items[mode].length,
                Math.round(estimateMinutes(prepared.items[mode])),
              )}{' '}
              {mode === 'full' ? `${w.start.fullAdds} ${PRACTICE_NOTE}` : w.start.shortAdds}
            </p>
            <button
              type="button"
              className={mode === suggested ? 'button primary' : 'button'}
              onClick={() => {
                startQuiz(mode, newSeed());
              }}
            >
              {start}
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}

function QuestionFlow({ prepared, mode }: { prepared: PreparedBank; mode: Mode }) {
  const navigate = useNavigate();
  const isReviewing = useIsReviewing();
  // The review screen lists any open questions, so the last question always leads there.
  const flow = useQuestionFlow(prepared, mode, 'end');
  const { question } = flow;
  // The review row whose "Change" was used: the review opens at that row again.
  const [changedId, setChangedId] = useState<string | null>(null);

  if (isReviewing || !question) {
    return (
      <QuizScreen trailing={saveAndLeave}>
        <ReviewScreen
          prepared={prepared}
          mode={mode}
          returnTo={changedId}
          onChange={(questionId) => {
            setChangedId(questionId);
            flow.revisit(questionId);
          }}
          onFinish={() => {
            void navigate(paths.results.href());
          }}
        />
      </QuizScreen>
    );
  }

  return (
    <div className="quiz-screen">
      <QuestionSnapshot
        position={question.position}
        total={question.total}
        legend={question.legend}
        {...(question.hint === undefined ? {} : { hint: question.hint })}
        options={question.options.map((option) => option.label)}
        selected={question.options.findIndex((option) => option.id === question.selected)}
        hasBack={question.onBack !== null}
        nextLabel={nextLabel(flow.isAtEnd)}
      />
      <QuestionView
        key={question.id}
        {...question}
        nextLabel={nextLabel(flow.isAtEnd)}
        autoAdvance
        leading={brand}
        trailing={saveAndLeave}
      />
      <ContinueElsewhere
        quizUrl={`${window.location.origin}${paths.quiz.href()}`}
        bank={prepared.bank}
        mode={mode}
        answers={flow.answers}
      />
    </div>
  );
}

/** Keeps the question on screen for the early paint of the next reload; renders nothing. */
function QuestionSnapshot(screen: QuestionScreen) {
  useQuestionSnapshot(screen);
  return null;
}

interface ReviewScreenProps {
  prepared: PreparedBank;
  mode: Mode;
  /** The question just changed from this screen: its row gets focus and is scrolled into view. */
  returnTo: string | null;
  onChange: (questionId: string) => void;
  onFinish: () => void;
}

const changeButtonId = (questionId: string) => `change-${questionId}`;

/** Every answer in one compact row each, with "See my result" above and below the list. */
function ReviewScreen({ prepared, mode, returnTo, onChange, onFinish }: ReviewScreenProps) {
  const answers = useAnswers(prepared);
  const items = prepared.items[mode];
  const progress = getProgress(prepared, mode, answers);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Back from "Change": focus and show that row's button; otherwise start at the heading, which
  // screen readers announce as the new screen (as a new question's heading is).
  useEffect(() => {
    // Focusing scrolls the row into view.
    const row = returnTo === null ? null : document.getElementById(changeButtonId(returnTo));
    (row ?? headingRef.current)?.focus();
  }, [returnTo]);

  return (
    <article className="review">
      <h1 ref={headingRef} tabIndex={-1}>
        {w.review.heading}
      </h1>
      <p>
        {progress.isComplete
          ? w.review.complete
          : w.review.open(progress.total - progress.answered)}
      </p>
      {progress.isComplete ? (
        // A link up here (it goes to the results page); the button below the list does the same.
        <p className="button-row">
          <Link to={paths.results.href()} className="button primary">
            {w.review.seeResult}
          </Link>
        </p>
      ) : null}
      <ol className="review-list">
        {items.map((item, i) => {
          const presented = presentItem(item, 0, mode);
          const label = labelOfAnswer(item, answers[item.id]);
          return (
            <li key={item.id} className="review-item">
              <span className="review-number" aria-hidden="true">
                {i + 1}
              </span>
              <div className="review-text">
                <p className="review-question">{presented.legend}</p>
                <p className="review-answer">{label ?? <strong>{w.review.notAnswered}</strong>}</p>
              </div>
              <button
                type="button"
                id={changeButtonId(item.id)}
                className="button small"
                aria-label={w.review.rowLabel(label !== undefined, i + 1, presented.legend)}
                onClick={() => {
                  onChange(item.id);
                }}
              >
                {label ? w.review.change : w.review.answer}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="button-row">
        <button
          type="button"
          className="button primary"
          onClick={onFinish}
          disabled={!progress.isComplete}
        >
          {w.review.seeResult}
        </button>
        <Link to={paths.home.href()}>{w.review.home}</Link>
      </p>
    </article>
  );
}
