import { expect, test } from 'vitest';
import fc from 'fast-check';
import { prepareBank } from '../../src/domain/bank';
import {
  getCurrentIndex,
  getEffectiveAnswers,
  getProgress,
  getStepAfter,
  shuffleOptions,
} from '../../src/domain/progress';
import { presentItem } from '../../src/domain/present';
import { createEmptyQuiz, restoreSavedQuiz, SAVED_QUIZ_VERSION } from '../../src/domain/saved-quiz';
import { makeBank, makePrepared } from './fixture-bank';

test('an answer is kept only while its item content hash is unchanged', () => {
  const bank = makeBank(3);
  const before = prepareBank(bank);
  const saved = {
    'scenario-1': { option: 'strategic-market', hash: before.itemHashes['scenario-1'] ?? '' },
    'scenario-2': { option: 'tactical-team', hash: before.itemHashes['scenario-2'] ?? '' },
  };
  const edited = structuredClone(bank);
  if (edited.scenarios[1]) edited.scenarios[1].prompt = 'A rewritten second situation: what now?';
  const after = prepareBank(edited);
  expect(getEffectiveAnswers(before, saved)).toEqual({
    'scenario-1': 'strategic-market',
    'scenario-2': 'tactical-team',
  });
  expect(getEffectiveAnswers(after, saved)).toEqual({ 'scenario-1': 'strategic-market' });
});

test('answers to removed items or options no longer offered are dropped', () => {
  const prepared = makePrepared(2);
  const hash = prepared.itemHashes['scenario-1'] ?? '';
  expect(
    getEffectiveAnswers(prepared, {
      'scenario-1': { option: 'weekly', hash },
      'gone-item': { option: 'strategic-market', hash: '00000000' },
    }),
  ).toEqual({});
});

test('progress counts the questions of the chosen mode and finds the first unanswered one', () => {
  const prepared = makePrepared(4, 2);
  expect(getProgress(prepared, 'short', { 'scenario-1': 'strategic-market' })).toEqual({
    answered: 1,
    total: 3,
    isComplete: false,
    nextIndex: 1,
  });
  expect(
    getProgress(prepared, 'short', {
      'scenario-1': 'strategic-market',
      'scenario-2': 'tactical-team',
      country: 'us',
    }),
  ).toMatchObject({ isComplete: true, nextIndex: -1 });
});

test('the current question is the saved one, else the first unanswered', () => {
  const prepared = makePrepared(4);
  const items = prepared.items.full;
  expect(getCurrentIndex(items, 'scenario-3', {})).toBe(2);
  expect(getCurrentIndex(items, 'removed-question', { 'scenario-1': 'strategic-market' })).toBe(1);
});

test('property: the option order is a permutation, stable for the same seed and item', () => {
  const options = makeBank(1).scenarios[0]?.options ?? [];
  fc.assert(
    fc.property(
      fc.nat({ max: 0xffffffff }),
      fc.string({ minLength: 1, maxLength: 20 }),
      (seed, id) => {
        const a = shuffleOptions(options, seed, id);
        expect(shuffleOptions(options, seed, id)).toEqual(a);
        expect(a.map((o) => o.key).sort()).toEqual(options.map((o) => o.key).sort());
      },
    ),
  );
});

test('different takers see different option orders', () => {
  const options = makeBank(1).scenarios[0]?.options ?? [];
  const orders = new Set(
    Array.from({ length: 50 }, (_, seed) =>
      shuffleOptions(options, seed, 'x')
        .map((o) => o.key)
        .join(),
    ),
  );
  expect(orders.size).toBeGreaterThan(5);
});

test('context questions always offer "Prefer not to say"', () => {
  const prepared = makePrepared(1);
  const context = prepared.items.full.find((i) => i.kind === 'context');
  if (!context) throw new Error('fixture has a context question');
  expect(presentItem(context, 0, 'full').options.at(-1)).toEqual({
    id: 'prefer-not-to-say',
    label: 'Prefer not to say',
  });
});

test.each([
  ['a valid saved quiz', { ...createEmptyQuiz(), mode: 'full', seed: 7 }, SAVED_QUIZ_VERSION, true],
  ['a newer version', createEmptyQuiz(), SAVED_QUIZ_VERSION + 1, 'newer-version'],
  ['an older, unknown version', createEmptyQuiz(), 0, 'corrupted'],
  ['garbage', { answers: 'lots' }, SAVED_QUIZ_VERSION, 'corrupted'],
  [
    'a bad hash',
    { ...createEmptyQuiz(), answers: { a: { option: 'x', hash: 'zz' } } },
    SAVED_QUIZ_VERSION,
    'corrupted',
  ],
  ['null', null, SAVED_QUIZ_VERSION, 'corrupted'],
])('restoreSavedQuiz: %s', (_name, state, version, expected) => {
  const outcome = restoreSavedQuiz(state, version);
  if (expected === true) expect(outcome.ok).toBe(true);
  else expect(outcome).toEqual({ ok: false, reason: expected });
});

test.each<{
  name: string;
  index: number;
  answered: number[];
  isRevisiting: boolean;
  whenOpenAtEnd: 'end' | 'first-open';
  expected: { to: 'question'; id: string } | { to: 'end' };
}>([
  {
    name: 'a middle question leads to the next one',
    index: 0,
    answered: [0],
    isRevisiting: false,
    whenOpenAtEnd: 'end',
    expected: { to: 'question', id: 'scenario-2' },
  },
  {
    name: 'the last question, all answered, ends the questions',
    index: 2,
    answered: [0, 1, 2],
    isRevisiting: false,
    whenOpenAtEnd: 'first-open',
    expected: { to: 'end' },
  },
  {
    name: 'the last question with one open: the quiz goes to its review screen',
    index: 2,
    answered: [0, 2],
    isRevisiting: false,
    whenOpenAtEnd: 'end',
    expected: { to: 'end' },
  },
  {
    name: 'the last question with one open: the embed goes to the open one',
    index: 2,
    answered: [0, 2],
    isRevisiting: false,
    whenOpenAtEnd: 'first-open',
    expected: { to: 'question', id: 'scenario-2' },
  },
  {
    name: 'revisiting from the review with all answered returns to the review',
    index: 0,
    answered: [0, 1, 2],
    isRevisiting: true,
    whenOpenAtEnd: 'end',
    expected: { to: 'end' },
  },
  {
    name: 'revisiting with one still open goes on to the next question',
    index: 0,
    answered: [0, 2],
    isRevisiting: true,
    whenOpenAtEnd: 'end',
    expected: { to: 'question', id: 'scenario-2' },
  },
])('$name', ({ index, answered, isRevisiting, whenOpenAtEnd, expected }) => {
  const scenarios = makePrepared(3).items.full.filter((item) => item.kind === 'scenario');
  const answers = Object.fromEntries(
    answered.map((i) => [`scenario-${i + 1}`, 'strategic-market']),
  );
  expect(getStepAfter(scenarios, index, answers, { isRevisiting, whenOpenAtEnd })).toEqual(
    expected,
  );
});
