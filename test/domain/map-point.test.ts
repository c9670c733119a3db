import { expect, test } from 'vitest';
import { posteriorMapPoint } from '../../src/domain/shared-result';

test.each([
  {
    name: 'a job’s posterior, in display units',
    posterior: {
      strategic: { mean: 0.754, low: 0.31, high: 0.994 },
      outside: { mean: -0.2, low: -0.654, high: 0.1 },
    },
    expected: {
      strategic: 75,
      strategicLow: 31,
      strategicHigh: 99,
      outside: -20,
      outsideLow: -65,
      outsideHigh: 10,
    },
  },
  {
    name: 'a centre that rounds to zero is 0, never −0',
    posterior: {
      strategic: { mean: -0.001, low: -0.5, high: 0.5 },
      outside: { mean: 0, low: -1, high: 1 },
    },
    expected: {
      strategic: 0,
      strategicLow: -50,
      strategicHigh: 50,
      outside: 0,
      outsideLow: -100,
      outsideHigh: 100,
    },
  },
])('$name', ({ posterior, expected }) => {
  const point = posteriorMapPoint('The job', posterior);
  expect(point).toEqual({ label: 'The job', ...expected });
  expect(Object.is(point.strategic, -0)).toBe(false);
});
