import { expect, test } from 'vitest';
import { contrastWithWhite, toReadableAccent } from '../../src/domain/accent';

test.each([
  ['#000000', 21],
  ['#ffffff', 1],
  ['#1f4e8c', 8.3],
])('contrast of %s with white is about %s', (hex, ratio) => {
  expect(contrastWithWhite(hex)).toBeCloseTo(ratio, 1);
});

test.each(['#1f4e8c', '#0a7d5a', '#000000'])('%s already reads well and is kept', (hex) => {
  expect(toReadableAccent(hex)).toBe(hex);
});

test.each(['#ffcc00', '#ffffff', '#77ddff', '#FF6600'])(
  '%s is darkened just enough for 4.5:1',
  (hex) => {
    const readable = toReadableAccent(hex);
    expect(readable).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrastWithWhite(readable)).toBeGreaterThanOrEqual(4.5);
    // One step lighter would not pass, so it is not darker than needed.
    const lighter = `#${[1, 3, 5]
      .map((i) =>
        Math.min(255, Math.ceil(parseInt(readable.slice(i, i + 2), 16) / 0.9))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    expect(contrastWithWhite(lighter)).toBeLessThan(4.6);
  },
);
