import { expect, test } from 'vitest';
import {
  buildSnippet,
  DEFAULT_CHOICES,
  SNIPPET_WORDS,
  toAttributes,
  validateChoices,
} from '../../src/embed-loader/snippet';
import { readOptions } from '../../src/embed-loader/loader-checks';
import { embed as english } from '../../src/words/en/embed';
import { embed as german } from '../../src/words/de/embed';

const ORIGIN = 'https://rolefit.example';

test('the default snippet is the bare element with its fallback link, then the loader', () => {
  expect(buildSnippet(ORIGIN, DEFAULT_CHOICES)).toBe(
    [
      '<rolefit-quiz>',
      '  <a href="https://rolefit.example/">Take the Product Manager vs Product Owner fit quiz</a>',
      '</rolefit-quiz>',
      '<script async src="https://rolefit.example/embed/v1/embed.js"></script>',
    ].join('\n'),
  );
});

test('chosen options become attributes the loader reads back unchanged', () => {
  const choices = {
    length: 'short' as const,
    showSalaries: true,
    hideGuide: true,
    accent: '#0A7D5A',
    frameTitle: 'Which product role fits you?',
    ctaHref: 'https://acme.example/jobs',
    ctaLabel: 'Open roles',
    shareScores: true,
    jobProfile: 'customer-facing' as const,
    lang: 'de' as const,
  };
  const attributes = new Map(toAttributes(choices));
  const { options, problems } = readOptions((name) => attributes.get(name) ?? null);
  expect(problems).toEqual([]);
  expect(options).toMatchObject({
    length: 'short',
    salaries: 'show',
    guide: 'hide',
    accent: '#0a7d5a',
    shareScores: true,
    frameTitle: 'Which product role fits you?',
    cta: { href: 'https://acme.example/jobs', label: 'Open roles' },
    jobProfile: 'customer-facing',
    lang: 'de',
  });
  expect(buildSnippet(ORIGIN, choices).split('\n')[0]).toBe(
    '<rolefit-quiz length="short" salaries="show" guide="hide" accent="#0a7d5a" frame-title="Which product role fits you?" cta-href="https://acme.example/jobs" cta-label="Open roles" share-scores job-profile="customer-facing" lang="de">',
  );
});

test('the default snippet leaves salaries out, and the loader reads that as hidden', () => {
  const attributes = new Map(toAttributes(DEFAULT_CHOICES));
  expect(attributes.has('salaries')).toBe(false);
  expect(readOptions((name) => attributes.get(name) ?? null).options.salaries).toBe('hide');
  expect(toAttributes({ ...DEFAULT_CHOICES, showSalaries: true })).toEqual([['salaries', 'show']]);
});

test('text is escaped in the snippet', () => {
  const snippet = buildSnippet(ORIGIN, {
    ...DEFAULT_CHOICES,
    frameTitle: '"><script>alert(1)</script>',
  });
  expect(snippet).toContain('frame-title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  expect(snippet).not.toContain('<script>alert');
});

test('invalid choices are reported and left out of the snippet', () => {
  const choices = {
    ...DEFAULT_CHOICES,
    accent: 'green',
    ctaHref: 'http://acme.example/jobs',
    ctaLabel: 'Jobs',
    frameTitle: 'x'.repeat(61),
  };
  expect(validateChoices(choices)).toEqual({
    accent: 'colour',
    ctaHref: 'https',
    frameTitle: 'too-long',
  });
  expect(toAttributes(choices)).toEqual([]);
  expect(validateChoices(DEFAULT_CHOICES)).toEqual({});
});

test('a German quiz: lang="de" on the element, and the fallback link to the German start page in German', () => {
  expect(buildSnippet(ORIGIN, { ...DEFAULT_CHOICES, lang: 'de' })).toBe(
    [
      '<rolefit-quiz lang="de">',
      '  <a href="https://rolefit.example/de/">Fragebogen ausfüllen: Product Manager oder Product Owner?</a>',
      '</rolefit-quiz>',
      '<script async src="https://rolefit.example/embed/v1/embed.js"></script>',
    ].join('\n'),
  );
  // English is the default, so an English snippet names no language.
  expect(toAttributes(DEFAULT_CHOICES).some(([name]) => name === 'lang')).toBe(false);
});

test('the builder’s word for the quiz’s own link label is the embed page’s, in each language', () => {
  expect(SNIPPET_WORDS.en.ctaLabel).toBe(english.result.cta);
  expect(SNIPPET_WORDS.de.ctaLabel).toBe(german.result.cta);
});
