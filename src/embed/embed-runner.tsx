import { useCallback, useMemo, useRef, type CSSProperties } from 'react';
import { linkRoot } from '../config/head';
import { createLoader, onDemand } from '../components/load-on-demand';
import { newSeed } from '../components/random-seed';
import type { PreparedBank } from '../domain/bank';
import { recallConsent, toQuizSessionId } from '../domain/embed-session';
import { getProgress } from '../domain/progress';
import { buildResultReport } from '../domain/result-report';
import type { StorageNotice } from '../domain/saved-quiz';
import type { Consent } from '../embed-loader/protocol';
import { useEmbedSession, useEmbedSessionActions } from '../store/embed-session-store';
import {
  useIsReviewing,
  useQuizActions,
  useQuizMode,
  useShuffleSeed,
  useStorageNotice,
} from '../store/quiz-store';
import { useAnswers } from '../store/use-answers';
import { EmbedConsent } from './embed-consent';
import { EmbedQuestions } from './embed-questions';
import { EmbedStart } from './embed-start';
import type { EmbedParams } from './frame-messages';
import { useCompleteEvent, useStartEvent } from './use-host-events';
import { useAutoHeight, useHostLink } from './use-host-link';
import { useLinksOpenOutside } from './use-links-open-outside';
import { embed as w } from '../words/en/embed';

const EmbedResult = onDemand(
  createLoader(() => import('./embed-result')),
  (m) => m.EmbedResult,
  () => <p aria-busy="true">{w.working}</p>,
);

const STORAGE_NOTES: Readonly<Record<StorageNotice, string>> = w.storage;

type Screen = 'start' | 'question' | 'consent' | 'result';

/** Picks the frame's screen (start, question, consent, result) from the quiz store and the host link. */
export function EmbedRunner({ params, prepared }: { params: EmbedParams; prepared: PreparedBank }) {
  const rootRef = useRef<HTMLDivElement>(null);
  const mode = useQuizMode();
  const answers = useAnswers(prepared);
  const isFinished = useIsReviewing();
  const notice = useStorageNotice();
  const { deleteAll, startQuiz } = useQuizActions();
  const seed = useShuffleSeed();
  const session = useEmbedSession();
  const { chooseConsent, reportComplete, forgetSession } = useEmbedSessionActions();
  const handleReset = useCallback(() => {
    forgetSession();
    deleteAll();
  }, [forgetSession, deleteAll]);
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
        ? buildResultReport(prepared, answers, mode, linkRoot())
        : null,
    [prepared, answers, mode, isFinished, progress?.isComplete],
  );
  const report = outcome?.ok ? outcome.value : null;
  const asksForScores = link !== null && link.shareScores && link.origin !== 'null';
  // The quiz this frame shows; a retake is a new one. The taker's consent is remembered for this quiz
  // and this host origin only (docs/embed.md, "Privacy"), so a reload of the host page does not ask
  // again, and another page (or another quiz) does.
  const quizId = mode === null ? null : toQuizSessionId({ seed });
  const consent =
    link !== null && quizId !== null ? recallConsent(session, quizId, link.origin) : null;
  const screen: Screen =
    mode === null
      ? 'start'
      : report === null
        ? 'question'
        : asksForScores && consent === null
          ? 'consent'
          : 'result';

  useStartEvent(link, mode === null ? 0 : (progress?.answered ?? 0));
  const consentValue: Consent = asksForScores ? (consent ?? 'declined') : 'not-requested';
  useCompleteEvent(link, screen === 'result' ? report : null, consentValue, {
    quizId,
    session,
    onSent: reportComplete,
  });

  const accentStyle: CSSProperties | undefined = params.accent
    ? ({ '--embed-accent': params.accent } as CSSProperties)
    : undefined;

  return (
    <div
      ref={rootRef}
      // The result depends on private answers (country, experience, scores), so its screen has one
      // fixed height and scrolls inside: the height the host sees never tells it anything
      // (docs/embed.md, "What the frame's height tells the host").
      className={[
        'embed-root',
        params.accent ? 'has-accent' : '',
        screen === 'result' ? 'is-private' : '',
      ]
        .filter(Boolean)
        .join(' ')}
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
              startQuiz(params.length, newSeed());
            }}
          />
        ) : null}
        {screen === 'question' && mode !== null ? (
          <EmbedQuestions prepared={prepared} mode={mode} link={link} />
        ) : null}
        {screen === 'consent' && link && quizId !== null ? (
          <EmbedConsent
            hostOrigin={link.origin}
            onChoose={(choice) => {
              chooseConsent(quizId, link.origin, choice);
            }}
          />
        ) : null}
        {screen === 'result' && report ? (
          <EmbedResult
            report={report}
            answers={answers}
            showSalaries={params.salaries === 'show'}
            showGuide={params.guide === 'show'}
            jobProfile={params.jobProfile}
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
