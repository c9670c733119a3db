import { expect, test } from 'vitest';
import fc from 'fast-check';
import {
  mirrorQuadrant,
  scoreAnswers,
  scoreWithInterval,
  type Scores,
} from '../../src/domain/scoring';
import { QUADRANTS, type Quadrant } from '../../src/domain/schema';
import { answersFor, makePrepared, SI, SO, TI, TO } from './fixture-bank';

function scored(quadrants: Quadrant[], extra: Record<string, string> = {}): Scores {
  const bank = makePrepared(quadrants.length);
  const outcome = scoreAnswers(bank, { ...answersFor(quadrants), ...extra }, 'full');
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.value;
}

// Hand-computed: s per option SO +1, TI -1, SI +1, TO -1; o: SO +1, TI -1, SI -1, TO +1; f = (s + o) / 2.
test.each([
  { name: 'all PM options', picks: [SO, SO, SO, SO], S: 1, O: 1, f: 1, hwS: 0 },
  { name: 'all PO options', picks: [TI, TI, TI, TI], S: -1, O: -1, f: -1, hwS: 0 },
  { name: 'all strategic-team', picks: [SI, SI, SI, SI], S: 1, O: -1, f: 0, hwS: 0 },
  {
    name: 'one of each quadrant',
    picks: [SO, TI, SI, TO],
    S: 0,
    O: 0,
    f: 0,
    hwS: 1.645 * (Math.sqrt(4 / 3) / 2),
  },
  {
    name: 'three PM one PO',
    picks: [SO, SO, SO, TI],
    S: 0.5,
    O: 0.5,
    f: 0.5,
    hwS: 1.645 * (1 / 2),
  },
])('$name: S=$S O=$O f=$f', ({ picks, S, O, f, hwS }) => {
  const scores = scored(picks);
  expect(scores.strategic.value).toBeCloseTo(S, 10);
  expect(scores.outside.value).toBeCloseTo(O, 10);
  expect(scores.fit.value).toBeCloseTo(f, 10);
  expect(scores.strategic.halfWidth).toBeCloseTo(hwS, 10);
  expect(scores.k).toBe(picks.length);
});

test('three PM and one PO: 90% interval is 0.5 ± 1.645 × SD/√k with sample SD 1', () => {
  // values +1,+1,+1,-1: mean .5, sample variance (3×.25 + 2.25)/3 = 1, SE = 1/2
  const { strategic } = scored([SO, SO, SO, TI]);
  expect(strategic.low).toBeCloseTo(0.5 - 0.8225, 10);
  expect(strategic.high).toBe(1); // 1.3225 clamped to the scale
});

test('identical answers collapse the interval to the point', () => {
  expect(scoreWithInterval([1, 1, 1])).toEqual({ value: 1, low: 1, high: 1, halfWidth: 0 });
});

test('counts choices per quadrant and per primary dimension', () => {
  const scores = scored([SO, SO, TI, TO, SI, SO, SO, TI, TI, SO]);
  expect(scores.choices).toEqual({
    'strategic-market': 5,
    'tactical-team': 3,
    'strategic-team': 1,
    'tactical-market': 1,
  });
  // scenario-1 and scenario-10 share the first dimension (market)
  expect(scores.byDimension.market).toEqual({
    'strategic-market': 2,
    'tactical-team': 0,
    'strategic-team': 0,
    'tactical-market': 0,
  });
});

test('skill profile comes from practice answers only, 0..100, null where unanswered', () => {
  const scores = scored([SO, TI], {
    'practice-market': 'weekly',
    'practice-backlog': 'never',
    'practice-data': 'every-few-months',
  });
  expect(scores.skills.market).toBe(100);
  expect(scores.skills.backlog).toBe(0);
  expect(scores.skills.data).toBe(50);
  expect(scores.skills.strategy).toBeNull();
});

test('practice answers never move the axes', () => {
  const a = scored([SO, TI, SI]);
  const b = scored([SO, TI, SI], { 'practice-market': 'weekly', 'practice-backlog': 'weekly' });
  expect(b.strategic).toEqual(a.strategic);
  expect(b.outside).toEqual(a.outside);
});

test('an unknown question id is a typed error', () => {
  const bank = makePrepared(2);
  expect(scoreAnswers(bank, { ...answersFor([SO, TI]), nope: SO }, 'full')).toEqual({
    ok: false,
    error: { kind: 'unknown-question', ids: ['nope'] },
  });
});

test('an option the question does not offer is a typed error', () => {
  const bank = makePrepared(2);
  expect(scoreAnswers(bank, { 'scenario-1': SO, 'scenario-2': 'weekly' }, 'full')).toEqual({
    ok: false,
    error: { kind: 'invalid-option', questionId: 'scenario-2', value: 'weekly' },
  });
  expect(scoreAnswers(bank, { ...answersFor([SO, TI]), country: 'mars' }, 'full')).toMatchObject({
    ok: false,
    error: { kind: 'invalid-option', questionId: 'country' },
  });
});

test('a missing scenario is a typed error listing every missing id', () => {
  const bank = makePrepared(3);
  expect(scoreAnswers(bank, { 'scenario-2': SO }, 'full')).toEqual({
    ok: false,
    error: { kind: 'missing-scenarios', ids: ['scenario-1', 'scenario-3'] },
  });
});

test('context answers may be "prefer not to say" and never move scores', () => {
  const a = scored([SO, TI]);
  const b = scored([SO, TI], { country: 'prefer-not-to-say' });
  expect(b.fit).toEqual(a.fit);
});

test('short mode scores only the short scenarios and needs only those', () => {
  const bank = makePrepared(6, 2);
  const outcome = scoreAnswers(bank, answersFor([SO, SO]), 'short');
  expect(outcome).toMatchObject({ ok: true, value: { k: 2, mode: 'short' } });
  expect(scoreAnswers(bank, answersFor([SO, SO]), 'full')).toMatchObject({ ok: false });
});

const picksArb = fc.array(fc.constantFrom(...QUADRANTS), { minLength: 1, maxLength: 40 });

test('property: every score and interval stays within -1..+1, low <= value <= high', () => {
  fc.assert(
    fc.property(picksArb, (picks) => {
      const s = scored(picks);
      for (const axis of [s.strategic, s.outside, s.fit]) {
        expect(axis.value).toBeGreaterThanOrEqual(-1);
        expect(axis.value).toBeLessThanOrEqual(1);
        expect(axis.low).toBeLessThanOrEqual(axis.value + 1e-12);
        expect(axis.high).toBeGreaterThanOrEqual(axis.value - 1e-12);
        expect(axis.low).toBeGreaterThanOrEqual(-1);
        expect(axis.high).toBeLessThanOrEqual(1);
      }
      expect(s.fit.value).toBeCloseTo((s.strategic.value + s.outside.value) / 2, 10);
    }),
  );
});

test('property: the order options are shown in never changes the score', () => {
  fc.assert(
    fc.property(picksArb, fc.integer({ min: 0, max: 1000 }), (picks, seed) => {
      const bank = makePrepared(picks.length);
      // Shuffle every scenario's option list the way the UI might; the answer is still the option id.
      const shuffled = {
        ...bank,
        bank: {
          ...bank.bank,
          scenarios: bank.bank.scenarios.map((s, i) => ({
            ...s,
            options: [...s.options].sort(
              (a, b) => ((a.key.length * 7 + seed + i) % 5) - ((b.key.length * 3 + seed) % 5),
            ),
          })),
        },
      };
      const a = scoreAnswers(bank, answersFor(picks), 'full');
      const b = scoreAnswers(shuffled, answersFor(picks), 'full');
      expect(b).toEqual(a);
    }),
  );
});

test('property: the order answers were given in never changes the score', () => {
  fc.assert(
    fc.property(picksArb, (picks) => {
      const bank = makePrepared(picks.length);
      const forward = answersFor(picks);
      const backward = Object.fromEntries(Object.entries(forward).reverse());
      expect(scoreAnswers(bank, backward, 'full')).toEqual(scoreAnswers(bank, forward, 'full'));
    }),
  );
});

test('property: mirroring every answer mirrors the scores', () => {
  fc.assert(
    fc.property(picksArb, (picks) => {
      const a = scored(picks);
      const b = scored(picks.map(mirrorQuadrant));
      expect(b.strategic.value).toBeCloseTo(-a.strategic.value, 10);
      expect(b.outside.value).toBeCloseTo(-a.outside.value, 10);
      expect(b.fit.value).toBeCloseTo(-a.fit.value, 10);
      expect(b.fit.halfWidth).toBeCloseTo(a.fit.halfWidth, 10);
      expect(b.strategic.low).toBeCloseTo(-a.strategic.high, 10);
    }),
  );
});

test('mirrorQuadrant swaps PM with PO and the two hybrids', () => {
  expect(mirrorQuadrant(SO)).toBe(TI);
  expect(mirrorQuadrant(TI)).toBe(SO);
  expect(mirrorQuadrant(SI)).toBe(TO);
  expect(mirrorQuadrant(TO)).toBe(SI);
});
