import { likelihoodWord, percentText } from './describe-v2';
import type { SharedResult } from './shared-result';
import { share } from '../words/en/share';

// The words on the downloadable result card (src/components/result-card.ts): how sure, in words,
// from the same model numbers the result page shows, and no signed scores at all.

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * How sure the result is, for the card: "Very likely: 92%", or without the number ("Very likely")
 * when the taker shares the type only. A "between" result says it sits near a border. Null for a
 * scoring-model-1 result, which had no probability.
 */
export function describeCardCertainty(result: SharedResult, isTypeOnly: boolean): string | null {
  if (result.model !== 2) return null;
  const { verdict } = result;
  if (verdict.kind === 'named') {
    const words = capitalize(likelihoodWord(verdict.probability));
    return isTypeOnly ? words : `${words}: ${percentText(verdict.probability)}`;
  }
  return isTypeOnly
    ? share.card.nearBorder
    : share.card.nearBorderNumbers(
        percentText(verdict.first.probability),
        percentText(verdict.second.probability),
      );
}
