import fc from 'fast-check';
import { expect, test } from 'vitest';
import { axisReasons, verdictSummary } from '../../src/domain/describe-v2';
import { classifyFit } from '../../src/domain/classify';
import type { QuadrantCounts } from '../../src/domain/scoring';
import { toSharedResultV1, toSharedResultV2 } from '../../src/domain/shared-result';
import { describeSharedResult, describeSharedVerdict } from '../../src/domain/shared-view';
import { scorePicks } from './r1-payloads';

// The first screen's words (how sure in a few words, the strongest reasons) and the third-person
// voice of a shared link (docs/scoring.md, "How sure we are, in words").

const counts = (sm: number, tt: number, st: number, tm: number): QuadrantCounts => ({
  'strategic-market': sm,
  'tactical-team': tt,
  'strategic-team': st,
  'tactical-market': tm,
});

test.each([
  {
    name: 'all team and backlog',
    choices: counts(0, 28, 0, 0),
    reasons: [
      'In 28 of 28 scenarios you picked a hands-on option over a longer-range one.',
      'In 28 of 28 you stayed with the team rather than turning to customers or the market.',
    ],
  },
  {
    name: 'outward is the clearer axis, so it comes first',
    choices: counts(6, 2, 0, 2),
    reasons: [
      'In 8 of 10 you turned outward to customers or the market rather than to the team.',
      'In 6 of 10 scenarios you picked a longer-range option over a hands-on one.',
    ],
  },
  {
    name: 'an even split says so',
    choices: counts(3, 3, 2, 2),
    reasons: [
      'You split evenly between longer-range and hands-on options: 5 of 10 each.',
      'You turned to customers and the market as often as to the team: 5 of 10 each.',
    ],
  },
])('axis reasons count the choices: $name', ({ choices, reasons }) => {
  expect(axisReasons(choices)).toEqual(reasons);
});

test('a viewer reads the same counts in the third person', () => {
  expect(axisReasons(counts(0, 28, 0, 0), 'viewer')).toEqual([
    'In 28 of 28 scenarios the taker picked a hands-on option over a longer-range one.',
    'In 28 of 28 the taker stayed with the team rather than turning to customers or the market.',
  ]);
});

test('how sure, in a few words: a named type and a result between two types', () => {
  expect(
    verdictSummary({
      kind: 'named',
      type: 'product-owner',
      probability: 0.923,
      balancedKind: null,
    }),
  ).toBe('Very likely: 92%');
  expect(
    verdictSummary({ kind: 'named', type: 'product-owner', probability: 0.76, balancedKind: null }),
  ).toBe('Likely: 76%');
  expect(
    verdictSummary({
      kind: 'between',
      first: { type: 'product-owner', probability: 0.558 },
      second: { type: 'customer-facing', probability: 0.381 },
      balancedKind: null,
    }),
  ).toBe('Too close to call: 55% and 38%');
});

/** Every sentence a page shows for a result. */
function allWords(view: ReturnType<typeof describeSharedResult>): string[] {
  return [
    view.headline,
    view.certainty,
    view.summary,
    view.axes.strategic,
    view.axes.outside,
    view.choices.caption,
    ...view.sentences,
    ...view.reasons,
    view.nextNearest,
  ];
}

const pickArb = fc.array(fc.nat({ max: 11 }), { minLength: 1, maxLength: 28 });

test('property: a shared result never says "you" to its viewer, in either model', () => {
  fc.assert(
    fc.property(pickArb, fc.constantFrom('full', 'short' as const), (picks, mode) => {
      const { scores } = scorePicks(picks, mode);
      const v2 = toSharedResultV2(scores.choices, mode, 1);
      const v1 = toSharedResultV1(scores, classifyFit(scores));
      for (const result of [v1, v2]) {
        const viewer = allWords(describeSharedResult(result, 'viewer'));
        for (const sentence of viewer) expect(sentence).not.toMatch(/\byou(r|rs)?\b/i);
        // ...while the taker's own words still speak to them.
        expect(allWords(describeSharedResult(result)).join(' ')).toMatch(/\byou(r)?\b/i);
      }
      if (v2.verdict.kind === 'between') {
        const verdict = describeSharedVerdict({ mode, revision: 1, verdict: v2.verdict }, 'viewer');
        expect(`${verdict.headline} ${verdict.certainty}`).not.toMatch(/\byou(r|rs)?\b/i);
      }
    }),
    { numRuns: 60 },
  );
});

test('each type has third-person words for people a result is shared with', async () => {
  const { default: roles } = (await import('../../questions/roles.json')) as {
    default: { types: { id: string; about: { summary: string; description: string } }[] };
  };
  expect(roles.types).toHaveLength(5);
  for (const type of roles.types) {
    expect(`${type.about.summary} ${type.about.description}`, type.id).not.toMatch(
      /\byou(r|rs)?\b/i,
    );
  }
});
