import { describe, expect, it } from 'vitest';
import { suggestedLanguage } from '../../src/domain/language-preference';

describe('suggestedLanguage', () => {
  const available = ['en', 'de'] as const;
  it.each([
    { browser: ['de-DE', 'en-US'], current: 'en', expected: 'de' },
    { browser: ['de-AT'], current: 'en', expected: 'de' },
    { browser: ['DE-ch', 'fr'], current: 'en', expected: 'de' },
    { browser: ['fr-FR', 'de'], current: 'en', expected: 'de' },
    { browser: ['en-GB', 'de-DE'], current: 'en', expected: null },
    { browser: ['de-DE'], current: 'de', expected: null },
    { browser: ['en-US'], current: 'de', expected: 'en' },
    { browser: ['fr-FR', 'es'], current: 'en', expected: null },
    { browser: [], current: 'en', expected: null },
    { browser: ['', 'x-klingon', 'de'], current: 'en', expected: 'de' },
  ] as const)(
    '$browser on a $current page suggests $expected',
    ({ browser, current, expected }) => {
      expect(suggestedLanguage(browser, available, current)).toBe(expected);
    },
  );
});
