import fc from 'fast-check';
import type { DisplayScore } from '../../src/domain/describe';

/** A score on one axis in display units, with its 90% range. */
export const score = (value: number, low: number, high: number): DisplayScore => ({
  value,
  low,
  high,
});

/** Any score in display units (−100…100) with low ≤ value ≤ high. */
export const arbScore = fc
  .tuple(
    fc.integer({ min: -100, max: 100 }),
    fc.integer({ min: -100, max: 100 }),
    fc.integer({ min: -100, max: 100 }),
  )
  .map(([a, b, c]) => {
    const [low, value, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
    return score(value, low, high);
  });
