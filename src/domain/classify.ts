import { SCORING_MODEL } from './model-constants';
import {
  axisText,
  certaintyText,
  choiceSentences,
  headlineOf,
  sharesOf,
  toPercentages,
  type BalancedKind,
  type CertaintyLevel,
  type DisplayScore,
  type Strength,
} from './describe';
import { QUADRANT_POSITION, type AxisScore, type QuadrantCounts, type Scores } from './scoring';
import { RESULT_TYPES, TYPE_PROTOTYPES, type ResultType } from './result-types';
import { DIMENSION_IDS, QUADRANTS } from './ids';
import type { Bank, Quadrant } from './schema';

export type { BalancedKind, CertaintyLevel, Strength };
export { toPercentages };

/** One axis in words. */
export interface AxisLeaning {
  pole: 'strategic' | 'tactical' | 'market' | 'team' | null;
  /** True when the 90% interval excludes zero. */
  decided: boolean;
  strength: Strength;
  text: string;
}

export interface FitResult {
  type: ResultType;
  /** "Clear Product Manager fit", "Balanced / full-stack product person: enjoys both". */
  headline: string;
  /** Null for a balanced result, which has no direction to be strong in. */
  strength: Strength | null;
  balancedKind: BalancedKind | null;
  axes: { strategic: AxisLeaning; outside: AxisLeaning };
  /** Shares of scenarios (integers summing to 100): PM-type, PO-type and mixed choices. */
  percentages: { pm: number; po: number; mixed: number };
  certainty: { level: CertaintyLevel; text: string };
  nextNearest: ResultType;
  /** Sentences that trace the result back to the answers. */
  explanation: string[];
}

/** Strength bands on a magnitude in 0..1: below .33 slight, .33 to .66 clear, above .66 strong. */
export function strengthOf(magnitude: number): Strength {
  const m = Math.abs(magnitude);
  if (m > SCORING_MODEL.strongAbove) return 'strong';
  if (m >= SCORING_MODEL.clearFrom) return 'clear';
  return 'slight';
}

/** Engine value -1..+1 to the -100..100 the UI shows. */
export function toDisplay(x: number): number {
  const rounded = Math.round(x * 100);
  return rounded === 0 ? 0 : rounded; // never -0
}

const isDecided = (a: AxisScore) => a.low > 0 || a.high < 0;

function describeAxis(
  a: AxisScore,
  plus: 'strategic' | 'market',
  minus: 'tactical' | 'team',
): AxisLeaning {
  const decided = isDecided(a);
  const strength = strengthOf(a.value);
  const pole = decided ? (a.value > 0 ? plus : minus) : null;
  const label = plus === 'strategic' ? 'strategic and tactical' : 'market-facing and team-facing';
  return { pole, decided, strength, text: axisText(displayOf(a), pole, strength, label) };
}

const displayOf = (a: AxisScore): DisplayScore => ({
  value: toDisplay(a.value),
  low: toDisplay(a.low),
  high: toDisplay(a.high),
});

const QUADRANT_DEED: Readonly<Record<Quadrant, string>> = {
  'strategic-market': 'went for the market and business angle',
  'tactical-team': 'worked it through with the team and the backlog',
  'strategic-team': 'looked at the long-term direction with engineers',
  'tactical-market': 'went straight to customers and users',
};

function nearestOther(type: ResultType, s: number, o: number): ResultType {
  let best: ResultType = type;
  let bestDist = Infinity;
  for (const t of RESULT_TYPES) {
    if (t === type) continue;
    const p = TYPE_PROTOTYPES[t];
    const d = (p.s - s) ** 2 + (p.o - o) ** 2;
    if (d < bestDist) {
      best = t;
      bestDist = d;
    }
  }
  return best;
}

function pullOf(counts: QuadrantCounts, direction: { s: number; o: number }): number {
  return QUADRANTS.reduce(
    (sum, q) =>
      sum +
      counts[q] * (QUADRANT_POSITION[q].s * direction.s + QUADRANT_POSITION[q].o * direction.o),
    0,
  );
}

function explain(scores: Scores, type: ResultType, bank: Bank): string[] {
  const nounOf = (id: string) => bank.dimensions.find((d) => d.id === id)?.scenarioNoun ?? id;
  const sentences = choiceSentences(scores.choices);
  const direction = TYPE_PROTOTYPES[type];
  const ranked = DIMENSION_IDS.map((d) => {
    const counts = scores.byDimension[d];
    const total = QUADRANTS.reduce((n, q) => n + counts[q], 0);
    const top = QUADRANTS.reduce<Quadrant>(
      (best, q) => (counts[q] > counts[best] ? q : best),
      'strategic-market',
    );
    const pull = type === 'balanced' ? counts[top] / Math.max(total, 1) : pullOf(counts, direction);
    return { d, total, top, count: counts[top], pull };
  })
    .filter((r) => r.total >= 2 && r.count >= 2 && r.count * 2 > r.total)
    .sort((a, b) => b.pull - a.pull || b.count - a.count);
  for (const r of ranked.slice(0, 3)) {
    sentences.push(
      `In ${r.count} of ${r.total} ${nounOf(r.d)} scenarios you ${QUADRANT_DEED[r.top]}.`,
    );
  }
  return sentences;
}

function certaintyOf(scores: Scores, type: ResultType): { level: CertaintyLevel; text: string } {
  const f = scores.fit;
  const level = (margin: number): CertaintyLevel =>
    margin >= 0.25 ? 'high' : margin >= 0.1 ? 'moderate' : 'low';
  let l: CertaintyLevel;
  if (type === 'product-manager' || type === 'product-owner')
    l = level(Math.abs(f.value) - f.halfWidth);
  else if (type === 'strategic-technical' || type === 'customer-facing') {
    l = level(
      Math.min(
        Math.abs(scores.strategic.value) - scores.strategic.halfWidth,
        Math.abs(scores.outside.value) - scores.outside.halfWidth,
      ),
    );
  } else l = f.low >= -0.33 && f.high <= 0.33 ? 'high' : 'low';
  return { level: l, text: certaintyText(type, l, displayOf(f)) };
}

/**
 * Turns scores into a result type with words, never a silent tie-break.
 * PM/PO when f's interval excludes 0; else a hybrid when S and O are both decided with opposite signs;
 * else balanced, split into "enjoys both" and "drawn to neither".
 */
export function classifyFit(scores: Scores, bank: Bank): FitResult {
  const { strategic, outside, fit, choices, k } = scores;
  let type: ResultType;
  if (fit.low > 0) type = 'product-manager';
  else if (fit.high < 0) type = 'product-owner';
  else if (
    isDecided(strategic) &&
    isDecided(outside) &&
    Math.sign(strategic.value) !== Math.sign(outside.value)
  ) {
    type = strategic.value > 0 ? 'strategic-technical' : 'customer-facing';
  } else type = 'balanced';

  const poleShare = k === 0 ? 0 : (choices['strategic-market'] + choices['tactical-team']) / k;
  const balancedKind: BalancedKind | null =
    type === 'balanced'
      ? poleShare >= SCORING_MODEL.enjoysBothMinPoleShare
        ? 'enjoys-both'
        : 'drawn-to-neither'
      : null;
  const strength: Strength | null =
    type === 'balanced'
      ? null
      : type === 'product-manager' || type === 'product-owner'
        ? strengthOf(fit.value)
        : strengthOf(Math.min(Math.abs(strategic.value), Math.abs(outside.value)));
  const headline = headlineOf(type, strength, balancedKind);
  return {
    type,
    headline,
    strength,
    balancedKind,
    axes: {
      strategic: describeAxis(strategic, 'strategic', 'tactical'),
      outside: describeAxis(outside, 'market', 'team'),
    },
    percentages: sharesOf(choices),
    certainty: certaintyOf(scores, type),
    nextNearest: nearestOther(type, strategic.value, outside.value),
    explanation: explain(scores, type, bank),
  };
}
