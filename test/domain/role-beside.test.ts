import fc from 'fast-check';
import { expect, test } from 'vitest';
import { arbScore, score } from './display-scores';
import type { DisplayScore } from '../../src/domain/describe';
import { describeBesideRole, type RoleAxisLean } from '../../src/domain/role-beside';
import { RESULT_TYPES, type ResultType } from '../../src/domain/result-types';

/** A Product Owner-like result: tactical and team-facing, well away from the centre. */
const PO_LIKE = { strategic: score(-60, -80, -40), outside: score(-55, -75, -30) };
/** A result whose ranges straddle zero on both axes. */
const UNSURE = { strategic: score(5, -30, 40), outside: score(-5, -40, 30) };
/** Strategic and team-facing, but inside the balanced centre on neither axis. */
const ST_LIKE = { strategic: score(60, 40, 80), outside: score(-60, -80, -40) };
/** Near the centre on both axes. */
const CENTRED = { strategic: score(0, -15, 15), outside: score(2, -12, 18) };

test.each([
  [
    PO_LIKE,
    'product-owner',
    [
      'Your answers lean tactical, as this role usually does.',
      'Your answers lean team-facing, as this role usually does.',
    ],
  ],
  [
    PO_LIKE,
    'product-manager',
    [
      'Your answers lean more tactical than this role usually is.',
      'Your answers lean more team-facing than this role usually is.',
    ],
  ],
  [
    ST_LIKE,
    'customer-facing',
    [
      'Your answers lean more strategic than this role usually is.',
      'Your answers lean more team-facing than this role usually is.',
    ],
  ],
  [
    UNSURE,
    'product-manager',
    [
      'On strategic vs tactical, your answers do not lean clearly either way; this role usually leans strategic.',
      'On market-facing vs team-facing, your answers do not lean clearly either way; this role usually leans market-facing.',
    ],
  ],
  [
    CENTRED,
    'balanced',
    [
      'On strategic vs tactical, your answers do not lean clearly away from the middle, where this role usually sits.',
      'On market-facing vs team-facing, your answers do not lean clearly away from the middle, where this role usually sits.',
    ],
  ],
  [
    ST_LIKE,
    'balanced',
    [
      'Your answers lean more strategic than this role usually is.',
      'Your answers lean more team-facing than this role usually is.',
    ],
  ],
] as const)('%j beside %s', (result, role, sentences) => {
  expect(describeBesideRole(result, role).sentences).toEqual(sentences);
});

test('the heading names the role; the note says it is not a score and the site is not told', () => {
  const beside = describeBesideRole(PO_LIKE, 'strategic-technical');
  expect(beside.heading).toBe('Beside the strategic-technical hybrid role');
  expect(beside.note).toMatch(/It is not a score, a match or a judgement of you/);
  expect(beside.note).toMatch(/the site is not told what it says/);
});

const arbRole = fc.constantFrom<ResultType>(...RESULT_TYPES);
const mirrorScore = (s: DisplayScore) => score(-s.value, -s.high, -s.low);
const MIRROR: Readonly<Record<ResultType, ResultType>> = {
  'product-manager': 'product-owner',
  'product-owner': 'product-manager',
  'strategic-technical': 'customer-facing',
  'customer-facing': 'strategic-technical',
  balanced: 'balanced',
};

test('never a number, a percentage or a verdict on the person', () => {
  fc.assert(
    fc.property(arbScore, arbScore, arbRole, (strategic, outside, role) => {
      const { sentences, note } = describeBesideRole({ strategic, outside }, role);
      for (const text of [...sentences, note]) {
        expect(text).not.toMatch(/\d|%|match(es|ed)? (you|well)|fit for|suitable|score of/i);
      }
    }),
  );
});

test('mirroring the result and the role through the centre gives the same leans', () => {
  fc.assert(
    fc.property(arbScore, arbScore, arbRole, (strategic, outside, role) => {
      const forward = describeBesideRole({ strategic, outside }, role).leans;
      const back = describeBesideRole(
        { strategic: mirrorScore(strategic), outside: mirrorScore(outside) },
        MIRROR[role],
      ).leans;
      expect(back).toEqual(forward);
    }),
  );
});

test('a result whose whole range is on the role’s side of both axes leans as the role does', () => {
  const sameSide: RoleAxisLean[] = ['same-side', 'same-side'];
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), (a, b) => {
      const pm = { strategic: score(a, a, a), outside: score(b, b, b) };
      expect(describeBesideRole(pm, 'product-manager').leans).toEqual(sameSide);
      expect(describeBesideRole(pm, 'product-owner').leans).toEqual(['other-side', 'other-side']);
    }),
  );
});
