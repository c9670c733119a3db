import { SCORING_MODEL } from './model-constants';
import type { BalancedKind, CertaintyLevel, Strength } from './describe';
import type { AxisScore, Scores } from './scoring';
import { RESULT_TYPES, TYPE_PROTOTYPES, type ResultType } from './result-types';

export type { BalancedKind, CertaintyLevel, Strength };

/** A result type and the facts its words are built from (src/domain/shared-view.ts builds the words). */
export interface FitResult {
  type: ResultType;
  /** Null for a balanced result, which has no direction to be strong in. */
  strength: Strength | null;
  balancedKind: BalancedKind | null;
  certainty: { level: CertaintyLevel };
  nextNearest: ResultType;
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

function certaintyOf(scores: Scores, type: ResultType): CertaintyLevel {
  const f = scores.fit;
  const level = (margin: number): CertaintyLevel =>
    margin >= 0.25 ? 'high' : margin >= 0.1 ? 'moderate' : 'low';
  if (type === 'product-manager' || type === 'product-owner')
    return level(Math.abs(f.value) - f.halfWidth);
  if (type === 'strategic-technical' || type === 'customer-facing') {
    return level(
      Math.min(
        Math.abs(scores.strategic.value) - scores.strategic.halfWidth,
        Math.abs(scores.outside.value) - scores.outside.halfWidth,
      ),
    );
  }
  return f.low >= -0.33 && f.high <= 0.33 ? 'high' : 'low';
}

/**
 * Turns scores into a result type, never a silent tie-break; the words are built by describeSharedResult.
 * PM/PO when f's interval excludes 0; else a hybrid when S and O are both decided with opposite signs;
 * else balanced, split into "enjoys both" and "drawn to neither".
 */
export function classifyFit(scores: Scores): FitResult {
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
  return {
    type,
    strength,
    balancedKind,
    certainty: { level: certaintyOf(scores, type) },
    nextNearest: nearestOther(type, strategic.value, outside.value),
  };
}
