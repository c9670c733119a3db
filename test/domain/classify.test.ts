import { expect, test } from 'vitest';
import fc from 'fast-check';
import {
  classifyFit,
  strengthOf,
  toDisplay,
  toPercentages,
  type FitResult,
} from '../../src/domain/classify';
import { mirrorQuadrant, scoreAnswers } from '../../src/domain/scoring';
import { QUADRANTS, type Quadrant } from '../../src/domain/schema';
import type { ResultType } from '../../src/domain/result-types';
import { answersFor, makePrepared, SI, SO, TI, TO } from './fixture-bank';

function fitOf(picks: readonly Quadrant[]): FitResult {
  const bank = makePrepared(picks.length);
  const outcome = scoreAnswers(bank, answersFor(picks), 'full');
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return classifyFit(outcome.value, bank.bank);
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
  expect(fit.headline).toBe('Clear strategic-technical hybrid');
});

test('headline carries the strength word', () => {
  expect(fitOf(repeat(SO, 12)).headline).toBe('Strong Product Manager fit');
  expect(fitOf([...repeat(SO, 6), ...repeat(TI, 6)]).headline).toBe(
    'Balanced / full-stack product person: enjoys both',
  );
});

test('a taker with one clear axis is told so even when the type is balanced', () => {
  // S decided strategic (all strategic), O split evenly: SO and SI -> f interval... 6 SO + 6 SI: S = 1, O = 0, f = .5
  // f interval: f values 1 and 0 -> mean .5, sample SD .52, SE .15, low .25 > 0 -> PM.
  const pm = fitOf([...repeat(SO, 6), ...repeat(SI, 6)]);
  expect(pm.type).toBe('product-manager');
  expect(pm.axes.strategic).toMatchObject({ pole: 'strategic', decided: true, strength: 'strong' });
  expect(pm.axes.outside).toMatchObject({ pole: null, decided: false });
  expect(pm.axes.outside.text).toMatch(/no clear lean between market-facing and team-facing/i);
  expect(pm.axes.strategic.text).toMatch(/strongly strategic/);
});

test('fit percentages are shares of PM, PO and mixed choices', () => {
  const fit = fitOf([SO, SO, SO, TI, SI, TO]);
  expect(fit.percentages).toEqual({ pm: 50, po: 17, mixed: 33 });
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

test('the explanation counts the taker’s own choices', () => {
  const fit = fitOf([SO, SO, SO, TI, SI, TO, SO, SO, SO, SO]);
  expect(fit.explanation[0]).toBe(
    'You chose the market-and-strategy option (typical of Product Managers) in 7 of 10 scenarios, the team-and-backlog option (typical of Product Owners) in 1, and one of the two mixed options in 2.',
  );
  // scenario-1 and scenario-10 are both "market" in the fixture and both SO
  expect(fit.explanation).toContain(
    'In 2 of 2 market scenarios you went for the market and business angle.',
  );
});

test('a lean toward one quadrant with a few pure-pole choices is typed by the PM-fit index first', () => {
  // 9 SI + 3 SO: f = .25 with a 90% interval above 0, so the rule types it Product Manager (slight)
  const fit = fitOf([...repeat(SI, 9), ...repeat(SO, 3)]);
  expect(fit.type).toBe('product-manager');
  expect(fit.strength).toBe('slight');
  expect(fit.axes.outside.pole).toBe('team');
});

test('next-nearest type is another type, nearest on the map', () => {
  expect(fitOf(repeat(SO, 12)).nextNearest).not.toBe('product-manager');
  // S = 1, O = .33: nearer the strategic-technical corner (1,-1) than customer-facing (-1,1)? distance² 1.78 vs 4.44; balanced 1.11
  expect(fitOf([...repeat(SO, 8), ...repeat(SI, 4)]).nextNearest).toBe('balanced');
  expect(fitOf([...repeat(SO, 6), ...repeat(TI, 6)]).nextNearest).toBe('product-manager');
});

test('certainty is stated with the PM-fit index and its range in -100..100', () => {
  const fit = fitOf([...repeat(SO, 9), ...repeat(TI, 3)]);
  expect(fit.type).toBe('product-manager');
  expect(fit.certainty.text).toContain('Your PM-fit index is 50');
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

test('property: any complete set of answers gets a type and sentences, never a random pick', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...QUADRANTS), { minLength: 1, maxLength: 30 }),
      (picks) => {
        const a = fitOf(picks);
        expect(fitOf(picks)).toEqual(a); // deterministic
        expect(a.explanation.length).toBeGreaterThanOrEqual(2);
        expect(a.percentages.pm + a.percentages.po + a.percentages.mixed).toBe(100);
      },
    ),
  );
});
