import { expect, test } from 'vitest';
import {
  buildSnippet,
  DEFAULT_CHOICES,
  toAttributes,
  validateChoices,
} from '../../src/embed-loader/snippet';
import { readOptions } from '../../src/embed-loader/loader-checks';

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
  });
  expect(buildSnippet(ORIGIN, choices).split('\n')[0]).toBe(
    '<rolefit-quiz length="short" salaries="show" guide="hide" accent="#0a7d5a" frame-title="Which product role fits you?" cta-href="https://acme.example/jobs" cta-label="Open roles" share-scores job-profile="customer-facing">',
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
  expect(Object.keys(validateChoices(choices)).sort()).toEqual(['accent', 'ctaHref', 'frameTitle']);
  expect(toAttributes(choices)).toEqual([]);
  expect(validateChoices(DEFAULT_CHOICES)).toEqual({});
});
