import type { QuadrantCounts } from './scoring';
import { TYPE_NAMES, type ResultType } from './result-types';

export type Strength = 'slight' | 'clear' | 'strong';
export type BalancedKind = 'enjoys-both' | 'drawn-to-neither';
export type CertaintyLevel = 'high' | 'moderate' | 'low';

/** A score as shown: integers on -100..100 (the engine's -1..+1 times 100, rounded). */
export interface DisplayScore {
  value: number;
  low: number;
  high: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Who a sentence speaks to: the taker reading their own result ("you"), or someone who opened a
 * shared link, for whom the same facts read in the third person ("the taker", "this result").
 */
export type Voice = 'taker' | 'viewer';

/** The words that change between the two voices; every result sentence takes them from here. */
export const VOICE_WORDS: Readonly<
  Record<
    Voice,
    {
      you: string;
      You: string;
      your: string;
      Your: string;
      /** Possessive of the person: "your preferences", "the taker's preferences". */
      whose: string;
      /** An axis lean: "You lean", "This result leans". */
      lean: string;
      /** Owner of a range: "your range", "its range". */
      its: string;
    }
  >
> = {
  taker: {
    you: 'you',
    You: 'You',
    your: 'your',
    Your: 'Your',
    whose: 'your',
    lean: 'You lean',
    its: 'your',
  },
  viewer: {
    you: 'the taker',
    You: 'The taker',
    your: 'the',
    Your: 'The',
    whose: 'the taker’s',
    lean: 'This result leans',
    its: 'its',
  },
};

/** "Clear Product Manager fit", "Balanced / full-stack product person: enjoys both". */
export function headlineOf(
  type: ResultType,
  strength: Strength | null,
  kind: BalancedKind | null,
): string {
  if (type === 'balanced') {
    return `${TYPE_NAMES.balanced}: ${kind === 'drawn-to-neither' ? 'drawn to neither' : 'enjoys both'}`;
  }
  const word = strength ? `${strength.charAt(0).toUpperCase()}${strength.slice(1)} ` : '';
  const name = TYPE_NAMES[type];
  return `${word}${name.startsWith('Product') ? name : name.toLowerCase()}`;
}

/** One axis in words, from the numbers the taker sees. */
export function axisText(
  score: DisplayScore,
  pole: string | null,
  strength: Strength,
  label: 'strategic and tactical' | 'market-facing and team-facing',
  voice: Voice = 'taker',
): string {
  const range = `${score.value}, 90% range ${score.low} to ${score.high}`;
  if (pole === null) return `No clear lean between ${label} work (${range}).`;
  const adverb = strength === 'slight' ? 'slightly' : strength === 'clear' ? 'clearly' : 'strongly';
  const word = pole === 'market' ? 'market-facing' : pole === 'team' ? 'team-facing' : pole;
  return `${VOICE_WORDS[voice].lean} ${adverb} ${word} (${range}).`;
}

const CERTAINTY_OPENING: Readonly<Record<CertaintyLevel, string>> = {
  high: 'We are fairly sure of this result',
  moderate: 'This result is reasonably clear',
  low: 'This result is only just over the line',
};

/** "How sure we are" in plain words, with the PM-fit index and its range. */
export function certaintyText(
  type: ResultType,
  level: CertaintyLevel,
  fit: DisplayScore,
  voice: Voice = 'taker',
): string {
  const w = VOICE_WORDS[voice];
  const fText = `${w.Your} PM-fit index is ${fit.value} on a scale from -100 (Product Owner) to 100 (Product Manager), with a 90% range of ${fit.low} to ${fit.high}.`;
  if (type === 'product-manager' || type === 'product-owner') {
    return `${CERTAINTY_OPENING[level]}: the whole range sits on one side of zero. ${fText}`;
  }
  if (type === 'strategic-technical' || type === 'customer-facing') {
    return `${CERTAINTY_OPENING[level]}: both axes are decided, in opposite directions, so the PM-fit index sits near zero by design. ${fText}`;
  }
  return level === 'high'
    ? `${w.Your} answers sit close to the middle and the whole range stays near zero, so a balanced result is a fair reading. ${fText}`
    : `${w.Your} answers were spread out: the range crosses zero, so a few different choices could tip the result either way. ${fText}`;
}

/** The two sentences that count the choices behind any result. */
export function choiceSentences(choices: QuadrantCounts, voice: Voice = 'taker'): string[] {
  const w = VOICE_WORDS[voice];
  const k =
    choices['strategic-market'] +
    choices['tactical-team'] +
    choices['strategic-team'] +
    choices['tactical-market'];
  const mixed = choices['strategic-team'] + choices['tactical-market'];
  return [
    `${w.You} chose the market-and-strategy option (typical of Product Managers) in ${choices['strategic-market']} of ${plural(k, 'scenario', 'scenarios')}, the team-and-backlog option (typical of Product Owners) in ${choices['tactical-team']}, and one of the two mixed options in ${mixed}.`,
    `In ${choices['strategic-market'] + choices['strategic-team']} of ${k} ${w.you} picked a strategic, longer-range option over a hands-on one, and in ${choices['strategic-market'] + choices['tactical-market']} of ${k} ${w.you} turned outward to customers or the market rather than inward to the team.`,
  ];
}

/** Integer percentages that sum to 100 (largest remainder). */
export function toPercentages(parts: readonly number[]): number[] {
  const total = parts.reduce((a, b) => a + b, 0);
  if (total === 0) return parts.map(() => 0);
  const raw = parts.map((p) => (p / total) * 100);
  const floors = raw.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = raw
    .map((r, i) => ({ i, rem: r - Math.floor(r) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}

/** Shares of PM-type, PO-type and mixed choices. */
export function sharesOf(choices: QuadrantCounts): { pm: number; po: number; mixed: number } {
  const [pm = 0, po = 0, mixed = 0] = toPercentages([
    choices['strategic-market'],
    choices['tactical-team'],
    choices['strategic-team'] + choices['tactical-market'],
  ]);
  return { pm, po, mixed };
}

/** The next-nearest type as a sentence. */
export function nextNearestText(type: ResultType, voice: Voice = 'taker'): string {
  return `The next closest result type for ${VOICE_WORDS[voice].your} answers is ${TYPE_NAMES[type]}.`;
}
