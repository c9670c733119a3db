import { totalChoices } from './choice-counts';
import {
  toPercentages,
  VOICE_WORDS,
  type DisplayScore,
  type Strength,
  type Voice,
} from './describe';
import type { BalancedKind, Verdict } from './model-v2';
import { RESULT_TYPES, TYPE_NAMES, type ResultType } from './result-types';
import type { QuadrantCounts } from './scoring';
import { percentOf } from './shared-result';

// The words of a model-2 result (docs/scoring.md, "How sure we are, in words"). Every sentence is
// built from the taker's choice counts and what the model computed from them.

/** Type names as they read inside a sentence. */
const IN_SENTENCE: Readonly<Record<ResultType, string>> = {
  'product-manager': 'Product Manager',
  'product-owner': 'Product Owner',
  'strategic-technical': 'strategic-technical hybrid',
  'customer-facing': 'customer-facing hybrid',
  balanced: 'balanced',
};

const KIND_WORDS: Readonly<Record<BalancedKind, string>> = {
  'enjoys-both': 'enjoys both',
  'drawn-to-neither': 'drawn to neither',
};

/** The four kinds of choice, named as a taker would say them, in the order of QUADRANTS' rows. */
export const CHOICE_KINDS: readonly { quadrant: keyof QuadrantCounts; label: string }[] = [
  { quadrant: 'strategic-market', label: 'Market and business' },
  { quadrant: 'tactical-team', label: 'Team and backlog' },
  { quadrant: 'strategic-team', label: 'Long-term direction with engineers' },
  { quadrant: 'tactical-market', label: 'Straight to customers and users' },
];

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function typeName(type: ResultType, kind: BalancedKind | null): string {
  return type === 'balanced' && kind !== null
    ? `${IN_SENTENCE.balanced} (${KIND_WORDS[kind]})`
    : IN_SENTENCE[type];
}

/** "92%", or "over 99%" where every draw agreed: no quiz result is certain. */
export function percentText(probability: number): string {
  return probability > 0.99 ? 'over 99%' : `${percentOf(probability)}%`;
}

/** How likely, in words: "very likely" from 90%, "likely" from the naming threshold. */
export function likelihoodWord(probability: number): string {
  return probability >= 0.9 ? 'very likely' : 'likely';
}

/** "Product Owner fit", "Between Product Owner and customer-facing hybrid". */
export function verdictHeadline(verdict: Verdict): string {
  if (verdict.kind === 'named') {
    if (verdict.type === 'balanced')
      return `Balanced / full-stack product person: ${KIND_WORDS[verdict.balancedKind ?? 'enjoys-both']}`;
    return TYPE_NAMES[verdict.type];
  }
  return `Between ${typeName(verdict.first.type, verdict.balancedKind)} and ${typeName(verdict.second.type, verdict.balancedKind)}`;
}

/**
 * How sure we are in a few words, for the first screen: "Very likely: 92%", or for a result between
 * two types "Too close to call: 55% and 38%", in the order the headline names them.
 */
export function verdictSummary(verdict: Verdict): string {
  if (verdict.kind === 'named')
    return `${capitalize(likelihoodWord(verdict.probability))}: ${percentText(verdict.probability)}`;
  // The headline names the two types in this order.
  return `Too close to call: ${percentText(verdict.first.probability)} and ${percentText(verdict.second.probability)}`;
}

/** How sure we are, in plain words with the percentage(s); `k` is null where a link does not say. */
export function verdictCertainty(
  verdict: Verdict,
  k: number | null,
  voice: Voice = 'taker',
): string {
  const w = VOICE_WORDS[voice];
  const quiz = k === null ? 'quiz' : `${k}-question quiz`;
  if (verdict.kind === 'named') {
    const name = typeName(verdict.type, verdict.balancedKind);
    const answers = k === null ? 'a quiz' : k === 1 ? 'one answer' : `${k} answers`;
    return `${capitalize(likelihoodWord(verdict.probability))}: ${percentText(verdict.probability)}. Allowing for how much ${answers} can tell, the chance that ${w.whose} preferences sit in the ${name} region of the map is ${percentText(verdict.probability)}.`;
  }
  const { first, second, balancedKind } = verdict;
  return `Between ${typeName(first.type, balancedKind)} (${percentText(first.probability)}) and ${typeName(second.type, balancedKind)} (${percentText(second.probability)}). ${w.Your} answers sit near the border of the two regions, and a ${quiz} cannot tell which side ${voice === 'taker' ? 'you are' : 'the taker is'} on, so we name both rather than pick one.`;
}

/** The type after the verdict's, with its probability (named), or what the other types share (between). */
export function verdictNextNearest(
  verdict: Verdict,
  probabilities: Readonly<Record<ResultType, number>>,
): string {
  const ranked = [...RESULT_TYPES].sort((a, b) => probabilities[b] - probabilities[a]);
  if (verdict.kind === 'named') {
    const next = ranked.find((t) => t !== verdict.type) ?? 'balanced';
    if (probabilities[next] < 0.01) return 'No other type comes close: each has less than 1%.';
    return `The next most likely type is ${IN_SENTENCE[next]} (${percentText(probabilities[next])}).`;
  }
  const rest = Math.max(
    0,
    100 - percentOf(verdict.first.probability) - percentOf(verdict.second.probability),
  );
  return `The other three types together: about ${rest}%.`;
}

const STRENGTH_ADVERB: Readonly<Record<Strength, string>> = {
  slight: 'slightly',
  clear: 'clearly',
  strong: 'strongly',
};

/** One axis in words, without numbers (they are in the details table). */
export function axisWords(
  score: DisplayScore,
  plus: string,
  minus: string,
  strength: Strength,
  voice: Voice = 'taker',
): string {
  const w = VOICE_WORDS[voice];
  if (score.low > 0) return `${w.lean} ${STRENGTH_ADVERB[strength]} ${plus}.`;
  if (score.high < 0) return `${w.lean} ${STRENGTH_ADVERB[strength]} ${minus}.`;
  return `No clear lean between ${plus} and ${minus} work: ${w.its} range covers both.`;
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
  const k = totalChoices(choices);
  const of = voice === 'taker' ? `Of your ${k} scenario choices` : `Of the ${k} scenario choices`;
  return `${of}, ${choices['strategic-market']} went to the market and business, ${choices['tactical-team']} to the team and backlog, ${choices['strategic-team']} to the long-term direction with engineers and ${choices['tactical-market']} straight to customers and users.`;
}

/**
 * The two axes as reasons, the clearer one first: how many scenarios went to each side, counted from
 * the choices. These lead the first screen of a result.
 */
export function axisReasons(choices: QuadrantCounts, voice: Voice = 'taker'): string[] {
  const w = VOICE_WORDS[voice];
  const k = totalChoices(choices);
  const longRange = choices['strategic-market'] + choices['strategic-team'];
  const outward = choices['strategic-market'] + choices['tactical-market'];
  const strategic =
    longRange * 2 === k
      ? `${w.You} split evenly between longer-range and hands-on options: ${longRange} of ${k} each.`
      : longRange * 2 > k
        ? `In ${longRange} of ${k} scenarios ${w.you} picked a longer-range option over a hands-on one.`
        : `In ${k - longRange} of ${k} scenarios ${w.you} picked a hands-on option over a longer-range one.`;
  const outside =
    outward * 2 === k
      ? `${w.You} turned to customers and the market as often as to the team: ${outward} of ${k} each.`
      : outward * 2 > k
        ? `In ${outward} of ${k} ${w.you} turned outward to customers or the market rather than to the team.`
        : `In ${k - outward} of ${k} ${w.you} stayed with the team rather than turning to customers or the market.`;
  const margin = (n: number) => Math.abs(n * 2 - k);
  return margin(outward) > margin(longRange) ? [outside, strategic] : [strategic, outside];
}
