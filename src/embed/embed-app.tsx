import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
} from 'react';
import { paths } from '../config/paths';
import { createLoader, onDemand } from '../components/load-on-demand';
import { QuestionView } from '../components/question-view';
import { newSeed } from '../components/random-seed';
import { loadBank } from '../content/load-content';
import { estimateMinutes, type PreparedBank } from '../domain/bank';
import { classifyFit } from '../domain/classify';
import { getProgress } from '../domain/progress';
import { toSharedResult } from '../domain/share-code';
import { buildResultPath } from '../domain/result-link';
import { scoreAnswers } from '../domain/scoring';
import type { Mode } from '../domain/schema';
import type { StorageNotice } from '../domain/saved-quiz';
import { createMemoryStorage } from '../store/guarded-storage';
import { useAnswers } from '../store/use-answers';
import {
  QuizStoreProvider,
  useIsReviewing,
  useQuizActions,
  useQuizMode,
  useStorageNotice,
} from '../store/quiz-store';
import type { EmbedParams } from './frame-messages';
import type { Consent, SharedScores } from '../embed-loader/protocol';
import { useAutoHeight, useHostLink, type HostLink } from './use-host-link';
import { useFocusOnMount } from './use-focus-on-mount';
import { useQuestionStep } from '../store/use-question-step';
import './embed.css';

const EmbedResult = onDemand(
  createLoader(() => import('./embed-result')),
  (m) => m.EmbedResult,
  () => <p aria-busy="true">Working out your result…</p>,
);

/** The embed keeps its progress apart from the full site's. */
export const EMBED_STORAGE_KEY = 'rolefit-embed-quiz';

/** The frame's sessionStorage: partitioned per host site and gone when the tab closes. */
function getSessionStorage(): Storage | null {
  return window.sessionStorage;
}

export interface EmbedAppProps {
  params: EmbedParams;
  /** Where progress is kept; the frame's sessionStorage by default (tests pass their own). */
  getStorage?: () => Storage | null;
}

/** The chrome-less quiz inside a host page's iframe, with its own store in sessionStorage. */
export function EmbedApp({ params, getStorage }: EmbedAppProps) {
  // persist="off": progress lives in memory only, and there is nothing to warn about.
  const [memory] = useState(() => createMemoryStorage());
  const storage = getStorage ?? (params.persist === 'off' ? () => memory : getSessionStorage);
  return (
    <QuizStoreProvider getStorage={storage} storageKey={EMBED_STORAGE_KEY}>
      <EmbedRunner params={params} prepared={loadBank()} />
    </QuizStoreProvider>
  );
}

const STORAGE_NOTES: Readonly<Record<StorageNotice, string>> = {
  unavailable:
    "Your progress can't be saved here: this browser blocks storage for quizzes embedded in other sites. You can still finish the quiz, but reloading the page starts it again.",
  full: "Your progress can't be saved here: this browser's storage for rolefit is full. You can still finish the quiz, but reloading the page starts it again.",
  corrupted: 'Saved progress could not be read, so the quiz starts fresh.',
  'newer-version':
    'Saved progress came from a newer version of rolefit. It is kept safe: the quiz starts fresh here and is not saved.',
  'deleted-elsewhere': 'Saved progress was deleted in another frame, so the quiz starts fresh.',
};

type Screen = 'start' | 'question' | 'consent' | 'result';

function EmbedRunner({ params, prepared }: { params: EmbedParams; prepared: PreparedBank }) {
  const rootRef = useRef<HTMLDivElement>(null);
  const mode = useQuizMode();
  const answers = useAnswers(prepared);
  const isFinished = useIsReviewing();
  const notice = useStorageNotice();
  const { deleteAll, startQuiz } = useQuizActions();
  const [consent, setConsent] = useState<'granted' | 'declined' | null>(null);
  const handleReset = useCallback(() => {
    setConsent(null);
    deleteAll();
  }, [deleteAll]);
  const link = useHostLink({
    embedId: params.id,
    bankRev: prepared.bank.revision,
    onReset: handleReset,
  });
  useAutoHeight(rootRef, link);
  useLinksOpenOutside(rootRef);

  const progress = mode === null ? null : getProgress(prepared, mode, answers);
  const outcome = useMemo(
    () =>
      mode !== null && isFinished && progress?.isComplete
        ? scoreAnswers(prepared, answers, mode)
        : null,
    [prepared, answers, mode, isFinished, progress?.isComplete],
  );
  const scores = outcome?.ok ? outcome.value : null;
  const asksForScores = link !== null && link.shareScores && link.origin !== 'null';
  const screen: Screen =
    mode === null
      ? 'start'
      : scores === null
        ? 'question'
        : asksForScores && consent === null
          ? 'consent'
          : 'result';

  useStartEvent(link, mode === null ? 0 : (progress?.answered ?? 0));

  // complete: once per result shown, with the result type, its type-level link, and scores only
  // when the host asked and the taker agreed.
  const fit = useMemo(
    () => (scores ? classifyFit(scores, prepared.bank) : null),
    [scores, prepared],
  );
  const consentValue: Consent = asksForScores ? (consent ?? 'declined') : 'not-requested';
  const sentResult = useRef<string | null>(null);
  useEffect(() => {
    if (screen !== 'result' || !link || !scores || !fit) {
      if (screen !== 'result') sentResult.current = null;
      return;
    }
    const key = `${fit.type}:${consentValue}`;
    if (sentResult.current === key) return;
    sentResult.current = key;
    const shared = toSharedResult(scores, fit);
    const shareable: SharedScores = {
      strategic: shared.strategic.value / 100,
      outside: shared.outside.value / 100,
      pmFit: shared.fit.value / 100,
    };
    link.send('complete', {
      resultType: fit.type,
      resultUrl: `${window.location.origin}${buildResultPath(fit.type)}`,
      consent: consentValue,
      ...(consentValue === 'granted' ? { scores: shareable } : {}),
    });
  }, [screen, link, scores, fit, consentValue]);

  const accentStyle: CSSProperties | undefined = params.accent
    ? ({ '--embed-accent': params.accent } as CSSProperties)
    : undefined;

  return (
    <div
      ref={rootRef}
      className={params.accent ? 'embed-root has-accent' : 'embed-root'}
      style={accentStyle}
    >
      <main className="embed-main">
        {notice && screen !== 'result' ? (
          <p className="notice embed-storage-note" role="status">
            {STORAGE_NOTES[notice]}
          </p>
        ) : null}
        {screen === 'start' ? (
          <EmbedStart
            prepared={prepared}
            mode={params.length}
            showGuide={params.guide === 'show'}
            asksForScores={asksForScores}
            canSave={notice === null}
            onStart={() => {
              setConsent(null);
              startQuiz(params.length, newSeed());
            }}
          />
        ) : null}
        {screen === 'question' && mode !== null ? (
          <EmbedQuestions prepared={prepared} mode={mode} link={link} />
        ) : null}
        {screen === 'consent' && link ? (
          <EmbedConsent hostOrigin={link.origin} onChoose={setConsent} />
        ) : null}
        {screen === 'result' && scores && fit && mode !== null ? (
          <EmbedResult
            prepared={prepared}
            scores={scores}
            fit={fit}
            answers={answers}
            mode={mode}
            showSalaries={params.salaries === 'show'}
            showGuide={params.guide === 'show'}
            cta={link?.cta ?? null}
            hostOrigin={link?.origin ?? null}
            consent={consentValue}
            onRestart={handleReset}
          />
        ) : null}
      </main>
    </div>
  );
}

/** `start`: sent once per quiz, when the first answer is given or saved progress is picked up. */
function useStartEvent(link: HostLink | null, answered: number): void {
  const [hadProgressAtLoad] = useState(answered > 0);
  const isResumed = useRef(hadProgressAtLoad);
  const isSent = useRef(false);
  useEffect(() => {
    if (answered === 0) {
      if (isSent.current) isResumed.current = false;
      isSent.current = false;
      return;
    }
    if (!link || isSent.current) return;
    isSent.current = true;
    link.send('start', { resumed: isResumed.current });
  }, [link, answered]);
}

/**
 * Links inside the frame open in a new tab, so the frame itself never navigates away from the quiz
 * (links with their own target, such as the host's call to action, keep it).
 */
function useLinksOpenOutside(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const handleClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (anchor instanceof HTMLAnchorElement && anchor.target === '') {
        anchor.target = '_blank';
        anchor.rel = 'noopener noreferrer';
      }
    };
    root.addEventListener('click', handleClick, true);
    return () => {
      root.removeEventListener('click', handleClick, true);
    };
  }, [ref]);
}

interface EmbedStartProps {
  prepared: PreparedBank;
  mode: Mode;
  showGuide: boolean;
  asksForScores: boolean;
  /** Progress can be kept in this tab's storage. */
  canSave: boolean;
  onStart: () => void;
}

function EmbedStart(props: EmbedStartProps) {
  const { prepared, mode, showGuide, asksForScores, canSave, onStart } = props;
  const items = prepared.items[mode];
  const minutes = Math.max(1, Math.round(estimateMinutes(items)));
  return (
    <article className="embed-start">
      <h1>Product Manager or Product Owner: which fits you?</h1>
      <p className="lead">
        {items.length} short questions about everyday product work, about {minutes} minutes. Pick
        what you would most likely do, and see whether Product Manager or Product Owner work suits
        you better.
      </p>
      <section className="card embed-privacy" aria-labelledby="embed-privacy-heading">
        <h2 id="embed-privacy-heading">What this site will see</h2>
        <p>
          <strong>The site owner will see your result type, but never your answers.</strong>
        </p>
        {asksForScores ? <p>You&apos;ll be asked before any scores are shared.</p> : null}
        <p>
          {canSave ? 'Your progress is kept only in this browser tab. ' : ''}rolefit uses no cookies
          and no tracking.
        </p>
      </section>
      <p>
        This is not a test, so there are no right or wrong answers. The result is for your own
        reflection and must never be used to decide on hiring or any other employment matter.
      </p>
      <p className="button-row">
        <button type="button" className="button primary" onClick={onStart}>
          Start the quiz
        </button>
        {showGuide ? (
          <a href={paths.roles.href()} target="_blank" rel="noopener noreferrer">
            How the two roles differ (opens in a new tab)
          </a>
        ) : null}
      </p>
    </article>
  );
}

function EmbedQuestions({
  prepared,
  mode,
  link,
}: {
  prepared: PreparedBank;
  mode: Mode;
  link: HostLink | null;
}) {
  const { openReview } = useQuizActions();
  const step = useQuestionStep(prepared, mode);
  const { answers, items, index, item, presented } = step;

  // progress: which question is on screen, never what was answered.
  useEffect(() => {
    link?.send('progress', { index, total: items.length });
  }, [link, index, items.length]);

  if (!item || !presented) return null;

  const isLast = index + 1 === items.length;
  const handleNext = () => {
    if (!step.requireAnswer()) return;
    const next = items[index + 1];
    if (next) {
      step.goTo(next.id);
      return;
    }
    // The last question: finish, or go back to the first one still open.
    const progress = getProgress(prepared, mode, answers);
    const open = items[progress.nextIndex];
    if (progress.isComplete || !open) openReview();
    else step.goTo(open.id);
  };
  return (
    <QuestionView
      key={item.id}
      position={index + 1}
      total={items.length}
      legend={presented.legend}
      {...(presented.hint ? { hint: presented.hint } : {})}
      options={presented.options}
      selected={answers[item.id]}
      showMissing={step.showMissing}
      onSelect={step.select}
      onBack={step.goBack}
      onNext={handleNext}
      nextLabel={isLast ? 'See my result' : 'Next'}
      isEmbedded
    />
  );
}

function EmbedConsent({
  hostOrigin,
  onChoose,
}: {
  hostOrigin: string;
  onChoose: (choice: 'granted' | 'declined') => void;
}) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <article className="embed-consent">
      <h1 ref={headingRef} tabIndex={-1}>
        Share your scores with <span className="embed-origin">{hostOrigin}</span>?
      </h1>
      <p>
        This site asked to see your scores: three numbers from −1 to +1 for strategic versus
        tactical, market-facing versus team-facing, and Product Manager versus Product Owner fit.
      </p>
      <p>
        It sees your result type either way. Your answers are never shared. Choose before your
        result is shown.
      </p>
      <p className="button-row embed-choice">
        <button
          type="button"
          className="button"
          onClick={() => {
            onChoose('granted');
          }}
        >
          Share
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            onChoose('declined');
          }}
        >
          Keep private
        </button>
      </p>
    </article>
  );
}
