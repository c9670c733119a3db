import type { QuadrantCounts } from './scoring';
import { TYPE_NAMES, type ResultType } from './result-types';
import { modelOne as w } from '../words/en/model-one';

export type Strength = 'slight' | 'clear' | 'strong';
export type BalancedKind = 'enjoys-both' | 'drawn-to-neither';
export type CertaintyLevel = 'high' | 'moderate' | 'low';

/** A score as shown: integers on -100..100 (the engine's -1..+1 times 100, rounded). */
export interface DisplayScore {
  value: number;
  low: number;
  high: number;
}

/**
 * Who a sentence speaks to: the taker reading their own result ("you"), or someone who opened a
 * shared link, for whom the same facts read in the third person ("the taker", "this result").
 */
export type Voice = 'taker' | 'viewer';

// Model 1's sentences: their words, in the build's language, are in src/words/<language>/model-one.ts.

/** "Clear Product Manager fit", "Balanced / full-stack product person: enjoys both". */
export function headlineOf(
  type: ResultType,
  strength: Strength | null,
  kind: BalancedKind | null,
): string {
  if (type === 'balanced') return w.balancedHeadline(TYPE_NAMES.balanced, kind ?? 'enjoys-both');
  return w.headline(TYPE_NAMES[type], strength);
}

/** One axis in words, from the numbers the taker sees. */
export function axisText(
  score: DisplayScore,
  pole: 'strategic' | 'tactical' | 'market' | 'team' | null,
  strength: Strength,
  axis: 'strategic' | 'outside',
  voice: Voice = 'taker',
): string {
  return w.axis(score, pole, strength, axis, voice);
}

/** "How sure we are" in plain words, with the PM-fit index and its range. */
export function certaintyText(
  type: ResultType,
  level: CertaintyLevel,
  fit: DisplayScore,
  voice: Voice = 'taker',
): string {
  const group =
    type === 'product-manager' || type === 'product-owner'
      ? 'pole'
      : type === 'strategic-technical' || type === 'customer-facing'
        ? 'hybrid'
        : 'balanced';
  return w.certainty(group, level, fit, voice);
}

/** The two sentences that count the choices behind any result. */
export function choiceSentences(choices: QuadrantCounts, voice: Voice = 'taker'): string[] {
  return w.choiceSentences(
    {
      pm: choices['strategic-market'],
      po: choices['tactical-team'],
      mixed: choices['strategic-team'] + choices['tactical-market'],
      strategic: choices['strategic-market'] + choices['strategic-team'],
      outward: choices['strategic-market'] + choices['tactical-market'],
      k:
        choices['strategic-market'] +
        choices['tactical-team'] +
        choices['strategic-team'] +
        choices['tactical-market'],
    },
    voice,
  );
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
  return w.nextNearest(TYPE_NAMES[type], voice);
}
