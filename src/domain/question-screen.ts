// The words of a quiz question screen, and the snapshot of the question on screen that the early
// paint of /quiz draws after a reload before React has loaded (docs/architecture.md, "Early paint of
// the quiz question"). The React quiz (src/routes/quiz.tsx, src/components/question-view.tsx) writes
// the snapshot; the early paint (src/early-paint/early-paint.ts) reads it. No React, DOM or storage
// here: both sides pass in what the guarded storage (src/store/guarded-storage.ts) read.
import { canonicalJson, hashString } from './hash';
import { locale } from '../words/en/locale';
import { question as w } from '../words/en/question';

/** The fixed words of a question screen, in this build's language, in one place for both renderers. */
export const QUESTION_WORDS = w;

/** The line under the options: "Tip: press 1 to 4 to choose an option, then Enter." */
export function keyboardTip(optionCount: number): string {
  return w.keyboardTip(optionCount);
}

/** The label of "Next" on a question: the last one (or a revisit when all are answered) leads to the review. */
export function nextLabel(isAtEnd: boolean): string {
  return isAtEnd ? QUESTION_WORDS.review : QUESTION_WORDS.next;
}

/** Where the snapshot is kept, next to the saved progress (`rolefit-quiz`). */
export const QUESTION_SNAPSHOT_KEY = 'rolefit-quiz-screen';

/**
 * Raised when the snapshot's shape changes: an older snapshot is then ignored, never misdrawn.
 * Version 2 records the language the words are in.
 */
export const QUESTION_SNAPSHOT_VERSION = 2;

/** The question on screen, as its words: what the early paint draws. */
export interface QuestionScreen {
  /** "Question 7 of 37" */
  position: number;
  total: number;
  legend: string;
  hint?: string;
  /** The option labels in the taker's order. */
  options: readonly string[];
  /** The index of the chosen option, or -1. */
  selected: number;
  hasBack: boolean;
  nextLabel: string;
}

interface QuestionSnapshot extends QuestionScreen {
  /** A fingerprint of the saved progress this screen was drawn from. */
  progress: string;
  /**
   * The language of the words (`locale.code`): progress is shared by every language's pages, so
   * after a switch the other language's page must not draw these words.
   */
  language: string;
}

/** A fingerprint of saved progress as storage holds it: any change to the progress changes it. */
function fingerprint(savedProgress: unknown): string {
  return hashString(canonicalJson(savedProgress));
}

/**
 * The snapshot to store for `screen` (as the state of a versioned storage value), drawn from
 * `savedProgress`: the progress value as storage holds it now.
 */
export function writeQuestionSnapshot(
  screen: QuestionScreen,
  savedProgress: unknown,
): { state: QuestionSnapshot; version: number } {
  return {
    state: { progress: fingerprint(savedProgress), language: locale.code, ...screen },
    version: QUESTION_SNAPSHOT_VERSION,
  };
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1000;
const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 2000;

/**
 * The question to draw from a stored snapshot (`snapshot`, as the guarded storage read it), or null
 * unless the snapshot is this version's, in this build's language, well formed, and was drawn from
 * exactly the progress storage holds now (so another language's page, another tab's answer, a
 * finished or deleted quiz, or a new release's progress format never shows a stale question).
 * Checked by hand, like saved progress (src/domain/saved-quiz.ts, docs/decisions/006-one-validator.md):
 * the early paint must stay about 1 kB, and this is its whole input. Never throws.
 */
export function readQuestionSnapshot(
  snapshot: { state: unknown; version: number } | null,
  savedProgress: unknown,
): QuestionScreen | null {
  if (snapshot === null || savedProgress === null || savedProgress === undefined) return null;
  const { state, version } = snapshot;
  if (version !== QUESTION_SNAPSHOT_VERSION || state === null || typeof state !== 'object')
    return null;
  const s = state as Partial<Record<keyof QuestionSnapshot, unknown>>;
  const { position, total, options, selected } = s;
  if (
    s.progress !== fingerprint(savedProgress) ||
    s.language !== locale.code ||
    !isCount(position) ||
    !isCount(total) ||
    position < 1 ||
    position > total ||
    !isText(s.legend) ||
    (s.hint !== undefined && !isText(s.hint)) ||
    !Array.isArray(options) ||
    options.length < 2 ||
    options.length > 9 ||
    !options.every(isText) ||
    typeof selected !== 'number' ||
    !Number.isInteger(selected) ||
    selected < -1 ||
    selected >= options.length ||
    typeof s.hasBack !== 'boolean' ||
    (s.nextLabel !== QUESTION_WORDS.next && s.nextLabel !== QUESTION_WORDS.review)
  )
    return null;
  return {
    position,
    total,
    legend: s.legend,
    ...(s.hint === undefined ? {} : { hint: s.hint }),
    options,
    selected,
    hasBack: s.hasBack,
    nextLabel: s.nextLabel,
  };
}
