import { totalChoices } from './choice-counts';
import { formatPercent } from './format';
import { QUADRANTS } from './ids';
import { verdict as w } from '../words/en/verdict';
import { toPercentages, type DisplayScore, type Strength, type Voice } from './describe';
import type { Verdict } from './model-v2';
import { RESULT_TYPES, type ResultType } from './result-types';
import type { QuadrantCounts } from './scoring';
import { percentOf } from './shared-result';

// The words of a model-2 result (docs/scoring.md, "How sure we are, in words"). Every sentence is
// built from the taker's choice counts and what the model computed from them.

/** The four kinds of choice, named as a taker would say them, in the order of QUADRANTS. */
export const CHOICE_KINDS: readonly { quadrant: keyof QuadrantCounts; label: string }[] =
  QUADRANTS.map((quadrant) => ({ quadrant, label: w.choiceKinds[quadrant] }));

/** "92%", or "over 99%" where every draw agreed: no quiz result is certain. */
export function percentText(probability: number): string {
  return probability > 0.99 ? w.over(formatPercent(99)) : formatPercent(percentOf(probability));
}

/** How likely, in words: "very likely" from 90%, "likely" from the naming threshold. */
export function likelihoodWord(probability: number): string {
  return w.likelihood(probability >= 0.9);
}

/** "Product Owner fit", "Between Product Owner and customer-facing hybrid". */
export function verdictHeadline(verdict: Verdict): string {
  if (verdict.kind === 'named') return w.headlineNamed(verdict.type, verdict.balancedKind);
  return w.headlineBetween(verdict.first.type, verdict.second.type, verdict.balancedKind);
}

/**
 * How sure we are in a few words, for the first screen: "Very likely: 92%", or for a result between
 * two types "Too close to call: 55% and 38%", in the order the headline names them.
 */
export function verdictSummary(verdict: Verdict): string {
  if (verdict.kind === 'named')
    return w.summaryNamed(likelihoodWord(verdict.probability), percentText(verdict.probability));
  // The headline names the two types in this order.
  return w.summaryBetween(
    percentText(verdict.first.probability),
    percentText(verdict.second.probability),
  );
}

/** How sure we are, in plain words with the percentage(s); `k` is null where a link does not say. */
export function verdictCertainty(
  verdict: Verdict,
  k: number | null,
  voice: Voice = 'taker',
): string {
  if (verdict.kind === 'named') {
    const percent = percentText(verdict.probability);
    return w.certaintyNamed(
      likelihoodWord(verdict.probability),
      percent,
      verdict.type,
      verdict.balancedKind,
      k,
      voice,
    );
  }
  const { first, second, balancedKind } = verdict;
  return w.certaintyBetween(
    { type: first.type, percent: percentText(first.probability) },
    { type: second.type, percent: percentText(second.probability) },
    balancedKind,
    k,
    voice,
  );
}

/** The type after the verdict's, with its probability (named), or what the other types share (between). */
export function verdictNextNearest(
  verdict: Verdict,
  probabilities: Readonly<Record<ResultType, number>>,
): string {
  const ranked = [...RESULT_TYPES].sort((a, b) => probabilities[b] - probabilities[a]);
  if (verdict.kind === 'named') {
    const next = ranked.find((t) => t !== verdict.type) ?? 'balanced';
    if (probabilities[next] < 0.01) return w.noneClose(formatPercent(1));
    return w.nextNearest(next, percentText(probabilities[next]));
  }
  const rest = Math.max(
    0,
    100 - percentOf(verdict.first.probability) - percentOf(verdict.second.probability),
  );
  return w.otherThree(formatPercent(rest));
}

/** One axis in words, without numbers (they are in the details table). */
export function axisWords(
  score: DisplayScore,
  axis: 'strategic' | 'outside',
  strength: Strength,
  voice: Voice = 'taker',
): string {
  const side = score.low > 0 ? 'plus' : score.high < 0 ? 'minus' : null;
  return w.axisLean(axis, side, strength, voice);
}

/** The four kinds of choice with their counts and shares. */
export function choiceRows(
  choices: QuadrantCounts,
): { label: string; count: number; percent: number }[] {
  const percents = toPercentages(CHOICE_KINDS.map((c) => choices[c.quadrant]));
  return CHOICE_KINDS.map((c, i) => ({
    label: c.label,
    count: choices[c.quadrant],
    percent: percents[i] ?? 0,
  }));
}

/** The sentence that counts each kind of choice. */
export function choiceCountSentence(choices: QuadrantCounts, voice: Voice = 'taker'): string {
  return w.choiceCount(choices, totalChoices(choices), voice);
}

/**
 * The two axes as reasons, the clearer one first: how many scenarios went to each side, counted from
 * the choices. These lead the first screen of a result.
 */
export function axisReasons(choices: QuadrantCounts, voice: Voice = 'taker'): string[] {
  const k = totalChoices(choices);
  const longRange = choices['strategic-market'] + choices['strategic-team'];
  const outward = choices['strategic-market'] + choices['tactical-market'];
  const strategic =
    longRange * 2 === k
      ? w.reasonStrategic('even', longRange, k, voice)
      : longRange * 2 > k
        ? w.reasonStrategic('long', longRange, k, voice)
        : w.reasonStrategic('hands-on', k - longRange, k, voice);
  const outside =
    outward * 2 === k
      ? w.reasonOutside('even', outward, k, voice)
      : outward * 2 > k
        ? w.reasonOutside('outward', outward, k, voice)
        : w.reasonOutside('team', k - outward, k, voice);
  const margin = (n: number) => Math.abs(n * 2 - k);
  return margin(outward) > margin(longRange) ? [outside, strategic] : [strategic, outside];
}
