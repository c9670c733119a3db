import { expect, test } from 'vitest';
import {
  decideVerdict,
  summarizePosterior,
  type ChoiceCounts,
  type Estimate,
  type Posterior,
  type Verdict,
} from '../../src/domain/model-v2';
import { QUADRANTS } from '../../src/domain/ids';
import type { ResultType } from '../../src/domain/result-types';
import type { Quadrant } from '../../src/domain/schema';

// Model v2 over EVERY answer pattern of the full quiz (28 scenarios, 4,495 patterns) and the short one
// (10 scenarios, 286), plus a few other lengths. model-v2.test.ts samples patterns at random; these
// tests leave none out, as docs/scoring.md ("Simulation, not validation") claims for the bench.

/** Every count vector (A, B, C, D) with k choices, in a fixed order. */
function allCounts(k: number): ChoiceCounts[] {
  const out: ChoiceCounts[] = [];
  for (let a = 0; a <= k; a += 1)
    for (let b = 0; a + b <= k; b += 1)
      for (let c = 0; a + b + c <= k; c += 1)
        out.push({
          'strategic-market': a,
          'tactical-team': b,
          'strategic-team': c,
          'tactical-market': k - a - b - c,
        });
  return out;
}

interface Scored {
  counts: ChoiceCounts;
  posterior: Posterior;
  verdict: Verdict;
}

/** Scoring 4,495 patterns takes seconds: each length is scored once per file. */
const scoredByK = new Map<number, Scored[]>();
function scoreAll(k: number): Scored[] {
  const cached = scoredByK.get(k);
  if (cached) return cached;
  const scored = allCounts(k).map((counts) => {
    const posterior = summarizePosterior(counts);
    return { counts, posterior, verdict: decideVerdict(posterior) };
  });
  scoredByK.set(k, scored);
  return scored;
}

/** A 90% range as the results page shows it: each end rounded on -100..100. */
const shown = (e: Estimate) => ({ low: Math.round(e.low * 100), high: Math.round(e.high * 100) });
const label = (c: ChoiceCounts) => QUADRANTS.map((q) => c[q]).join('/');
const LONG = 180_000;

test.each([28, 10, 1, 2, 3, 5, 9])(
  'k = %d: no answer pattern gives a 90% range (S, O, f or Δ) whose two shown ends are equal',
  (k) => {
    const scored = scoreAll(k);
    expect(scored).toHaveLength(((k + 1) * (k + 2) * (k + 3)) / 6);
    const equalEnds: string[] = [];
    for (const { counts, posterior } of scored)
      for (const [name, estimate] of Object.entries({
        S: posterior.strategic,
        O: posterior.outside,
        f: posterior.fit,
        Δ: posterior.delta,
      })) {
        const { low, high } = shown(estimate);
        expect(low).toBeGreaterThanOrEqual(-100);
        expect(high).toBeLessThanOrEqual(100);
        if (low >= high) equalEnds.push(`${label(counts)} ${name}: ${low} to ${high}`);
      }
    expect(equalEnds).toEqual([]);
  },
  LONG,
);

const POSITION: Record<Quadrant, { s: number; o: number }> = {
  'strategic-market': { s: 1, o: 1 },
  'tactical-team': { s: -1, o: -1 },
  'strategic-team': { s: 1, o: -1 },
  'tactical-market': { s: -1, o: 1 },
};

test.each(
  QUADRANTS.flatMap(
    (quadrant) =>
      [
        [quadrant, 28, 78, 82],
        [quadrant, 10, 50, 54],
      ] as const,
  ),
)(
  'all choices in %s (k = %d): the end of S and O nearer the centre is shown between %d and %d',
  (quadrant, k, min, max) => {
    const posterior = summarizePosterior({
      'strategic-market': 0,
      'tactical-team': 0,
      'strategic-team': 0,
      'tactical-market': 0,
      [quadrant]: k,
    });
    const { s, o } = POSITION[quadrant];
    for (const [sign, estimate] of [
      [s, posterior.strategic],
      [o, posterior.outside],
    ] as const) {
      const { low, high } = shown(estimate);
      // Toward the pole the range reaches (almost) the end of the scale; toward the centre it stops
      // at about 80 (full) or 52 (short): (S + 1) / 2 ~ Beta(k + 1, 1).
      const near = sign > 0 ? low : -high;
      const far = sign > 0 ? high : -low;
      expect(near).toBeGreaterThanOrEqual(min);
      expect(near).toBeLessThanOrEqual(max);
      expect(far).toBeGreaterThan(near);
      expect(far).toBeLessThanOrEqual(100);
    }
  },
);

test.each([28, 10])(
  'k = %d: every type but balanced is named by some answer pattern, each hybrid included',
  (k) => {
    const named = new Set<ResultType>();
    for (const { verdict } of scoreAll(k)) if (verdict.kind === 'named') named.add(verdict.type);
    expect(named).toContain('product-manager');
    expect(named).toContain('product-owner');
    expect(named).toContain('strategic-technical');
    expect(named).toContain('customer-facing');
  },
  LONG,
);

test(
  'balanced is named by some full-quiz pattern and is one of the two in "between" for some short-quiz patterns',
  () => {
    const balanced = scoreAll(28).filter(
      ({ verdict }) => verdict.kind === 'named' && verdict.type === 'balanced',
    );
    expect(balanced.length).toBeGreaterThan(0);
    const between = scoreAll(10).filter(
      ({ verdict }) =>
        verdict.kind === 'between' &&
        (verdict.first.type === 'balanced' || verdict.second.type === 'balanced'),
    );
    expect(between.length).toBeGreaterThan(0);
  },
  LONG,
);

test('scoring carries no state from one taker to the next: all short patterns, scored backwards, give the same results', () => {
  const forward = scoreAll(10);
  const backward = [...allCounts(10)].reverse().map((counts) => {
    const posterior = summarizePosterior(counts);
    return { counts, posterior, verdict: decideVerdict(posterior) };
  });
  expect(backward.reverse()).toEqual(forward);
});
