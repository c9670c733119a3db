import { expect, test } from 'vitest';
import fc from 'fast-check';
import { classifyFit, strengthOf, toDisplay, type FitResult } from '../../src/domain/classify';
import { toPercentages } from '../../src/domain/describe';
import { mirrorQuadrant, scoreAnswers } from '../../src/domain/scoring';
import { QUADRANTS, type Quadrant } from '../../src/domain/schema';
import type { ResultType } from '../../src/domain/result-types';
import { answersFor, makePrepared, SI, SO, TI, TO } from './fixture-bank';

function fitOf(picks: readonly Quadrant[]): FitResult {
  const bank = makePrepared(picks.length);
  const outcome = scoreAnswers(bank, answersFor(picks), 'full');
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return classifyFit(outcome.value);
}

const repeat = (q: Quadrant, n: number): Quadrant[] => Array.from({ length: n }, () => q);

test.each<{
  name: string;
  picks: Quadrant[];
  type: ResultType;
  strength: string | null;
  kind?: string;
}>([
  { name: 'all PM options', picks: repeat(SO, 12), type: 'product-manager', strength: 'strong' },
  { name: 'all PO options', picks: repeat(TI, 12), type: 'product-owner', strength: 'strong' },
  // 8 SO + 4 SI: S = 1, O = (8 - 4)/12 = .33, f = .67 -> strong? f = (1 + .333)/2 = .667 > .66
  {
    name: '8 PM + 4 strategic-team',
    picks: [...repeat(SO, 8), ...repeat(SI, 4)],
    type: 'product-manager',
    strength: 'strong',
  },
  // 6 SO + 6 mixed (3 SI, 3 TO): S = 0, O = 0 ... f = .5 -> clear
  {
    name: '6 PM + 3 SI + 3 TO',
    picks: [...repeat(SO, 6), ...repeat(SI, 3), ...repeat(TO, 3)],
    type: 'product-manager',
    strength: 'clear',
  },
  {
    name: 'all strategic-team',
    picks: repeat(SI, 12),
    type: 'strategic-technical',
    strength: 'strong',
  },
  {
    name: 'all tactical-market',
    picks: repeat(TO, 12),
    type: 'customer-facing',
    strength: 'strong',
  },
  {
    name: 'PM and PO alternating',
    picks: [...repeat(SO, 6), ...repeat(TI, 6)],
    type: 'balanced',
    strength: null,
    kind: 'enjoys-both',
  },
  {
    name: 'both mixed options alternating',
    picks: [...repeat(SI, 6), ...repeat(TO, 6)],
    type: 'balanced',
    strength: null,
    kind: 'drawn-to-neither',
  },
  {
    name: 'one of each quadrant, three times',
    picks: [SO, TI, SI, TO, SO, TI, SI, TO, SO, TI, SI, TO],
    type: 'balanced',
    strength: null,
    kind: 'enjoys-both',
  },
])('$name -> $type', ({ picks, type, strength, kind }) => {
  const fit = fitOf(picks);
  expect(fit.type).toBe(type);
  expect(fit.strength).toBe(strength);
  if (kind) expect(fit.balancedKind).toBe(kind);
  else expect(fit.balancedKind).toBeNull();
});

test.each([
  [0, 'slight'],
  [0.32, 'slight'],
  [0.33, 'clear'],
  [0.66, 'clear'],
  [0.67, 'strong'],
  [-0.5, 'clear'],
  [-1, 'strong'],
])('strength of %s is %s', (x, word) => {
  expect(strengthOf(x)).toBe(word);
});

test('hybrid strength is banded on the weaker axis', () => {
  // 7 SI + 2 SO + 2 TI + 1 TO: S = .5 and O = -.5 (both decided), f = 0 (interval crosses 0) -> clear
  const fit = fitOf([...repeat(SI, 7), SO, SO, TI, TI, TO]);
  expect(fit.type).toBe('strategic-technical');
  expect(fit.strength).toBe('clear');
});

test('toPercentages always sums to 100 with the largest remainders rounded up', () => {
  expect(toPercentages([1, 1, 1])).toEqual([34, 33, 33]);
  expect(toPercentages([0, 0, 0])).toEqual([0, 0, 0]);
  fc.assert(
    fc.property(fc.array(fc.nat(50), { minLength: 3, maxLength: 3 }), (parts) => {
      const total = parts.reduce((a, b) => a + b, 0);
      const pct = toPercentages(parts);
      expect(pct.reduce((a, b) => a + b, 0)).toBe(total === 0 ? 0 : 100);
    }),
  );
});

test('a lean toward one quadrant with a few pure-pole choices is typed by the PM-fit index first', () => {
  // 9 SI + 3 SO: f = .25 with a 90% interval above 0, so the rule types it Product Manager (slight)
  const fit = fitOf([...repeat(SI, 9), ...repeat(SO, 3)]);
  expect(fit.type).toBe('product-manager');
  expect(fit.strength).toBe('slight');
});

test('next-nearest type is another type, nearest on the map', () => {
  expect(fitOf(repeat(SO, 12)).nextNearest).not.toBe('product-manager');
  // S = 1, O = .33: nearer the strategic-technical corner (1,-1) than customer-facing (-1,1)? distance² 1.78 vs 4.44; balanced 1.11
  expect(fitOf([...repeat(SO, 8), ...repeat(SI, 4)]).nextNearest).toBe('balanced');
  expect(fitOf([...repeat(SO, 6), ...repeat(TI, 6)]).nextNearest).toBe('product-manager');
});

test('certainty is one of three levels', () => {
  const fit = fitOf([...repeat(SO, 9), ...repeat(TI, 3)]);
  expect(fit.type).toBe('product-manager');
  expect(['high', 'moderate', 'low']).toContain(fit.certainty.level);
});

test('toDisplay maps -1..+1 to -100..100 and never shows -0', () => {
  expect(toDisplay(0.456)).toBe(46);
  expect(toDisplay(-1)).toBe(-100);
  expect(Object.is(toDisplay(-0.001), -0)).toBe(false);
});

const MIRROR: Record<ResultType, ResultType> = {
  'product-manager': 'product-owner',
  'product-owner': 'product-manager',
  'strategic-technical': 'customer-facing',
  'customer-facing': 'strategic-technical',
  balanced: 'balanced',
};

test('property: mirroring every answer mirrors the result type and keeps the strength', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...QUADRANTS), { minLength: 2, maxLength: 30 }),
      (picks) => {
        const a = fitOf(picks);
        const b = fitOf(picks.map(mirrorQuadrant));
        expect(b.type).toBe(MIRROR[a.type]);
        expect(b.strength).toBe(a.strength);
        expect(b.balancedKind).toBe(a.balancedKind);
      },
    ),
  );
});

test('property: any complete set of answers gets a type, never a random pick', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...QUADRANTS), { minLength: 1, maxLength: 30 }),
      (picks) => {
        const a = fitOf(picks);
        expect(fitOf(picks)).toEqual(a); // deterministic
      },
    ),
  );
});
