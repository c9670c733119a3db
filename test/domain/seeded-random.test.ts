import { expect, test } from 'vitest';
import {
  createRandom,
  hashSeed,
  sampleDirichlet,
  sampleGamma,
} from '../../src/domain/seeded-random';

test('the same seed gives the same numbers; another seed gives others', () => {
  const take = (seed: number) => {
    const random = createRandom(seed);
    return Array.from({ length: 5 }, random);
  };
  expect(take(42)).toEqual(take(42));
  expect(take(42)).not.toEqual(take(43));
  for (const x of take(7)) expect(x >= 0 && x < 1).toBe(true);
});

test('hashSeed depends on every character', () => {
  expect(hashSeed('1,2,3')).not.toBe(hashSeed('1,2,4'));
  expect(hashSeed('abc')).toBe(hashSeed('abc'));
});

test.each([0.5, 1, 3.5, 20])('Gamma(%d) draws have mean and variance near the shape', (shape) => {
  const random = createRandom(1234);
  const n = 20_000;
  const draws = Array.from({ length: n }, () => sampleGamma(random, shape));
  const mean = draws.reduce((a, b) => a + b, 0) / n;
  const variance = draws.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1);
  expect(Math.abs(mean - shape) / shape).toBeLessThan(0.05);
  expect(Math.abs(variance - shape) / shape).toBeLessThan(0.1);
});

test('Dirichlet draws are shares that sum to 1 with means alpha / sum(alpha)', () => {
  const random = createRandom(99);
  const alpha = [3.5, 0.5, 8.5, 1.5];
  const sums = [0, 0, 0, 0];
  const n = 10_000;
  for (let i = 0; i < n; i += 1) {
    const shares = sampleDirichlet(random, alpha);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    shares.forEach((x, j) => (sums[j] = (sums[j] ?? 0) + x));
  }
  alpha.forEach((a, j) => expect((sums[j] ?? 0) / n).toBeCloseTo(a / 14, 2));
});
