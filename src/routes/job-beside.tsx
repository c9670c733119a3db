import { startTransition, useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '../config/paths';
import { newSeed } from '../components/random-seed';
import { decodeResultCode, LINK_PROBLEMS } from '../content/decode-result';
import { getLoadedRevision, isKnownRevision } from '../content/load-archive';
import { loadBank } from '../content/load-content';
import { prepareBank, type PreparedBank } from '../domain/bank';
import type { DecodeOutcome } from '../domain/bit-codec';
import { verdictHeadline } from '../domain/describe-v2';
import { QUADRANTS } from '../domain/ids';
import type { PracticeInput, ResultVoice } from '../domain/posting/job-beside-result';
import { readHistoryEntry } from '../domain/result-history';
import { buildResultReport } from '../domain/result-report';
import { readCodeFromHash } from '../domain/result-link';
import { TYPE_NAMES } from '../domain/result-types';
import { scoreAnswers } from '../domain/scoring';
import { encodeShareCode, type SharePayload } from '../domain/share-code';
import type { SharedResult } from '../domain/shared-result';
import { useHistoryEntries } from '../store/history-store';
import { useQuizActions, useQuizMode, useIsReviewing } from '../store/quiz-store';
import { useAnswers } from '../store/use-answers';
import { job as w } from '../words/en/job';

// Which result /job puts beside the job: the one in the page's `#r=` link, else the quiz finished in
// this browser, else the newest result kept on this device (docs/job-postings.md, "Beside your result").

/** A result to compare a job with, and what is known of its practice answers. */
export interface ResultToCompare {
  result: SharedResult;
  /** "Product Owner fit", or "Between … and …". */
  headline: string;
  practice: PracticeInput;
  voice: ResultVoice;
  /** Where it came from, in words: "from this browser", "from the link". */
  from: string;
}

export type ResultState =
  | { kind: 'reading' }
  | { kind: 'none'; linkProblem: string | null }
  | { kind: 'found'; value: ResultToCompare; linkProblem: string | null };

const headlineOf = (result: SharedResult) =>
  result.model === 2 ? verdictHeadline(result.verdict) : TYPE_NAMES[result.type];

/** How many scenario choices placed a result. */
export const choiceCountOf = (result: SharedResult) =>
  QUADRANTS.reduce((sum, q) => sum + result.choices[q], 0);

/** The practice answers of an answers-level link (its revision was loaded to decode it). */
function practiceOfLink(payload: SharePayload): PracticeInput {
  if (payload.level !== 'answers') return { kind: 'not-in-link' };
  const { result, answers } = payload;
  if (result.mode === 'short') return { kind: 'short-quiz' };
  const bank = getLoadedRevision(result.revision);
  const scored = bank ? scoreAnswers(prepareBank(bank), answers, result.mode) : null;
  return scored?.ok ? { kind: 'known', skills: scored.value.skills } : { kind: 'not-in-link' };
}

type Decoded = { code: string; outcome: DecodeOutcome<SharePayload> } | null;

/** The result to put beside a job. Call only after hydration: it reads this browser's storage. */
export function useResultToCompare(): ResultState {
  const prepared = loadBank();
  const own = useOwnResult(prepared);
  const kept = useHistoryEntries();
  const code = readCodeFromHash(useLocation().hash);
  const [decoded, setDecoded] = useState<Decoded>(null);

  useEffect(() => {
    if (code === null) return;
    let isCurrent = true;
    void decodeResultCode(code).then((outcome) => {
      if (isCurrent) startTransition(() => setDecoded({ code, outcome }));
    });
    return () => {
      isCurrent = false;
    };
  }, [code]);

  if (code !== null && decoded?.code !== code) return { kind: 'reading' };
  let linkProblem: string | null = null;
  if (code !== null && decoded) {
    const { outcome } = decoded;
    if (!outcome.ok) linkProblem = LINK_PROBLEMS[outcome.reason] ?? LINK_PROBLEMS.malformed ?? '';
    else if (outcome.value.level === 'verdict') linkProblem = w.typeOnlyLink;
    else {
      const payload = outcome.value;
      // The taker's own link, opened where the quiz was taken: this browser also has the practice answers.
      const isOwn =
        own !== null &&
        encodeShareCode({ level: 'scores', result: payload.result }) ===
          encodeShareCode({ level: 'scores', result: own.result });
      if (isOwn) return { kind: 'found', value: own, linkProblem: null };
      return {
        kind: 'found',
        linkProblem: null,
        value: {
          result: payload.result,
          headline: headlineOf(payload.result),
          practice: practiceOfLink(payload),
          voice: 'link',
          from: w.from.link,
        },
      };
    }
  }
  if (own) return { kind: 'found', value: own, linkProblem };
  const newest = kept[0];
  const keptResult = newest ? readHistoryEntry(newest, isKnownRevision) : null;
  if (keptResult)
    return {
      kind: 'found',
      linkProblem,
      value: {
        result: keptResult,
        headline: headlineOf(keptResult),
        practice: keptResult.mode === 'short' ? { kind: 'short-quiz' } : { kind: 'not-kept' },
        voice: 'own',
        from: w.from.kept,
      },
    };
  return { kind: 'none', linkProblem };
}

/** The quiz finished in this browser, if there is one. */
function useOwnResult(prepared: PreparedBank): ResultToCompare | null {
  const mode = useQuizMode();
  const isFinished = useIsReviewing();
  const answers = useAnswers(prepared);
  return useMemo(() => {
    if (mode === null || !isFinished) return null;
    const outcome = buildResultReport(prepared, answers, mode, '');
    if (!outcome.ok) return null;
    const report = outcome.value;
    return {
      result: report.result,
      headline: report.words.headline,
      practice: report.practice ? { kind: 'known', skills: report.skills } : { kind: 'short-quiz' },
      voice: 'own',
      from: w.from.quiz,
    };
  }, [prepared, answers, mode, isFinished]);
}

/** No result on this device: how to get one (a quiz in progress is continued, never replaced). */
export function TakeQuizOffer() {
  const mode = useQuizMode();
  const navigate = useNavigate();
  const { startQuiz } = useQuizActions();
  if (mode !== null)
    return (
      <p>
        {w.finishQuiz} <Link to={paths.quiz.href()}>{w.continueQuiz}</Link>
      </p>
    );
  return (
    <div className="job-take-quiz">
      <p>{w.takeQuiz}</p>
      <p className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => {
            startQuiz('full', newSeed());
            void navigate(paths.quiz.href());
          }}
        >
          {w.startFull}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            startQuiz('short', newSeed());
            void navigate(paths.quiz.href());
          }}
        >
          {w.startShort}
        </button>
      </p>
      <p className="muted">{w.quizLengths}</p>
    </div>
  );
}
