import { useMemo } from 'react';
import type { PreparedBank } from '../domain/bank';
import { EARLIER_WORDINGS } from '../content/load-content';
import { getEffectiveAnswers } from '../domain/progress';
import type { Answers } from '../domain/schema';
import { useSavedAnswers } from './quiz-store';

/**
 * The answers that still count against this bank: derived, never stored. In its own module so the
 * landing page, which only counts saved answers, does not load the bank's hashing code.
 * @example const answers = useAnswers(bank);
 */
export function useAnswers(prepared: PreparedBank): Answers {
  const saved = useSavedAnswers();
  return useMemo(() => getEffectiveAnswers(prepared, saved, EARLIER_WORDINGS), [prepared, saved]);
}
