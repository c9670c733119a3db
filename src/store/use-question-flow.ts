import { useCallback, useMemo, useState } from 'react';
import type { PreparedBank } from '../domain/bank';
import { presentItem } from '../domain/present';
import { getCurrentIndex, getProgress, getStepAfter, type StepAfterInit } from '../domain/progress';
import type { Mode } from '../domain/schema';
import { useCurrentId, useQuizActions, useShuffleSeed } from './quiz-store';
import { useAnswers } from './use-answers';

/**
 * The question on screen and what the taker can do with it, including where "Next" goes after the
 * last question (`getStepAfter`): shared by the site's quiz and the embed. Leaving the questions
 * opens the review (the embed shows the result instead).
 * @example const { question } = useQuestionFlow(prepared, mode, 'end'); <QuestionView key={question.id} {...question} nextLabel="Next" />
 */
export function useQuestionFlow(
  prepared: PreparedBank,
  mode: Mode,
  whenOpenAtEnd: StepAfterInit['whenOpenAtEnd'],
) {
  const answers = useAnswers(prepared);
  const currentId = useCurrentId();
  const seed = useShuffleSeed();
  const { answerQuestion, goToQuestion, openReview } = useQuizActions();
  const [showMissing, setShowMissing] = useState(false);
  const [isRevisiting, setIsRevisiting] = useState(false);
  const items = prepared.items[mode];
  const index = getCurrentIndex(items, currentId, answers);
  const item = items[index];
  const presented = useMemo(
    () => (item ? presentItem(item, seed, mode) : null),
    [item, seed, mode],
  );
  const previous = items[index - 1];
  const after = getStepAfter(items, index, answers, { isRevisiting, whenOpenAtEnd });
  const isComplete = getProgress(prepared, mode, answers).isComplete;

  const select = useCallback(
    (optionId: string) => {
      if (!item) return;
      answerQuestion(item.id, optionId, item.hash);
      setShowMissing(false);
    },
    [item, answerQuestion],
  );
  const goTo = (questionId: string) => {
    setShowMissing(false);
    goToQuestion(questionId);
  };
  /** "Next": stays with a hint while the question has no answer, else moves on or leaves the questions. */
  const next = () => {
    const isAnswered = item !== undefined && answers[item.id] !== undefined;
    setShowMissing(!isAnswered);
    if (!isAnswered) return;
    if (after.to === 'question') {
      goTo(after.id);
      return;
    }
    setIsRevisiting(false);
    openReview();
  };
  /** Changes one answer from the review screen; "Next" returns to the review once all are answered. */
  const revisit = (questionId: string) => {
    setIsRevisiting(true);
    goTo(questionId);
  };

  return {
    answers,
    items,
    index,
    /** The question on screen, as QuestionView's props (null when there is none); add `nextLabel`. */
    question:
      item && presented
        ? {
            id: item.id,
            position: index + 1,
            total: items.length,
            legend: presented.legend,
            ...(presented.hint ? { hint: presented.hint } : {}),
            options: presented.options,
            selected: answers[item.id],
            showMissing,
            onSelect: select,
            onBack: previous ? () => goTo(previous.id) : null,
            onNext: next,
          }
        : null,
    /** The last question, or a revisit with every question answered: "Next" is labelled for the end. */
    isAtEnd: index + 1 >= items.length || (isRevisiting && isComplete),
    revisit,
  };
}
