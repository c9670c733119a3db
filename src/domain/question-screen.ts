// What /quiz shows for the progress saved in this browser, and the words of a question screen: read
// by the React quiz (src/components/question-view.tsx, src/routes/quiz.tsx) and by the early paint
// (src/early-paint/early-paint.ts), which draws the same question before React has loaded
// (docs/architecture.md, "Early paint of the quiz question").
import type { PreparedBank } from './bank';
import type { EarlierWordings } from './earlier-wordings';
import { presentItem, type PresentedItem } from './present';
import { getCurrentIndex, getEffectiveAnswers } from './progress';
import { restoreSavedQuiz, type StorageEnvelope } from './saved-quiz';

/** The fixed words of a question screen, in one place for both renderers. */
export const QUESTION_WORDS = {
  question: 'Question',
  back: 'Back',
  next: 'Next',
  review: 'Review answers',
  saveAndLeave: 'Save and leave',
  continueElsewhere: 'Continue on another device',
} as const;

/** The line under the options: "Tip: press 1 to 4 to choose an option, then Enter." */
export function keyboardTip(optionCount: number): string {
  return `Tip: press 1 to ${optionCount} to choose an option, then Enter.`;
}

/** The label of "Next" on a question: the last one (or a revisit when all are answered) leads to the review. */
export function nextLabel(isAtEnd: boolean): string {
  return isAtEnd ? QUESTION_WORDS.review : QUESTION_WORDS.next;
}

/** A question as /quiz first shows it after a reload. */
export interface SavedQuestionScreen extends PresentedItem {
  /** "Question 7 of 37" */
  position: number;
  total: number;
  /** The saved answer to this question, if it still counts. */
  selected: string | undefined;
  hasBack: boolean;
  nextLabel: string;
}

/**
 * The question /quiz opens on for `saved`, what the guarded storage read under the quiz's key
 * (src/store/guarded-storage.ts), or null when the page shows something else (no progress, the start
 * card, the review) or it is not progress this version can read. The same guards, order and words as
 * the React quiz (src/store/quiz-store.tsx, src/store/use-question-flow.ts). Never throws.
 */
export function savedQuestionScreen(
  prepared: PreparedBank,
  earlier: EarlierWordings,
  saved: StorageEnvelope | null,
): SavedQuestionScreen | null {
  if (saved === null) return null;
  const restored = restoreSavedQuiz(saved.state, saved.version ?? 0);
  if (!restored.ok) return null;
  const { mode, currentId, isReviewing, seed } = restored.value;
  if (mode === null || isReviewing) return null;
  const answers = getEffectiveAnswers(prepared, restored.value.answers, earlier);
  const items = prepared.items[mode];
  const index = getCurrentIndex(items, currentId, answers);
  const item = items[index];
  if (!item) return null;
  return {
    ...presentItem(item, seed, mode),
    position: index + 1,
    total: items.length,
    selected: answers[item.id],
    hasBack: index > 0,
    nextLabel: nextLabel(index + 1 >= items.length),
  };
}
