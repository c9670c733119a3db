import { expect, test } from 'vitest';
import { describeCardCertainty } from '../../src/domain/result-card-words';
import type { SharedResultV2 } from '../../src/domain/shared-result';
import { v2Payload } from './r1-payloads';

const base = v2Payload([1, 1, 3, 1], 'scores', 'full').result;
if (base.model !== 2) throw new Error('a model-2 result');
const withVerdict = (verdict: SharedResultV2['verdict']): SharedResultV2 => ({ ...base, verdict });

test.each([
  {
    verdict: { kind: 'named', type: 'product-owner', probability: 0.923, balancedKind: null },
    scores: 'Very likely: 92%',
    typeOnly: 'Very likely',
  },
  {
    verdict: { kind: 'named', type: 'product-manager', probability: 0.74, balancedKind: null },
    scores: 'Likely: 74%',
    typeOnly: 'Likely',
  },
  {
    verdict: { kind: 'named', type: 'balanced', probability: 0.995, balancedKind: 'enjoys-both' },
    scores: 'Very likely: over 99%',
    typeOnly: 'Very likely',
  },
  {
    verdict: {
      kind: 'between',
      first: { type: 'product-owner', probability: 0.67 },
      second: { type: 'strategic-technical', probability: 0.2 },
      balancedKind: null,
    },
    scores: 'Near the border: 67% and 20%',
    typeOnly: 'Near the border of two types',
  },
] as const)(
  'the card says "$scores", or "$typeOnly" for the type only',
  ({ verdict, scores, typeOnly }) => {
    const result = withVerdict(verdict);
    expect(describeCardCertainty(result, false)).toBe(scores);
    expect(describeCardCertainty(result, true)).toBe(typeOnly);
    // No digits at the type-only level, and never a signed number.
    expect(describeCardCertainty(result, true)).not.toMatch(/\d/);
    expect(describeCardCertainty(result, false)).not.toMatch(/[-−+]\d/);
  },
);

test('a real model-2 result gets its certainty from its own verdict', () => {
  expect(describeCardCertainty(base, false)).toMatch(/^(Very likely|Likely|Near the border): /);
});
