import { expect, test } from 'vitest';
import fc from 'fast-check';
import {
  keyboardTip,
  nextLabel,
  QUESTION_SNAPSHOT_VERSION,
  readQuestionSnapshot,
  writeQuestionSnapshot,
  type QuestionScreen,
} from '../../src/domain/question-screen';

const screen: QuestionScreen = {
  position: 3,
  total: 41,
  legend: 'A stakeholder asks for a feature next sprint. What do you do first?',
  hint: 'Choose the one closest to what you would really do.',
  options: ['Ask the customers', 'Check the backlog', 'Look at the roadmap', 'Ask the team'],
  selected: 1,
  hasBack: true,
  nextLabel: 'Next',
};

/** Saved progress as the guarded storage reads it. */
const progress = {
  state: { mode: 'full', currentId: 'q3', answers: { q1: 'a', q2: 'b' } },
  version: 2,
};

/** What storage gives back for a written snapshot: the JSON round trip. */
const stored = (value: unknown) =>
  JSON.parse(JSON.stringify(value)) as { state: unknown; version: number };

test('a snapshot drawn from the progress storage holds reads back as the same screen', () => {
  expect(readQuestionSnapshot(stored(writeQuestionSnapshot(screen, progress)), progress)).toEqual(
    screen,
  );
  const plain: QuestionScreen = {
    position: 1,
    total: 10,
    legend: 'Which of these would you rather own?',
    options: ['The roadmap', 'The backlog'],
    selected: -1,
    hasBack: false,
    nextLabel: 'Next',
  };
  expect(readQuestionSnapshot(stored(writeQuestionSnapshot(plain, progress)), progress)).toEqual(
    plain,
  );
});

test.each([
  {
    name: 'another answer was saved since (another tab, or a choice not yet drawn)',
    progress: { ...progress, state: { ...progress.state, answers: { q1: 'a', q2: 'c' } } },
  },
  {
    name: 'the quiz moved to the review',
    progress: { ...progress, state: { ...progress.state, isReviewing: true } },
  },
  { name: 'the progress was deleted', progress: null },
  { name: 'progress saved in a newer format', progress: { ...progress, version: 3 } },
])('draws nothing when $name', ({ progress: now }) => {
  expect(readQuestionSnapshot(stored(writeQuestionSnapshot(screen, progress)), now)).toBeNull();
});

const written = stored(writeQuestionSnapshot(screen, progress));
const withState = (change: Record<string, unknown>) => ({
  ...written,
  state: { ...(written.state as object), ...change },
});

test.each([
  { name: 'no snapshot', value: null },
  {
    name: 'an older or newer snapshot format',
    value: { ...written, version: QUESTION_SNAPSHOT_VERSION + 1 },
  },
  { name: 'a state that is not an object', value: { state: 'question 3', version: 1 } },
  { name: 'a position past the total', value: withState({ position: 42 }) },
  { name: 'position 0', value: withState({ position: 0 }) },
  { name: 'an empty legend', value: withState({ legend: '' }) },
  { name: 'one option', value: withState({ options: ['Only'] }) },
  { name: 'an option that is not text', value: withState({ options: ['A', 2] }) },
  { name: 'a chosen option that does not exist', value: withState({ selected: 4 }) },
  { name: 'a fractional choice', value: withState({ selected: 0.5 }) },
  { name: 'a Next label that is not one of ours', value: withState({ nextLabel: '<b>Go</b>' }) },
  { name: 'no Back flag', value: withState({ hasBack: 'yes' }) },
  // Progress is shared by every language's pages: after a switch, the other language's words.
  { name: 'words in another language', value: withState({ language: 'de' }) },
  { name: 'no language', value: withState({ language: undefined }) },
  {
    name: 'a version-1 snapshot (before it recorded its language)',
    value: { state: { ...(written.state as object), language: undefined }, version: 1 },
  },
])('draws nothing for $name', ({ value }) => {
  expect(readQuestionSnapshot(value, progress)).toBeNull();
});

test('never throws and never returns a screen it did not check, whatever storage held', () => {
  fc.assert(
    fc.property(fc.anything(), fc.integer(), fc.anything(), (state, version, saved) => {
      const read = readQuestionSnapshot({ state, version }, saved);
      if (read === null) return;
      expect(read.position).toBeGreaterThanOrEqual(1);
      expect(read.position).toBeLessThanOrEqual(read.total);
      expect(read.selected).toBeLessThan(read.options.length);
    }),
  );
});

test('any screen round-trips with the progress it was drawn from', () => {
  const text = fc.string({ minLength: 1, maxLength: 80 });
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: 0, max: 60 }),
      text,
      fc.option(text, { nil: undefined }),
      fc.array(text, { minLength: 2, maxLength: 6 }),
      fc.boolean(),
      fc.boolean(),
      fc.jsonValue(),
      (position, extra, legend, hint, options, hasBack, isAtEnd, saved) => {
        const drawn: QuestionScreen = {
          position,
          total: position + extra,
          legend,
          ...(hint === undefined ? {} : { hint }),
          options,
          selected: (position % (options.length + 1)) - 1,
          hasBack,
          nextLabel: nextLabel(isAtEnd),
        };
        const savedValue = saved ?? 0;
        expect(
          readQuestionSnapshot(stored(writeQuestionSnapshot(drawn, savedValue)), savedValue),
        ).toEqual(drawn);
      },
    ),
  );
});

test('the words both renderers use', () => {
  expect(keyboardTip(4)).toBe('Tip: press 1 to 4 to choose an option, then Enter.');
  expect(nextLabel(false)).toBe('Next');
  expect(nextLabel(true)).toBe('Review answers');
});
