import { expect, test } from 'vitest';
import { formatDay, formatNumber, formatPercent } from '../../src/domain/format';

// The English build's formats (src/words/en/locale.ts), which the unit tests run with.

test.each([
  [Date.UTC(2026, 11, 2, 9), 'UTC', '2 December 2026'],
  [Date.UTC(2026, 11, 2, 23, 30), 'Asia/Tokyo', '3 December 2026'],
  [Date.UTC(2027, 0, 1, 2), 'America/New_York', '31 December 2026'],
])('%d in %s is written "%s"', (ms, zone, text) => {
  expect(formatDay(ms, zone)).toBe(text);
});

test.each([
  [0, '0'],
  [12000, '12,000'],
  [-35, '-35'],
])('the number %d is written "%s"', (n, text) => {
  expect(formatNumber(n)).toBe(text);
});

test.each([
  [92, '92%'],
  [1, '1%'],
  [99.6, '100%'],
])('the percentage %d is written "%s"', (percent, text) => {
  expect(formatPercent(percent)).toBe(text);
});
