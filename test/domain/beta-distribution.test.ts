import fc from 'fast-check';
import { expect, test } from 'vitest';
import { betaCdf, betaQuantile, logGamma } from '../../src/domain/beta-distribution';

test.each([
  [1, 0],
  [2, 0],
  [5, Math.log(24)],
  [0.5, Math.log(Math.sqrt(Math.PI))],
  [10.5, Math.log(1133278.388948785)],
])('logGamma(%d) is log of the gamma function', (x, expected) => {
  expect(logGamma(x)).toBeCloseTo(expected, 9);
});

test.each([
  // Beta(1, 1) is uniform; Beta(2, 1) has CDF x²; I_0.5(2, 3) = 11/16.
  [0.3, 1, 1, 0.3],
  [0.7, 2, 1, 0.49],
  [0.5, 2, 3, 11 / 16],
  [0.5, 14.5, 14.5, 0.5],
  [0, 3, 4, 0],
  [1, 3, 4, 1],
])('betaCdf(%d, %d, %d) = %d', (x, a, b, expected) => {
  expect(betaCdf(x, a, b)).toBeCloseTo(expected, 10);
});

test('the 5th percentile of Beta(29, 1) is 0.05^(1/29), the all-one-quadrant taker', () => {
  expect(betaQuantile(0.05, 29, 1)).toBeCloseTo(0.05 ** (1 / 29), 10);
});

test('quantile and CDF invert each other, and quantiles rise with p', () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0.01, max: 0.99, noNaN: true }),
      fc.double({ min: 0.5, max: 60, noNaN: true }),
      fc.double({ min: 0.5, max: 60, noNaN: true }),
      (p, a, b) => {
        const x = betaQuantile(p, a, b);
        expect(betaCdf(x, a, b)).toBeCloseTo(p, 8);
        expect(betaQuantile(Math.min(p + 0.005, 0.999), a, b)).toBeGreaterThanOrEqual(x);
      },
    ),
  );
});
