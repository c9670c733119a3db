import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  decideVerdict,
  regionOf,
  summarizePosterior,
  type ChoiceCounts,
} from '../../src/domain/model-v2';
import { RESULT_TYPES } from '../../src/domain/result-types';

/** Counts in the order A (strategic-market), B (tactical-team), C (strategic-team), D (tactical-market). */
const counts = (a: number, b: number, c: number, d: number): ChoiceCounts => ({
  'strategic-market': a,
  'tactical-team': b,
  'strategic-team': c,
  'tactical-market': d,
});

test.each([
  [0.6, 0.5, 'product-manager'],
  [-0.6, -0.5, 'product-owner'],
  [0.6, -0.5, 'strategic-technical'],
  [-0.6, 0.5, 'customer-facing'],
  [0.1, -0.15, 'balanced'],
  [0.25, 0.1, 'product-manager'],
  [0, -0.3, 'strategic-technical'],
] as const)('the map point (%d, %d) lies in the %s region', (s, o, type) => {
  expect(regionOf(s, o, 0.2)).toBe(type);
});

test('28 of 28 choices in one quadrant: a lower end of about 80, never a range of one point', () => {
  const posterior = summarizePosterior(counts(28, 0, 0, 0));
  expect(posterior.strategic.low * 100).toBeCloseTo(80.4, 0);
  expect(posterior.outside.low * 100).toBeCloseTo(80.4, 0);
  expect(posterior.strategic.high).toBeLessThan(1);
  // (S + 1) / 2 ~ Beta(29, 1): mean 29/30, so S = 28/30.
  expect(posterior.strategic.mean).toBeCloseTo(28 / 30, 10);
  expect(decideVerdict(posterior)).toEqual({
    kind: 'named',
    type: 'product-manager',
    probability: 1,
    balancedKind: null,
  });
});

test('a tactical, market-facing taker is the customer-facing hybrid although f < 0', () => {
  // The PO who runs user interviews every week: mostly tactical-market choices, some tactical-team.
  const posterior = summarizePosterior(counts(3, 8, 1, 16));
  expect(posterior.fit.mean).toBeLessThan(0);
  const verdict = decideVerdict(posterior);
  expect(verdict.kind === 'named' && verdict.type).toBe('customer-facing');
});

test('a technical PM (strategic, half market, half engineering) is not a plain PM', () => {
  const verdict = decideVerdict(summarizePosterior(counts(9, 3, 13, 3)));
  const types =
    verdict.kind === 'named' ? [verdict.type] : [verdict.first.type, verdict.second.type];
  expect(types).toContain('strategic-technical');
});

test('balanced profiles split by the third score: enjoys both vs drawn to neither', () => {
  const poles = summarizePosterior(counts(14, 14, 0, 0));
  const between = summarizePosterior(counts(0, 0, 14, 14));
  expect(poles.delta.mean).toBeGreaterThan(0.8);
  expect(between.delta.mean).toBeLessThan(-0.8);
  expect(decideVerdict(poles).balancedKind).toBe('enjoys-both');
  expect(decideVerdict(between).balancedKind).toBe('drawn-to-neither');
  // Both sit at the centre of the map: the map alone cannot tell them apart.
  expect(poles.strategic.mean).toBeCloseTo(0, 10);
  expect(between.strategic.mean).toBeCloseTo(0, 10);
});

test('no type under the threshold is named: the result is between the two most probable', () => {
  const verdict = decideVerdict(summarizePosterior(counts(12, 6, 6, 4)));
  expect(verdict.kind).toBe('between');
  if (verdict.kind !== 'between') return;
  expect(verdict.first.probability).toBeLessThan(0.7);
  expect(verdict.first.probability).toBeGreaterThanOrEqual(verdict.second.probability);
  expect(verdict.first.type).toBe('product-manager');
});

test('a short quiz gives wider ranges than a full one with the same proportions', () => {
  const short = summarizePosterior(counts(6, 2, 1, 1));
  const full = summarizePosterior(counts(17, 6, 3, 2));
  const width = (e: { low: number; high: number }) => e.high - e.low;
  expect(width(short.strategic)).toBeGreaterThan(width(full.strategic) * 1.3);
  expect(width(short.fit)).toBeGreaterThan(width(full.fit) * 1.3);
});

const countsArbitrary = fc
  .tuple(fc.nat(28), fc.nat(28), fc.nat(28), fc.nat(28))
  .filter(([a, b, c, d]) => a + b + c + d >= 1 && a + b + c + d <= 41)
  .map(([a, b, c, d]) => counts(a, b, c, d));

test('no answer pattern gives a range whose two ends are equal, and every mean sits inside its range', () => {
  fc.assert(
    fc.property(countsArbitrary, (c) => {
      const posterior = summarizePosterior(c);
      for (const estimate of [
        posterior.strategic,
        posterior.outside,
        posterior.fit,
        posterior.delta,
      ]) {
        expect(estimate.high - estimate.low).toBeGreaterThan(0.05);
        expect(estimate.low).toBeGreaterThanOrEqual(-1);
        expect(estimate.high).toBeLessThanOrEqual(1);
        expect(estimate.mean).toBeGreaterThanOrEqual(estimate.low - 0.02);
        expect(estimate.mean).toBeLessThanOrEqual(estimate.high + 0.02);
      }
    }),
    { numRuns: 60 },
  );
});

test('the same counts always give the same result, and type probabilities sum to 1', () => {
  fc.assert(
    fc.property(countsArbitrary, (c) => {
      const first = summarizePosterior(c);
      expect(summarizePosterior({ ...c })).toEqual(first);
      const total = RESULT_TYPES.reduce((sum, type) => sum + first.typeProbabilities[type], 0);
      expect(total).toBeCloseTo(1, 10);
    }),
    { numRuns: 40 },
  );
});
