import { expect, test } from 'vitest';
import { buildResultPath, parseResultLink } from '../../src/domain/result-link';
import { parseCompareList, selectComparable } from '../../src/domain/compare';
import { RESULT_TYPES } from '../../src/domain/result-types';

test.each([
  {
    input: 'https://rolefit.example/r/product-owner/#r=ABCD',
    outcome: { ok: true, value: { type: 'product-owner', code: 'ABCD' } },
  },
  { input: '/r/balanced', outcome: { ok: true, value: { type: 'balanced', code: null } } },
  { input: '  /r/balanced/#x=1  ', outcome: { ok: true, value: { type: 'balanced', code: null } } },
  {
    input: '/r/product%2Downer/',
    outcome: { ok: true, value: { type: 'product-owner', code: null } },
  },
  // The line from the outside probe: a malformed escape in the type once threw a URIError.
  {
    input: 'https://rolefit.example/r/product%-owner/',
    outcome: { ok: false, reason: 'unknown-type' },
  },
  { input: '/r/%E0%A4%A/', outcome: { ok: false, reason: 'unknown-type' } },
  { input: '/r/%/', outcome: { ok: false, reason: 'unknown-type' } },
  { input: '/r/wizard/', outcome: { ok: false, reason: 'unknown-type' } },
  { input: 'hello', outcome: { ok: false, reason: 'not-a-result-link' } },
  { input: '', outcome: { ok: false, reason: 'not-a-result-link' } },
  {
    input: `/r/balanced/#r=${'A'.repeat(2001)}`,
    outcome: { ok: false, reason: 'not-a-result-link' },
  },
  { input: 'http://[', outcome: { ok: false, reason: 'not-a-result-link' } },
  // A link made on the German pages, or on a language added later: the code has no language.
  {
    input: 'https://rolefit.example/de/r/product-owner/#r=ABCD',
    outcome: { ok: true, value: { type: 'product-owner', code: 'ABCD' } },
  },
  { input: '/de/r/balanced', outcome: { ok: true, value: { type: 'balanced', code: null } } },
  {
    input: ' https://rolefit.example/pt/r/customer-facing/#r=XYZ ',
    outcome: { ok: true, value: { type: 'customer-facing', code: 'XYZ' } },
  },
  { input: '/de/r/wizard/', outcome: { ok: false, reason: 'unknown-type' } },
  // Only one language folder of two lowercase letters, right at the start of the path.
  { input: '/deu/r/balanced/', outcome: { ok: false, reason: 'not-a-result-link' } },
  { input: '/DE/r/balanced/', outcome: { ok: false, reason: 'not-a-result-link' } },
  { input: '/de/de/r/balanced/', outcome: { ok: false, reason: 'not-a-result-link' } },
  { input: '/x/de/r/balanced/', outcome: { ok: false, reason: 'not-a-result-link' } },
  { input: '/de/quiz', outcome: { ok: false, reason: 'not-a-result-link' } },
  { input: '/de/', outcome: { ok: false, reason: 'not-a-result-link' } },
])('parseResultLink($input)', ({ input, outcome }) => {
  expect(parseResultLink(input)).toEqual(outcome);
});

test('a link built on any language’s pages parses back to the same type and code', () => {
  // results.tsx passes `${origin}${BASE}` as the origin, so German links are /de/r/<type>/#r=<code>.
  for (const base of ['', '/de', '/pt']) {
    for (const type of RESULT_TYPES) {
      for (const code of [null, 'AQID', 'a-b_c']) {
        const link = `https://rolefit.example${base}${buildResultPath(type, code)}`;
        expect(parseResultLink(link), link).toEqual({ ok: true, value: { type, code } });
      }
    }
  }
});

test('/compare takes German and English links side by side; the same code in both is one result', () => {
  const outcome = parseCompareList(
    [
      'Ana | https://rolefit.example/de/r/product-owner/#r=AAAA',
      'Ben | https://rolefit.example/r/balanced/#r=BBBB',
      'Ana again | https://rolefit.example/r/product-owner/#r=AAAA',
    ].join('\n'),
  );
  expect(outcome.ok && outcome.lines.map((l) => l.duplicateOf)).toEqual([null, null, 1]);
  expect(outcome.ok && selectComparable(outcome.lines)).toEqual([
    { label: 'Ana', type: 'product-owner', code: 'AAAA', line: 1 },
    { label: 'Ben', type: 'balanced', code: 'BBBB', line: 2 },
  ]);
});
