import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Estimate } from '../../src/domain/model-v2';
import {
  compareAxis,
  compareTakes,
  reliableChangeThreshold,
  standardErrorOf,
} from '../../src/domain/retake-change';
import { toSharedResultV2 } from '../../src/domain/shared-result';
import type { QuadrantCounts } from '../../src/domain/scoring';

/** Counts in the order A (strategic-market), B (tactical-team), C (strategic-team), D (tactical-market). */
const counts = (a: number, b: number, c: number, d: number): QuadrantCounts => ({
  'strategic-market': a,
  'tactical-team': b,
  'strategic-team': c,
  'tactical-market': d,
});
const take = (c: QuadrantCounts) =>
  toSharedResultV2(c, c['strategic-market'] + c['tactical-team'] > 10 ? 'full' : 'short', 1);
const estimate = (mean: number, low: number, high: number): Estimate => ({ mean, low, high });
const DAY = '2 December 2026';

test.each([
  // A 90% range of width 2 × 1.645 × se gives back se.
  [estimate(0, -0.329, 0.329), 0.2],
  [estimate(0.5, 0.5 - 0.1645, 0.5 + 0.1645), 0.1],
  [estimate(0.9, 0.9, 0.9), 0],
])('the 90%% range %o implies a standard error of %d', (e, se) => {
  expect(standardErrorOf(e)).toBeCloseTo(se, 10);
});

test.each([
  // 1.645 × √(0.2² + 0.2²) = 1.645 × 0.28284 = 0.46527
  [estimate(0, -0.329, 0.329), estimate(0, -0.329, 0.329), 0.465276],
  // 1.645 × √(0.2² + 0.1²) = 1.645 × 0.22361 = 0.36783
  [estimate(0, -0.329, 0.329), estimate(0, -0.1645, 0.1645), 0.367834],
])('the reliable-change threshold of %o and %o is %d', (a, b, threshold) => {
  expect(reliableChangeThreshold(a, b)).toBeCloseTo(threshold, 5);
  expect(reliableChangeThreshold(b, a)).toBeCloseTo(threshold, 5);
});

test.each([
  // se 0.2 each: threshold 0.465
  [0, 0.46, 'same'],
  [0, 0.47, 'up'],
  [0.3, -0.2, 'down'],
  [0.3, 0.0, 'same'],
  [-0.5, 0.5, 'up'],
] as const)('an axis that moves from %d to %d (se 0.2 each take) is %s', (from, to, change) => {
  const before = estimate(from, from - 0.329, from + 0.329);
  const after = estimate(to, to - 0.329, to + 0.329);
  expect(compareAxis(before, after).change).toBe(change);
});

test('a short quiz all in A, then all in B: more tactical and more team-facing, a real change of type', () => {
  // S and O: (S + 1)/2 ~ Beta(11, 1), mean 0.833, 90% range 0.523 to 0.991, se 0.142, so the
  // threshold is 1.645 × √2 × 0.142 = 0.331 against a difference of 1.667.
  const comparison = compareTakes(take(counts(10, 0, 0, 0)), take(counts(0, 10, 0, 0)), DAY);
  expect(comparison.rows).toEqual([
    {
      id: 'type',
      label: 'Result',
      isRealChange: true,
      sentence: `Product Owner fit now, Product Manager fit on ${DAY} (a change beyond what retaking alone explains).`,
    },
    {
      id: 'strategic',
      label: 'Strategic or tactical',
      isRealChange: true,
      sentence: `More tactical (hands-on) than on ${DAY} (a change beyond what retaking alone explains).`,
    },
    {
      id: 'outside',
      label: 'Market-facing or team-facing',
      isRealChange: true,
      sentence: `More team-facing than on ${DAY} (a change beyond what retaking alone explains).`,
    },
  ]);
  expect(comparison.hasRealChange).toBe(true);
});

test.each([
  // Full quiz, 14 A and 14 B, then 20 A and 8 B: S and O move 0.400 against a threshold of 0.401.
  [counts(14, 14, 0, 0), counts(20, 8, 0, 0), 'About the same', 'About the same'],
  // 21 A and 7 B: 0.467 against 0.394, more strategic and more market-facing.
  [
    counts(14, 14, 0, 0),
    counts(21, 7, 0, 0),
    'More strategic than on',
    'More market-facing than on',
  ],
  // Hands-on either way; 4 of 28 choices move from customers to the team: O moves −0.27 (0.41).
  [counts(2, 10, 2, 14), counts(2, 14, 2, 10), 'About the same', 'About the same'],
])('%o then %o: strategic "%s", outside "%s"', (before, after, strategic, outside) => {
  const rows = compareTakes(take(before), take(after), DAY).rows;
  expect(rows.find((r) => r.id === 'strategic')?.sentence).toMatch(new RegExp(`^${strategic}`));
  expect(rows.find((r) => r.id === 'outside')?.sentence).toMatch(new RegExp(`^${outside}`));
});

test('a type name that changes while no axis moves beyond its threshold is "about the same"', () => {
  // Customer-facing hybrid (76%) then a "between" result: the same hands-on lean, a little less outward.
  const comparison = compareTakes(take(counts(2, 10, 2, 14)), take(counts(2, 14, 2, 10)), DAY);
  const [type] = comparison.rows;
  expect(type?.isRealChange).toBe(false);
  expect(type?.sentence).toMatch(
    /^About the same as your result of 2 December 2026\. It read .+ then and .+ now, but your answers moved no more than retaking alone can explain\.$/,
  );
  expect(comparison.hasRealChange).toBe(false);
  expect(comparison.summary).toBe(
    `About the same as your result of ${DAY}: nothing changed by more than retaking alone explains.`,
  );
});

test('the same type twice says so, with its name', () => {
  const comparison = compareTakes(take(counts(24, 2, 1, 1)), take(counts(20, 4, 2, 2)), DAY);
  expect(comparison.rows[0]?.sentence).toBe(
    `The same as your result of ${DAY}: Product Manager fit.`,
  );
});

const countsArb = (k: number) =>
  fc
    .tuple(fc.nat(k), fc.nat(k), fc.nat(k))
    .filter(([a, b, c]) => a + b + c <= k)
    .map(([a, b, c]) => counts(a, b, c, k - a - b - c));
const takeArb = fc.oneof(countsArb(10), countsArb(28)).map(take);

test('a take compared with itself is about the same on every line', () => {
  fc.assert(
    fc.property(takeArb, (t) => {
      const comparison = compareTakes(t, t, DAY);
      expect(comparison.hasRealChange).toBe(false);
      expect(comparison.rows.every((r) => !r.isRealChange)).toBe(true);
    }),
    { numRuns: 60 },
  );
});

test('swapping the two takes keeps which lines changed', () => {
  fc.assert(
    fc.property(takeArb, takeArb, (a, b) => {
      const ab = compareTakes(a, b, DAY);
      const ba = compareTakes(b, a, DAY);
      expect(ab.rows.map((r) => r.isRealChange)).toEqual(ba.rows.map((r) => r.isRealChange));
      for (const id of ['strategic', 'outside'] as const) {
        const there = ab.rows.find((r) => r.id === id)?.sentence ?? '';
        const back = ba.rows.find((r) => r.id === id)?.sentence ?? '';
        expect(there.startsWith('About the same')).toBe(back.startsWith('About the same'));
      }
    }),
    { numRuns: 60 },
  );
});

test('a change is real exactly when the difference exceeds 1.645 × √(se₁² + se₂²)', () => {
  const axis = fc
    .tuple(
      fc.double({ min: -1, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 0.5, noNaN: true }),
    )
    .map(([mean, half]) => estimate(mean, mean - half, mean + half));
  fc.assert(
    fc.property(axis, axis, (a, b) => {
      const { change, difference, threshold } = compareAxis(a, b);
      expect(threshold).toBeGreaterThanOrEqual(0);
      expect(difference).toBeCloseTo(b.mean - a.mean, 12);
      expect(change === 'same').toBe(Math.abs(difference) <= threshold);
      if (change !== 'same') expect(change === 'up').toBe(difference > 0);
    }),
  );
});
