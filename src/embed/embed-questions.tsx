import { useEffect } from 'react';
import { QuestionView } from '../components/question-view';
import type { PreparedBank } from '../domain/bank';
import type { Mode } from '../domain/schema';
import { useQuestionFlow } from '../store/use-question-flow';
import type { HostLink } from './use-host-link';
import { embed as w } from '../words/en/embed';

/** One question per screen; after the last, the result (or the first question still open). */
export function EmbedQuestions({
  prepared,
  mode,
  link,
}: {
  prepared: PreparedBank;
  mode: Mode;
  link: HostLink | null;
}) {
  // No review screen in the frame: the last question leads to any question still open.
  const { question, index, items, isAtEnd } = useQuestionFlow(prepared, mode, 'first-open');

  // progress: which question is on screen, never what was answered.
  useEffect(() => {
    link?.send('progress', { index, total: items.length });
  }, [link, index, items.length]);

  if (!question) return null;
  return (
    <QuestionView
      key={question.id}
      {...question}
      nextLabel={isAtEnd ? w.questions.last : w.questions.next}
      isEmbedded
    />
  );
}
