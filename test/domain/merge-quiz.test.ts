import { expect, test } from 'vitest';
import fc from 'fast-check';
import { mergeSavedQuiz, reconcileSavedQuiz } from '../../src/domain/merge-quiz';
import { createEmptyQuiz, type SavedQuiz } from '../../src/domain/saved-quiz';

const H = '0123abcd';
/** A quiz started at `startedAt`, with answers given as id -> [option, at]. */
function quiz(
  startedAt: number,
  answers: Record<string, [string, number]>,
  place: Partial<SavedQuiz> = {},
): SavedQuiz {
  return {
    ...createEmptyQuiz(),
    mode: 'full',
    seed: 7,
    startedAt,
    answers: Object.fromEntries(
      Object.entries(answers).map(([id, [option]]) => [id, { option, hash: H }]),
    ),
    answeredAt: Object.fromEntries(Object.entries(answers).map(([id, [, at]]) => [id, at])),
    ...place,
  };
}
const options = (q: SavedQuiz) =>
  Object.fromEntries(Object.entries(q.answers).map(([id, a]) => [id, a.option]));

test.each([
  [
    'answers from both tabs are kept',
    quiz(1, { a: ['x', 5] }),
    quiz(1, { b: ['y', 6] }),
    { a: 'x', b: 'y' },
  ],
  [
    'the later answer to one question wins',
    quiz(1, { a: ['x', 5] }),
    quiz(1, { a: ['z', 9] }),
    { a: 'z' },
  ],
  [
    'the later answer wins from either side',
    quiz(1, { a: ['z', 9] }),
    quiz(1, { a: ['x', 5] }),
    { a: 'z' },
  ],
  [
    'a quiz started later replaces an older one',
    quiz(1, { a: ['x', 5] }),
    quiz(2, { b: ['y', 3] }),
    { b: 'y' },
  ],
  [
    'an older quiz never replaces a newer one',
    quiz(2, { b: ['y', 3] }),
    quiz(1, { a: ['x', 5] }),
    { b: 'y' },
  ],
  ['the empty quiz takes what is saved', createEmptyQuiz(), quiz(0, { a: ['x', 0] }), { a: 'x' }],
  [
    "saved progress without stamps (version 1) keeps this tab's newer answer",
    quiz(0, { a: ['z', 4] }),
    quiz(0, { a: ['x', 0], b: ['y', 0] }),
    { a: 'z', b: 'y' },
  ],
])('mergeSavedQuiz: %s', (_, mine, theirs, expected) => {
  expect(options(mergeSavedQuiz(mine, theirs))).toEqual(expected);
});

test("the same quiz keeps this page's place; another quiz brings its own", () => {
  const mine = quiz(1, { a: ['x', 5] }, { currentId: 'a', isReviewing: true });
  const same = quiz(1, { b: ['y', 6] }, { currentId: 'b' });
  expect(mergeSavedQuiz(mine, same)).toMatchObject({ currentId: 'a', isReviewing: true });
  const newer = quiz(3, {}, { currentId: null, mode: 'short' });
  expect(mergeSavedQuiz(mine, newer)).toEqual(newer);
});

test.each([
  ['nothing stored keeps the page', { kind: 'absent' } as const, { a: 'x' }, false],
  ['a removed copy empties the page and says so', { kind: 'removed' } as const, {}, true],
  [
    'a stored copy is merged',
    { kind: 'saved', value: quiz(1, { b: ['y', 1] }) } as const,
    { a: 'x', b: 'y' },
    false,
  ],
])('reconcileSavedQuiz: %s', (_, stored, expected, isDeleted) => {
  const result = reconcileSavedQuiz(quiz(1, { a: ['x', 5] }), stored);
  expect(options(result.quiz)).toEqual(expected);
  expect(result.isDeleted).toBe(isDeleted);
});

test('a removed copy is not announced to a page that held nothing', () => {
  expect(reconcileSavedQuiz(createEmptyQuiz(), { kind: 'removed' }).isDeleted).toBe(false);
});

// ---------- properties ----------

const ids = fc.constantFrom('a', 'b', 'c', 'd', 'constructor');
const answersArb = fc.dictionary(ids, fc.tuple(fc.constantFrom('x', 'y', 'z'), fc.nat(20)), {
  maxKeys: 5,
});
/** Quizzes that often share a start (the same quiz in two tabs), sometimes not. */
const quizArb = fc
  .tuple(
    fc.constantFrom(0, 1, 2),
    fc.constantFrom<'full' | 'short' | null>('full', 'full', 'short', null),
    fc.constantFrom(7, 8),
    answersArb,
    fc.option(ids),
    fc.boolean(),
  )
  .map(([startedAt, mode, seed, answers, currentId, isReviewing]) =>
    quiz(startedAt, answers, { mode, seed, currentId, isReviewing }),
  );
/** Everything but the page's place, with records as sorted entries (an own "constructor" key would
 * otherwise confuse toStrictEqual's class check). */
const content = (q: SavedQuiz) => ({
  mode: q.mode,
  seed: q.seed,
  startedAt: q.startedAt,
  answers: Object.entries(q.answers).sort(),
  answeredAt: Object.entries(q.answeredAt).sort(),
});
const isSameQuiz = (a: SavedQuiz, b: SavedQuiz) =>
  a.startedAt === b.startedAt && a.mode === b.mode && a.seed === b.seed;

test("property: merging is commutative in everything but the page's own place", () => {
  fc.assert(
    fc.property(quizArb, quizArb, (a, b) => {
      expect(content(mergeSavedQuiz(a, b))).toStrictEqual(content(mergeSavedQuiz(b, a)));
    }),
    { numRuns: 2000 },
  );
});

test('property: merging is associative and idempotent, so the order tabs write in never matters', () => {
  fc.assert(
    fc.property(quizArb, quizArb, quizArb, (a, b, c) => {
      const left = mergeSavedQuiz(mergeSavedQuiz(a, b), c);
      const right = mergeSavedQuiz(a, mergeSavedQuiz(b, c));
      expect(content(left)).toStrictEqual(content(right));
      expect(content(mergeSavedQuiz(a, a))).toStrictEqual(content(a));
    }),
    { numRuns: 2000 },
  );
});

test('property: within one quiz no answer is ever lost, and each question keeps its latest answer', () => {
  fc.assert(
    fc.property(quizArb, quizArb, (a, b) => {
      fc.pre(isSameQuiz(a, b));
      const merged = mergeSavedQuiz(a, b);
      for (const side of [a, b]) {
        for (const [id, at] of Object.entries(side.answeredAt)) {
          expect(Object.hasOwn(merged.answers, id)).toBe(true);
          expect(merged.answeredAt[id]).toBeGreaterThanOrEqual(at);
        }
      }
      expect(Object.keys(merged.answers).sort()).toEqual(Object.keys(merged.answeredAt).sort());
    }),
    { numRuns: 2000 },
  );
});

test('property: different quizzes never mix: the result is one of them, whole', () => {
  fc.assert(
    fc.property(quizArb, quizArb, (a, b) => {
      fc.pre(!isSameQuiz(a, b));
      const merged = mergeSavedQuiz(a, b);
      expect([a, b]).toContain(merged);
      expect(merged.startedAt).toBe(Math.max(a.startedAt, b.startedAt));
    }),
    { numRuns: 2000 },
  );
});

test('property: deletion wins over anything a page holds', () => {
  fc.assert(
    fc.property(quizArb, (mine) => {
      const result = reconcileSavedQuiz(mine, { kind: 'removed' });
      expect(result.quiz).toStrictEqual(createEmptyQuiz());
      expect(result.isDeleted).toBe(mine.mode !== null);
    }),
  );
});
