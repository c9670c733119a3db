import { expect, test } from 'vitest';
import fc from 'fast-check';
import {
  buildInviteHash,
  capInviteInput,
  cleanInviteText,
  findInviteNameProblem,
  hasVisibleText,
  INVITE_NAME_MAX,
  INVITE_NOTE_MAX,
  INVITE_VERSION,
  parseInvite,
  parseSavedInvite,
  readInviteMode,
  sanitizeInvite,
  sanitizeInviteEmail,
  sanitizeInviteText,
  toMailtoRecipient,
  type Invite,
} from '../../src/domain/invite';

const invite = (over: Partial<Invite> = {}): Invite => ({
  name: 'Dana Kim',
  note: '',
  email: null,
  mode: 'full',
  ...over,
});

test('the documented example link reads as an invite', () => {
  expect(
    parseInvite('#v=1&n=Dana%20Kim&m=See%20you%20Tuesday&e=dana%40example.com&l=short'),
  ).toEqual({
    name: 'Dana Kim',
    note: 'See you Tuesday',
    email: 'dana@example.com',
    mode: 'short',
  });
});

test.each([
  ['no fragment', ''],
  ['only a hash sign', '#'],
  ['no version', '#n=Dana'],
  ['version 2', '#v=2&n=Dana'],
  ['version 0', '#v=0&n=Dana'],
  ['version 01', '#v=01&n=Dana'],
  ['no name', '#v=1&m=hello'],
  ['an empty name', '#v=1&n='],
  ['a name of spaces and controls', '#v=1&n=%20%09%0A%E2%80%AE%00'],
  ['a result link', '#r=ABCDEF'],
])('%s is not an invite', (_, hash) => {
  expect(parseInvite(hash)).toBeNull();
});

test('a broken percent escape is kept as text, not an error', () => {
  expect(parseInvite('#v=1&n=%E0%A4%A')?.name).toBe('\uFFFD%A');
});

test.each<[string, string, Partial<Invite>]>([
  ['without a leading #', 'v=1&n=Dana', {}],
  ['+ as a space', '#v=1&n=Dana+Kim', { name: 'Dana Kim' }],
  [
    'HTML stays text',
    '#v=1&n=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    { name: '<img src=x onerror=alert(1)>' },
  ],
  [
    'a script tag stays text',
    '#v=1&n=<script>alert(1)</script>&m=hi',
    { name: '<script>alert(1)</script>', note: 'hi' },
  ],
  [
    'bidi overrides and isolates are stripped',
    '#v=1&n=Dana%E2%80%AEmoc.live%E2%80%AC%E2%81%A6x%E2%81%A9',
    { name: 'Danamoc.livex' },
  ],
  ['C0 and C1 controls are stripped', '#v=1&n=Da%00n%1Ba%C2%9B', { name: 'Dana' }],
  [
    'whitespace collapses',
    '#v=1&n=%20%20Dana%0A%0A%09Kim%20&m=a%0D%0Ab',
    { name: 'Dana Kim', note: 'a b' },
  ],
  ['NFC: a decomposed é becomes one character', '#v=1&n=Rene%CC%81', { name: 'René' }],
  ['a 61-character name is cut to 60', `#v=1&n=${'x'.repeat(61)}`, { name: 'x'.repeat(60) }],
  [
    'the cut counts code points, not UTF-16 units',
    `#v=1&n=${encodeURIComponent('😀'.repeat(61))}`,
    { name: '😀'.repeat(60) },
  ],
  [
    'a 281-character note is cut to 280',
    `#v=1&n=Dana&m=${'y'.repeat(281)}`,
    { note: 'y'.repeat(280) },
  ],
  [
    'a URL in the note stays plain text',
    '#v=1&n=Dana&m=https%3A%2F%2Fevil.example',
    { note: 'https://evil.example' },
  ],
  ['l=short runs the short quiz', '#v=1&n=Dana&l=short', { mode: 'short' }],
  ['l=full', '#v=1&n=Dana&l=full', { mode: 'full' }],
  ['an unknown l means full', '#v=1&n=Dana&l=SHORT', { mode: 'full' }],
  ['a valid email is kept', '#v=1&n=Dana&e=dana%40example.com', { email: 'dana@example.com' }],
  ['an email with ? is dropped', '#v=1&n=Dana&e=dana%40example.com%3Fcc%3Dx%40evil.example', {}],
  ['an email with , is dropped', '#v=1&n=Dana&e=a%40example.com%2Cb%40evil.example', {}],
  ['an email with ; is dropped', '#v=1&n=Dana&e=a%40example.com%3Bb%40x.example', {}],
  ['an email with & is dropped', '#v=1&n=Dana&e=a%40example.com%26body%3Dx', {}],
  ['an email with # is dropped', '#v=1&n=Dana&e=a%40example.com%23x', {}],
  ['an email with % is dropped', '#v=1&n=Dana&e=a%2540example.com', {}],
  ['an email with a space is dropped', '#v=1&n=Dana&e=a%20b%40example.com', {}],
  ['two @ are dropped', '#v=1&n=Dana&e=a%40b%40example.com', {}],
  ['no @ is dropped', '#v=1&n=Dana&e=dana.example.com', {}],
  ['a display name is dropped', '#v=1&n=Dana&e=Dana%20%3Cdana%40example.com%3E', {}],
  [
    'an address over 254 characters is dropped',
    `#v=1&n=Dana&e=${'a'.repeat(243)}%40example.com`,
    {},
  ],
  ['the first of repeated keys wins', '#v=1&n=Dana&n=Eve&v=2', {}],
])('%s', (_, hash, expected) => {
  expect(parseInvite(hash)).toEqual(invite({ name: 'Dana', ...expected }));
});

test('a 254-character address is the longest kept', () => {
  const address = `${'a'.repeat(242)}@example.com`;
  expect(address).toHaveLength(254);
  expect(sanitizeInviteEmail(address)).toBe(address);
  expect(sanitizeInviteEmail(`a${address}`)).toBeNull();
});

test('the built link uses %20 for spaces and leaves out an empty note and email', () => {
  expect(buildInviteHash(invite({ mode: 'short' }))).toBe('#v=1&n=Dana%20Kim&l=short');
  expect(
    buildInviteHash(invite({ note: 'See you Tuesday', email: 'dana@example.com', mode: 'short' })),
  ).toBe('#v=1&n=Dana%20Kim&m=See%20you%20Tuesday&e=dana%40example.com&l=short');
  expect(buildInviteHash(invite({ name: 'A+B' }))).toBe('#v=1&n=A%2BB&l=full');
});

test('a mailto recipient keeps @ readable and is empty without an address', () => {
  expect(toMailtoRecipient('dana+coach@example.com')).toBe('dana%2Bcoach@example.com');
  expect(toMailtoRecipient(null)).toBe('');
});

test('cleaning keeps ordinary punctuation and non-Latin names', () => {
  expect(cleanInviteText('  Zoë O’Brien-Łukasz 王芳 ')).toBe('Zoë O’Brien-Łukasz 王芳');
});

test.each([
  { name: 'zero-width space', text: 'Da\u200Bna', clean: 'Dana' },
  {
    name: 'right-to-left and left-to-right marks',
    text: '\u200FDana\u200E Kim',
    clean: 'Dana Kim',
  },
  { name: 'Arabic letter mark', text: 'Dana\u061C', clean: 'Dana' },
  { name: 'word joiner and byte-order mark', text: '\uFEFFDa\u2060na', clean: 'Dana' },
  { name: 'soft hyphen', text: 'Da\u00ADna', clean: 'Dana' },
  { name: 'a right-to-left override', text: 'Dana\u202E Kim', clean: 'Dana Kim' },
  { name: 'a Hangul filler between words', text: 'Dana\u3164Kim', clean: 'Dana Kim' },
  { name: 'Braille blank and halfwidth filler', text: '\u2800Dana\uFFA0', clean: 'Dana' },
  { name: 'a decomposed accent (NFC)', text: 'Zoe\u0308', clean: 'Zoë' },
  { name: 'a joiner inside an emoji sequence', text: 'Dana 👩\u200D💻', clean: 'Dana 👩\u200D💻' },
  { name: 'a non-joiner in Persian', text: 'می\u200Cخواهم', clean: 'می\u200Cخواهم' },
  { name: 'a loose joiner at the edges', text: '\u200DDana \u200C', clean: 'Dana' },
  { name: 'only a Hangul filler', text: '\u3164', clean: '' },
  { name: 'only zero-width and direction marks', text: '\u200B\u200F\u2060\uFEFF', clean: '' },
  { name: 'only a combining mark', text: '\u0301', clean: '' },
  { name: 'only a variation selector', text: '\uFE0F', clean: '' },
])('cleaning removes $name', ({ text, clean }) => {
  expect(cleanInviteText(text)).toBe(clean);
});

test.each([
  { text: '', problem: { kind: 'missing' } },
  { text: ' \n\t', problem: { kind: 'missing' } },
  { text: '\u3164', problem: { kind: 'invisible' } },
  { text: ' \u200B\u200F ', problem: { kind: 'invisible' } },
  { text: 'x'.repeat(61), problem: { kind: 'too-long', length: 61 } },
  { text: ` ${'x'.repeat(60)}\u200B `, problem: null },
  { text: 'Dana', problem: null },
])('findInviteNameProblem($text)', ({ text, problem }) => {
  expect(findInviteNameProblem(text)).toEqual(problem);
});

test.each([
  ['#v=1&n=%E3%85%A4', null],
  ['#v=1&n=%E2%80%8B%E2%80%8F', null],
  ['#v=1&n=Dana%E2%80%8F%E2%80%8B%20Kim&m=%E3%85%A4', 'Dana Kim'],
])('an invite link %s reads with the name %s', (hash, name) => {
  const parsed = parseInvite(hash);
  expect(parsed?.name ?? null).toBe(name);
  if (parsed) expect(parsed.note).toBe('');
});

test.each([
  { text: 'short', max: 10, capped: 'short' },
  { text: 'x'.repeat(12), max: 10, capped: 'x'.repeat(10) },
  { text: '😀'.repeat(12), max: 10, capped: '😀'.repeat(10) },
  { text: 'ab😀', max: 3, capped: 'ab😀' },
])('capInviteInput keeps the first $max characters', ({ text, max, capped }) => {
  expect(capInviteInput(text, max)).toBe(capped);
});

test('property: cleaned invite text is idempotent, visible or empty, with no invisible marks', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        anyText,
        hostileText.map((parts) => parts.join('')),
      ),
      (text) => {
        const clean = cleanInviteText(text);
        expect(cleanInviteText(clean)).toBe(clean);
        expect(clean === '' || hasVisibleText(clean)).toBe(true);
        expect(clean).not.toMatch(/[\u200B\u200E\u200F\u2060\uFEFF\u3164\u00AD]/);
      },
    ),
    { numRuns: 1000 },
  );
});

// eslint-disable-next-line no-control-regex -- checking that controls are gone is the point
const CONTROL_OR_BIDI = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const anyText = fc.string({ unit: 'binary', maxLength: 400 });
const hostileText = fc.array(
  fc.oneof(
    fc.constantFrom(
      '\u202E',
      '\u2066',
      '\u0000',
      '\u009B',
      '\n',
      ' ',
      '<',
      '&',
      '#',
      '%',
      '+',
      '=',
      '@',
      'e\u0301',
      '\uD800',
      '😀',
    ),
    fc.string({ maxLength: 3 }),
  ),
  { maxLength: 120 },
);
const rawInvite = fc.record({
  name: fc.oneof(
    anyText,
    hostileText.map((parts) => parts.join('')),
  ),
  note: fc.oneof(
    anyText,
    hostileText.map((parts) => parts.join('')),
  ),
  email: fc.oneof(
    fc.constant(null),
    anyText,
    fc.emailAddress(),
    hostileText.map((parts) => `${parts.join('')}@example.com`),
  ),
  mode: fc.constantFrom('full' as const, 'short' as const),
});

test('property: parseInvite(buildInviteHash(x)) is the sanitized x', () => {
  fc.assert(
    fc.property(rawInvite, (x) => {
      expect(parseInvite(buildInviteHash(x))).toEqual(sanitizeInvite(x));
    }),
    { numRuns: 500 },
  );
});

test('property: a sanitized invite survives the round trip unchanged', () => {
  fc.assert(
    fc.property(rawInvite, (x) => {
      const clean = sanitizeInvite(x);
      if (clean === null) return;
      expect(sanitizeInvite(clean)).toEqual(clean);
      expect(parseInvite(buildInviteHash(clean))).toEqual(clean);
    }),
    { numRuns: 500 },
  );
});

test('property: parseInvite never throws, and what it returns is clean', () => {
  const hashLike = fc.oneof(
    anyText,
    anyText.map((s) => `#v=1&n=${s}`),
    fc
      .array(fc.tuple(fc.constantFrom('v', 'n', 'm', 'e', 'l', 'x'), anyText))
      .map((pairs) => `#${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
  );
  fc.assert(
    fc.property(hashLike, (hash) => {
      const parsed = parseInvite(hash);
      if (parsed === null) return;
      expect(parsed.name).not.toBe('');
      expect(Array.from(parsed.name).length).toBeLessThanOrEqual(60);
      expect(Array.from(parsed.note).length).toBeLessThanOrEqual(280);
      expect(parsed.name + parsed.note).not.toMatch(CONTROL_OR_BIDI);
      expect(parsed.email ?? '').not.toMatch(/[\s,;?&#%]/);
    }),
    { numRuns: 1000 },
  );
});

// ---------- properties of the parsers ----------
// These replaced the zod/mini oracle of ADR 004 when zod left the code
// (docs/decisions/006-one-validator.md): the expected invite is built from the field sanitizers.

type Fields = { name: unknown; note: unknown; email: unknown; mode: unknown };

/** The invite the parsers must return for these fields, or null when a field has the wrong type. */
function expectedInvite({ name, note, email, mode }: Fields): Invite | null {
  if (typeof name !== 'string' || typeof note !== 'string') return null;
  if (email !== null && typeof email !== 'string') return null;
  if (mode !== null && typeof mode !== 'string') return null;
  const cleanName = sanitizeInviteText(name, INVITE_NAME_MAX);
  if (cleanName === '') return null;
  return {
    name: cleanName,
    note: sanitizeInviteText(note, INVITE_NOTE_MAX),
    email: email === null ? null : sanitizeInviteEmail(email),
    mode: readInviteMode(mode),
  };
}

/** What parseSavedInvite must return: objects only (not arrays), fields own or inherited. */
function expectedSavedInvite(value: unknown): { invite: Invite | null } | null {
  const isObject = (x: unknown): x is Record<string, unknown> =>
    typeof x === 'object' && x !== null && !Array.isArray(x);
  if (!isObject(value) || !('invite' in value)) return null;
  const saved = value.invite;
  if (saved === null) return { invite: null };
  if (!isObject(saved) || !['name', 'note', 'email', 'mode'].every((key) => key in saved))
    return null;
  const invite = expectedInvite({
    name: saved.name,
    note: saved.note,
    email: saved.email,
    mode: saved.mode,
  });
  return invite === null ? null : { invite };
}

/** What parseInvite must return for a fragment. */
function expectedParseInvite(hash: string): Invite | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const name = params.get('n');
  if (params.get('v') !== String(INVITE_VERSION) || name === null) return null;
  return expectedInvite({
    name,
    note: params.get('m') ?? '',
    email: params.get('e'),
    mode: params.get('l'),
  });
}

const junk = fc.oneof(
  fc.constantFrom(undefined, null, true, 0, NaN, '', [], {}, new Date(0), new String('Dana')),
  fc.anything({ maxDepth: 2, withBoxedValues: true, withMap: true, withNullPrototype: true }),
);
function near<T>(valid: fc.Arbitrary<T>, misses: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 10, arbitrary: valid },
    { weight: 1, arbitrary: misses },
    { weight: 1, arbitrary: junk },
  );
}
const inviteText = fc.oneof(
  anyText,
  hostileText.map((parts) => parts.join('')),
  fc.constantFrom('', ' ', '\u202E', '\u0000 \n', 'Dana Kim'),
);
const inviteFields = {
  name: near(inviteText, fc.constantFrom(undefined, null)),
  note: near(inviteText, fc.constantFrom(undefined, null)),
  email: near(
    fc.oneof(fc.constant(null), inviteText, fc.emailAddress()),
    fc.constantFrom(undefined, 42),
  ),
  mode: near(
    fc.oneof(fc.constantFrom('full', 'short', null, 'SHORT', ''), anyText),
    fc.constantFrom(undefined, false),
  ),
};
/** An invite-shaped value: every field, some left out, stray fields, or an unusual object. */
const nearInvite = fc.oneof(
  { weight: 8, arbitrary: fc.record(inviteFields) },
  { weight: 1, arbitrary: fc.record(inviteFields, { requiredKeys: [] }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.record(inviteFields), fc.dictionary(fc.string(), junk, { maxKeys: 3 }))
      .map(([fields, extra]) => ({ ...extra, ...fields })),
  },
  {
    weight: 1,
    // the fields on a null-prototype object or an array, or inherited through the prototype chain
    arbitrary: fc
      .tuple(fc.record(inviteFields), fc.constantFrom('null-prototype', 'array', 'inherited'))
      .map(([fields, how]): unknown =>
        how === 'inherited'
          ? Object.create(fields)
          : Object.assign(how === 'array' ? [] : { __proto__: null }, fields),
      ),
  },
);
const nearSavedInvite = fc.oneof(
  { weight: 10, arbitrary: fc.record({ invite: fc.oneof(fc.constant(null), nearInvite) }) },
  { weight: 1, arbitrary: fc.constantFrom({}, { invite: undefined }, { invite: [] }, null) },
  { weight: 1, arbitrary: junk },
);

test('property: parseSavedInvite keeps a well-typed invite, sanitized, on near-valid saved invites', () => {
  let accepted = 0;
  let rejected = 0;
  fc.assert(
    fc.property(nearSavedInvite, (value) => {
      const expected = expectedSavedInvite(value);
      expect(parseSavedInvite(value)).toStrictEqual(expected);
      if (expected === null) rejected += 1;
      else accepted += 1;
    }),
    { numRuns: 1000 },
  );
  // The generator must exercise both sides, or agreement would mean little.
  expect(accepted).toBeGreaterThan(100);
  expect(rejected).toBeGreaterThan(100);
});

test('property: parseSavedInvite never throws and refuses what is not a saved invite', () => {
  fc.assert(
    fc.property(fc.oneof(junk, fc.record({ invite: junk })), (value) => {
      expect(parseSavedInvite(value)).toStrictEqual(expectedSavedInvite(value));
    }),
    { numRuns: 1000 },
  );
});

test('property: sanitizeInvite sanitizes each field and refuses an empty name', () => {
  fc.assert(
    fc.property(rawInvite, (x) => {
      expect(sanitizeInvite(x)).toStrictEqual(expectedInvite(x));
    }),
    { numRuns: 500 },
  );
});

test('property: parseInvite reads v=1 fragments with a name, field by field', () => {
  const value = fc.oneof(anyText, inviteText, fc.constantFrom('1', '01', '2', '', ' 1', '1 '));
  // Each pair is written raw (broken escapes, stray & and =) or form-encoded.
  const pair = fc
    .tuple(fc.constantFrom('v', 'n', 'm', 'e', 'l', 'x', 'V'), value, fc.boolean())
    .map(([k, v, raw]) => (raw ? `${k}=${v}` : new URLSearchParams([[k, v]]).toString()));
  const fragment = fc.array(pair, { maxLength: 7 }).map((pairs) => pairs.join('&'));
  const hash = fc.oneof(
    fragment.map((f) => `#${f}`),
    fragment.map((f) => `#v=1&n=Dana&${f}`),
    fragment,
    anyText,
  );
  let accepted = 0;
  fc.assert(
    fc.property(hash, (h) => {
      const expected = expectedParseInvite(h);
      expect(parseInvite(h)).toStrictEqual(expected);
      if (expected !== null) accepted += 1;
    }),
    { numRuns: 1000 },
  );
  expect(accepted).toBeGreaterThan(100);
});
