import { expect, test } from 'vitest';
import fc from 'fast-check';
import {
  createEmptyQuiz,
  migrateSavedQuizV1,
  parseSavedQuiz,
  parseSavedQuizV1,
  parseStorageEnvelope,
  restoreSavedQuiz,
  SAVED_QUIZ_VERSION,
} from '../../src/domain/saved-quiz';

/**
 * A parser's output as plain data, prototypes and own keys included, so outputs compare exactly
 * (toStrictEqual alone would compare an answer saved under the id "constructor" as a class).
 */
function shapeOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const prototype: unknown = Object.getPrototypeOf(value);
  return {
    kind: prototype === Object.prototype ? 'plain' : Object.prototype.toString.call(value),
    fields: Reflect.ownKeys(value).map((key) => [key, shapeOf(Reflect.get(value, key))]),
  };
}

/** Well-formed saved progress, checked field by field (what the parser must return, or null). */
function isWellFormed(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const quiz = value as Record<string, unknown>;
  const isId = (id: unknown) => typeof id === 'string' && Array.from(id).length <= 80;
  const answers = quiz.answers;
  return (
    Object.keys(quiz).sort().join() === 'answers,currentId,isReviewing,mode,seed' &&
    [null, 'full', 'short'].includes(quiz.mode as string | null) &&
    typeof answers === 'object' &&
    answers !== null &&
    Object.getPrototypeOf(answers) === Object.prototype &&
    Object.entries(answers as Record<string, unknown>).every(
      ([key, answer]: [string, unknown]) =>
        isId(key) &&
        typeof answer === 'object' &&
        answer !== null &&
        Object.keys(answer).sort().join() === 'hash,option' &&
        isId((answer as Record<string, unknown>).option) &&
        /^[0-9a-f]{8}$/.test(String((answer as Record<string, unknown>).hash)),
    ) &&
    (quiz.currentId === null || isId(quiz.currentId)) &&
    typeof quiz.isReviewing === 'boolean' &&
    Number.isInteger(quiz.seed) &&
    (quiz.seed as number) >= 0 &&
    (quiz.seed as number) <= 0xffffffff
  );
}

// ---------- generators: anything at all, and values one mistake away from valid ----------

const anything = fc.anything({
  key: fc.oneof(
    fc.constantFrom('mode', 'answers', 'currentId', 'isReviewing', 'seed', 'option', 'hash'),
    fc.constantFrom('state', 'version', '__proto__', 'constructor'),
    fc.string(),
  ),
  maxDepth: 3,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withNullPrototype: true,
  withObjectString: true,
  withBigInt: true,
  withTypedArray: true,
  withSparseArray: true,
});
const junk = fc.oneof(
  fc.constantFrom(undefined, null, true, 0, -0, NaN, Infinity, '', [], {}, new Date(0)),
  anything,
);
/** Mostly valid, sometimes a near miss, sometimes junk. */
function near<T>(valid: fc.Arbitrary<T>, misses: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 10, arbitrary: valid },
    { weight: 1, arbitrary: misses },
    { weight: 1, arbitrary: junk },
  );
}
/** A record whose keys are all present, or (sometimes) any of them left out, plus stray keys. */
function nearObject(model: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const shaped = fc.oneof(
    { weight: 5, arbitrary: fc.record(model) },
    { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
  );
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    {
      weight: 1,
      arbitrary: fc
        .tuple(shaped, fc.dictionary(fc.string(), junk, { maxKeys: 3 }))
        .map(([value, extra]) => ({ ...extra, ...value })),
    },
    {
      weight: 1,
      // the fields on a null-prototype object or an array, or inherited through the prototype chain
      arbitrary: fc
        .tuple(shaped, fc.constantFrom('null-prototype', 'array', 'inherited'))
        .map(([fields, how]): unknown =>
          how === 'inherited'
            ? Object.create(fields)
            : Object.assign(how === 'array' ? [] : { __proto__: null }, fields),
        ),
    },
  );
}

const itemId = near(
  fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('scenario-1', 'practice-market')),
  fc.oneof(fc.string({ minLength: 79, maxLength: 82 }), fc.constant('😀'.repeat(41))),
);
const hash = near(
  fc.stringMatching(/^[0-9a-f]{8}$/),
  fc.oneof(
    fc.constantFrom('0123456G', 'ABCDEF01', '0123abc', '0123456789', '01234567\n', ' 01234567'),
    fc.string({ maxLength: 10 }),
  ),
);
const answer = nearObject({ option: itemId, hash });
const answerKey = fc.oneof(
  { weight: 10, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 81, maxLength: 90 }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', '0', '12', 'toString') },
);
const protoKeyJson: unknown = JSON.parse(
  '{"__proto__":{"option":"a","hash":"0123abcd"},"b":{"option":"c","hash":"89abcdef"}}',
);
const constructorKeyJson: unknown = JSON.parse(
  '{"a":{"option":"x","hash":"0123abcd"},"constructor":{"option":"y","hash":"0123abcd"}}',
);
const answers = near(
  fc.dictionary(answerKey, answer, { maxKeys: 4 }),
  fc.oneof(
    fc.constantFrom(
      protoKeyJson, // JSON.parse makes "__proto__" an own key; zod drops it
      constructorKeyJson,
      { [Symbol('s')]: { option: 'a', hash: '0123abcd' } },
      Object.defineProperty({}, 'hidden', { value: 'not an answer', enumerable: false }),
      Object.assign(Object.create(null), { a: { option: 'x', hash: '0123abcd' } }),
      Object.create({ inherited: { option: 'x', hash: '0123abcd' } }),
      new Map([['a', { option: 'x', hash: '0123abcd' }]]),
      [{ option: 'x', hash: '0123abcd' }],
    ),
    fc.dictionary(fc.string(), junk, { maxKeys: 3 }),
  ),
);
const savedQuiz = nearObject({
  mode: near(
    fc.constantFrom('full', 'short', null),
    fc.constantFrom('FULL', 'long', '', undefined),
  ),
  answers,
  currentId: near(fc.oneof(fc.constant(null), itemId), fc.constant(undefined)),
  isReviewing: near(fc.boolean(), fc.constantFrom(0, 1, 'true', undefined)),
  seed: near(
    fc.oneof(fc.nat(), fc.constantFrom(0, 0xffffffff), fc.integer({ min: 0, max: 0xffffffff })),
    fc.oneof(
      fc.constantFrom(-0, -1, 0.5, 0x100000000, 2 ** 53, NaN, Infinity, -Infinity, '7', 7n),
      fc.double(),
    ),
  ),
});
const envelope = nearObject({
  state: fc.oneof(savedQuiz, junk),
  version: near(
    fc.oneof(fc.integer(), fc.constant(undefined)),
    fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, '1', null)),
  ),
});

// ---------- properties of the parser ----------
// These replaced the zod/mini oracle of ADR 004 when zod left the code (docs/decisions/006-one-validator.md).

const validAnswer = fc.record({
  option: fc.string({ maxLength: 80 }),
  hash: fc.stringMatching(/^[0-9a-f]{8}$/),
});
const validQuiz = fc.record({
  mode: fc.constantFrom('full', 'short', null),
  answers: fc.dictionary(
    fc
      .string({ maxLength: 80 })
      .filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k)),
    validAnswer,
    { maxKeys: 4 },
  ),
  currentId: fc.oneof(fc.constant(null), fc.string({ maxLength: 80 })),
  isReviewing: fc.boolean(),
  seed: fc.integer({ min: 0, max: 0xffffffff }),
});

test('property: version-1 fields: well-formed progress is returned as it was, stray fields dropped', () => {
  fc.assert(
    fc.property(validQuiz, fc.dictionary(fc.string(), junk, { maxKeys: 3 }), (quiz, extra) => {
      const plain: unknown = JSON.parse(JSON.stringify(quiz));
      expect(shapeOf(parseSavedQuizV1({ ...extra, ...quiz }))).toStrictEqual(shapeOf(plain));
    }),
    { numRuns: 500 },
  );
});

test('property: parseSavedQuiz returns well-formed progress or null on near-valid progress', () => {
  let accepted = 0;
  let rejected = 0;
  fc.assert(
    fc.property(savedQuiz, (value) => {
      const parsed = parseSavedQuizV1(value);
      if (parsed === null) rejected += 1;
      else {
        accepted += 1;
        expect(isWellFormed(parsed)).toBe(true);
        expect(shapeOf(parseSavedQuizV1(parsed))).toStrictEqual(shapeOf(parsed));
      }
    }),
    { numRuns: 2000 },
  );
  // The generator must exercise both sides, or the property would mean little.
  expect(accepted).toBeGreaterThan(200);
  expect(rejected).toBeGreaterThan(200);
});

test('property: one malformed field makes saved progress null', () => {
  const broken = fc.oneof(
    fc.record({
      field: fc.constant('mode'),
      value: fc.constantFrom('FULL', 'long', '', undefined, 1),
    }),
    fc.record({
      field: fc.constant('answers'),
      value: fc.constantFrom(null, [], new Map(), 'a', { a: 1 }),
    }),
    fc.record({
      field: fc.constant('currentId'),
      value: fc.constantFrom(undefined, 1, '😀'.repeat(81)),
    }),
    fc.record({
      field: fc.constant('isReviewing'),
      value: fc.constantFrom(0, 1, 'true', undefined),
    }),
    fc.record({
      field: fc.constant('seed'),
      value: fc.constantFrom(-1, 0.5, 0x100000000, NaN, Infinity, '7', 7n),
    }),
  );
  fc.assert(
    fc.property(validQuiz, broken, (quiz, { field, value }) => {
      expect(parseSavedQuizV1({ ...quiz, [field]: value })).toBeNull();
    }),
    { numRuns: 500 },
  );
});

test('property: parseSavedQuiz never throws and returns well-formed progress or null on anything', () => {
  fc.assert(
    fc.property(anything, (value) => {
      const parsed = parseSavedQuizV1(value);
      if (parsed !== null) expect(isWellFormed(parsed)).toBe(true);
    }),
    { numRuns: 1000 },
  );
});

test('property: progress that went through JSON parses the same as before', () => {
  fc.assert(
    fc.property(validQuiz, (value) => {
      const json: unknown = JSON.parse(JSON.stringify(value));
      expect(shapeOf(parseSavedQuizV1(json))).toStrictEqual(shapeOf(parseSavedQuizV1(value)));
    }),
    { numRuns: 500 },
  );
});

test('property: parseStorageEnvelope keeps a state field and a finite numeric version', () => {
  let accepted = 0;
  let rejected = 0;
  fc.assert(
    fc.property(fc.oneof(envelope, anything), (value) => {
      const actual = parseStorageEnvelope(value);
      const isEnvelope =
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'state' in value &&
        (!('version' in value) ||
          value.version === undefined ||
          (typeof value.version === 'number' && Number.isFinite(value.version)));
      expect(actual !== null).toBe(isEnvelope);
      // The state is passed on untouched, for migrate and merge to parse.
      if (actual !== null) expect(actual.state).toBe((value as { state: unknown }).state);
      if (actual === null) rejected += 1;
      else accepted += 1;
    }),
    { numRuns: 1000 },
  );
  expect(accepted).toBeGreaterThan(100);
  expect(rejected).toBeGreaterThan(100);
});

test('property: restoreSavedQuiz accepts exactly what parseSavedQuizV1 accepts, at versions 1 and 2', () => {
  fc.assert(
    fc.property(
      savedQuiz,
      fc.integer({ min: -1, max: SAVED_QUIZ_VERSION + 1 }),
      (state, version) => {
        const expected = parseSavedQuizV1(state);
        const outcome = restoreSavedQuiz(state, version);
        if (version > SAVED_QUIZ_VERSION)
          expect(outcome).toEqual({ ok: false, reason: 'newer-version' });
        else if (version < 1 || expected === null)
          expect(outcome).toEqual({ ok: false, reason: 'corrupted' });
        // Version 1 is migrated; version 2 without stamps reads the same ("before stamps existed").
        else
          expect(shapeOf(outcome)).toStrictEqual(
            shapeOf({ ok: true, value: migrateSavedQuizV1(expected) }),
          );
      },
    ),
    { numRuns: 1000 },
  );
});

const stamp = near(
  fc.oneof(fc.nat(), fc.constantFrom(0, 1_764_000_000_000), fc.double({ min: 0, noNaN: true })),
  fc.constantFrom(-1, NaN, Infinity, '5', null),
);
const stampedQuiz = fc
  .tuple(
    savedQuiz,
    near(stamp, fc.constant(undefined)),
    fc.oneof(
      fc.constant(undefined),
      fc.dictionary(fc.oneof(answerKey, fc.constantFrom('scenario-1')), stamp, { maxKeys: 4 }),
      junk,
    ),
  )
  .map(([quiz, startedAt, answeredAt]): unknown =>
    typeof quiz === 'object' && quiz !== null ? { ...quiz, startedAt, answeredAt } : quiz,
  );

test('property: parseSavedQuiz reads version-1 fields as parseSavedQuizV1 does and stamps every answer', () => {
  let accepted = 0;
  fc.assert(
    fc.property(stampedQuiz, (value) => {
      const base = parseSavedQuizV1(value);
      const parsed = parseSavedQuiz(value);
      if (base === null || parsed === null) {
        if (base === null) expect(parsed).toBeNull();
        return;
      }
      accepted += 1;
      const { startedAt, answeredAt, ...rest } = parsed;
      expect(shapeOf(rest)).toStrictEqual(shapeOf(base));
      expect(Object.keys(answeredAt).sort()).toEqual(Object.keys(base.answers).sort());
      for (const at of [startedAt, ...Object.values(answeredAt)]) {
        expect(Number.isFinite(at) && at >= 0).toBe(true);
      }
    }),
    { numRuns: 1000 },
  );
  expect(accepted).toBeGreaterThan(100);
});

const v1Answers = { a: { option: 'x', hash: '0123abcd' }, b: { option: 'y', hash: '89abcdef' } };
const v1Quiz = { mode: 'full', answers: v1Answers, currentId: 'b', isReviewing: false, seed: 3 };
test.each([
  ['stamps kept', { startedAt: 5, answeredAt: { a: 7, b: 9 } }, { startedAt: 5, a: 7, b: 9 }],
  ['missing stamps read as 0', {}, { startedAt: 0, a: 0, b: 0 }],
  [
    'a stamp for a missing answer is dropped',
    { answeredAt: { a: 1, c: 2 } },
    { startedAt: 0, a: 1, b: 0 },
  ],
  ['a negative start', { startedAt: -1 }, null],
  ['a text stamp', { answeredAt: { a: '7' } }, null],
  ['stamps that are not a record', { answeredAt: [1, 2] }, null],
])('parseSavedQuiz: %s', (_, stamps, expected) => {
  const parsed = parseSavedQuiz({ ...v1Quiz, ...stamps });
  if (expected === null) {
    expect(parsed).toBeNull();
    return;
  }
  const { startedAt, ...answeredAt } = expected;
  expect(parsed).toStrictEqual({ ...v1Quiz, startedAt, answeredAt });
});

test('version-1 progress is migrated, keeping every answer, with stamps of 0', () => {
  expect(restoreSavedQuiz(v1Quiz, 1)).toStrictEqual({
    ok: true,
    value: { ...v1Quiz, startedAt: 0, answeredAt: { a: 0, b: 0 } },
  });
});

// ---------- hand-picked cases ----------

test('saved progress keeps only the known fields', () => {
  const saved = { ...createEmptyQuiz(), mode: 'short', seed: 42, extra: 'dropped' };
  expect(parseSavedQuiz(saved)).toStrictEqual({ ...createEmptyQuiz(), mode: 'short', seed: 42 });
});

test('a "__proto__" answer read from JSON is dropped, never assigned', () => {
  const json: unknown = JSON.parse(
    '{"mode":"full","answers":{"__proto__":{"option":"a","hash":"0123abcd"}},"currentId":null,"isReviewing":false,"seed":1}',
  );
  const parsed = parseSavedQuiz(json);
  expect(parsed?.answers).toStrictEqual({});
  expect(Object.getPrototypeOf(parsed?.answers)).toBe(Object.prototype);
});

test.each([
  ['an envelope without a version', { state: 1 }, { state: 1 }],
  [
    'an envelope with an undefined version',
    { state: 1, version: undefined },
    { state: 1, version: undefined },
  ],
  ['an envelope whose state is undefined', { state: undefined }, { state: undefined }],
  ['no state field', { version: 1 }, null],
  ['a version that is not a number', { state: 1, version: '1' }, null],
  ['an array', [{ state: 1 }], null],
])('parseStorageEnvelope: %s', (_, value, expected) => {
  expect(parseStorageEnvelope(value)).toStrictEqual(expected);
});
