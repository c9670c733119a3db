import { useEffect } from 'react';
import { QuestionView } from '../components/question-view';
import type { PreparedBank } from '../domain/bank';
import type { Mode } from '../domain/schema';
import { useQuestionFlow } from '../store/use-question-flow';
import type { HostLink } from './use-host-link';

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
  const flow = useQuestionFlow(prepared, mode, 'first-open');
  const { answers, items, index, item, presented } = flow;

  // progress: which question is on screen, never what was answered.
  useEffect(() => {
    link?.send('progress', { index, total: items.length });
  }, [link, index, items.length]);

  if (!item || !presented) return null;

  return (
    <QuestionView
      key={item.id}
      position={index + 1}
      total={items.length}
      legend={presented.legend}
      {...(presented.hint ? { hint: presented.hint } : {})}
      options={presented.options}
      selected={answers[item.id]}
      showMissing={flow.showMissing}
      onSelect={flow.select}
      onBack={flow.goBack}
      onNext={flow.next}
      nextLabel={flow.isAtEnd ? 'See my result' : 'Next'}
      isEmbedded
    />
  );
}
