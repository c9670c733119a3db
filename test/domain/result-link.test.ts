import { expect, test } from 'vitest';
import { parseResultLink } from '../../src/domain/result-link';

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
])('parseResultLink($input)', ({ input, outcome }) => {
  expect(parseResultLink(input)).toEqual(outcome);
});
