import { expect, test } from 'vitest';
import fc from 'fast-check';
import { presentItem } from '../../src/domain/present';
import { keyboardTip, nextLabel, savedQuestionScreen } from '../../src/domain/question-screen';
import { createEmptyQuiz, SAVED_QUIZ_VERSION, type SavedQuiz } from '../../src/domain/saved-quiz';
import { makePrepared } from './fixture-bank';

const prepared = makePrepared(6, 3);
const full = prepared.items.full;
const SEED = 12345;

/** What storage holds after `quiz` was saved by this version. */
const saved = (quiz: Partial<SavedQuiz>, version = SAVED_QUIZ_VERSION) => ({
  state: { ...createEmptyQuiz(), seed: SEED, ...quiz },
  version,
});

const answerTo = (index: number, option: string, hash?: string) => {
  const item = full[index];
  if (!item) throw new Error(`no item ${index}`);
  return { [item.id]: { option, hash: hash ?? item.hash } };
};

test('a quiz just started opens on its first question, in the taker’s option order', () => {
  const screen = savedQuestionScreen(prepared, {}, saved({ mode: 'full', startedAt: 1 }));
  const first = full[0];
  if (!first) throw new Error('empty bank');
  const presented = presentItem(first, SEED, 'full');
  expect(screen).toEqual({
    ...presented,
    position: 1,
    total: full.length,
    selected: undefined,
    hasBack: false,
    nextLabel: 'Next',
  });
  // The order is the seeded one the React quiz shows, not the bank's.
  expect(screen?.options.map((o) => o.id)).toEqual(presented.options.map((o) => o.id));
});

test.each([
  {
    name: 'the saved question, with its answer chosen and Back offered',
    quiz: {
      mode: 'full' as const,
      currentId: full[2]?.id ?? null,
      answers: answerTo(2, 'tactical-team'),
    },
    expected: { position: 3, selected: 'tactical-team', hasBack: true, nextLabel: 'Next' },
  },
  {
    name: 'no saved question: the first one without an answer',
    quiz: {
      mode: 'full' as const,
      answers: { ...answerTo(0, 'tactical-team'), ...answerTo(1, 'strategic-team') },
    },
    expected: { position: 3, selected: undefined, hasBack: true, nextLabel: 'Next' },
  },
  {
    name: 'an answer to an edited question (another hash) does not count',
    quiz: { mode: 'full' as const, answers: answerTo(0, 'tactical-team', '00000000') },
    expected: { position: 1, selected: undefined, hasBack: false, nextLabel: 'Next' },
  },
  {
    name: 'the last question leads to the review',
    quiz: { mode: 'full' as const, currentId: full.at(-1)?.id ?? null },
    expected: {
      position: full.length,
      selected: undefined,
      hasBack: true,
      nextLabel: 'Review answers',
    },
  },
  {
    name: 'the short quiz counts its own questions',
    quiz: { mode: 'short' as const },
    expected: { position: 1, total: prepared.items.short.length, hasBack: false },
  },
])('$name', ({ quiz, expected }) => {
  expect(savedQuestionScreen(prepared, {}, saved(quiz))).toMatchObject(expected);
});

test.each([
  { name: 'nothing saved', value: null },
  { name: 'no quiz started (the start card)', value: saved({ mode: null }) },
  { name: 'the review screen', value: saved({ mode: 'full', isReviewing: true }) },
  { name: 'a newer format', value: saved({ mode: 'full' }, SAVED_QUIZ_VERSION + 1) },
  { name: 'a malformed state', value: { state: { mode: 'full', answers: 'none' }, version: 2 } },
  { name: 'a state that is not an object', value: { state: 'full', version: 2 } },
])('draws nothing for $name', ({ value }) => {
  expect(savedQuestionScreen(prepared, {}, value)).toBeNull();
});

test('never throws, whatever storage held', () => {
  fc.assert(
    fc.property(fc.anything(), fc.option(fc.double()), (state, version) => {
      const screen = savedQuestionScreen(prepared, {}, { state, version: version ?? undefined });
      expect(screen === null || screen.position >= 1).toBe(true);
    }),
  );
});

test('the words both renderers use', () => {
  expect(keyboardTip(4)).toBe('Tip: press 1 to 4 to choose an option, then Enter.');
  expect(nextLabel(false)).toBe('Next');
  expect(nextLabel(true)).toBe('Review answers');
});
