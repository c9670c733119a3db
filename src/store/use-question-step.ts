import { useCallback, useMemo, useState } from 'react';
import type { PreparedBank } from '../domain/bank';
import { presentItem } from '../domain/present';
import { getCurrentIndex } from '../domain/progress';
import type { Mode } from '../domain/schema';
import { useCurrentId, useQuizActions, useShuffleSeed } from './quiz-store';
import { useAnswers } from './use-answers';

/**
 * The question on screen and what the taker can do with it: shared by the site's quiz and the embed,
 * which differ only in where "Next" goes after the last question.
 * @example const step = useQuestionStep(prepared, mode); if (step.requireAnswer()) goToQuestion(next.id);
 */
export function useQuestionStep(prepared: PreparedBank, mode: Mode) {
  const answers = useAnswers(prepared);
  const currentId = useCurrentId();
  const seed = useShuffleSeed();
  const { answerQuestion, goToQuestion } = useQuizActions();
  const [showMissing, setShowMissing] = useState(false);
  const items = prepared.items[mode];
  const index = getCurrentIndex(items, currentId, answers);
  const item = items[index];
  const presented = useMemo(() => (item ? presentItem(item, seed) : null), [item, seed]);
  const previous = items[index - 1];

  const select = useCallback(
    (optionId: string) => {
      if (!item) return;
      answerQuestion(item.id, optionId, item.hash);
      setShowMissing(false);
    },
    [item, answerQuestion],
  );
  /** Moves to a question and clears the "choose an option" hint. */
  const goTo = (questionId: string) => {
    setShowMissing(false);
    goToQuestion(questionId);
  };
  /** True when the question on screen has an answer; otherwise shows the hint and stays. */
  const requireAnswer = (): boolean => {
    const isAnswered = item !== undefined && answers[item.id] !== undefined;
    setShowMissing(!isAnswered);
    return isAnswered;
  };

  return {
    answers,
    items,
    index,
    item,
    presented,
    showMissing,
    select,
    goTo,
    goBack: previous ? () => goTo(previous.id) : null,
    requireAnswer,
  };
}
