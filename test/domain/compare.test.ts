import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  alignAnswers,
  decodeCompareHash,
  displayLabel,
  encodeCompareHash,
  MAX_COMPARE,
  parseCompareList,
  sanitizeLabel,
  selectComparable,
  toCsv,
  type CompareEntry,
  type CsvRow,
} from '../../src/domain/compare';
import { RESULT_TYPES } from '../../src/domain/result-types';

const link = (type: string, code?: string) =>
  `https://rolefit.example/r/${type}/${code ? `#r=${code}` : ''}`;

test.each([
  { name: 'empty text', text: '' },
  { name: 'one link', text: link('product-owner', 'AAAA') },
  { name: 'one link and blank lines', text: `\n  \n${link('product-owner', 'AAAA')}\n\n` },
])('$name asks for at least 2 links', ({ text }) => {
  expect(parseCompareList(text)).toEqual({
    ok: false,
    message: 'Paste at least 2 result links, one per line.',
  });
});

test('more than 20 links gets a message instead of a comparison', () => {
  const text = Array.from({ length: 21 }, (_, i) => link('balanced', `CODE${i}`)).join('\n');
  expect(parseCompareList(text)).toEqual({
    ok: false,
    message: 'Paste at most 20 result links, one per line (you pasted 21).',
  });
});

test('labels default to "Client N"; "Label | link" sets one; line numbers count blank lines', () => {
  const text = [
    link('product-owner', 'AAAA'),
    '',
    `  Dana Kim | ${link('product-manager', 'BBBB')}  `,
    ` | ${link('balanced')}`,
  ].join('\r\n');
  const outcome = parseCompareList(text);
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) return;
  expect(outcome.lines.map((l) => [l.line, l.label, l.link])).toEqual([
    [1, 'Client 1', link('product-owner', 'AAAA')],
    [3, 'Dana Kim', link('product-manager', 'BBBB')],
    [4, 'Client 3', link('balanced')],
  ]);
  expect(outcome.lines[2]?.outcome).toEqual({
    ok: true,
    value: { type: 'balanced', code: null },
  });
});

test.each([
  { line: 'hello world', reason: 'not-a-result-link' },
  { line: 'https://rolefit.example/r/chief-everything/#r=AAAA', reason: 'unknown-type' },
  { line: 'Ana | https://rolefit.example/roles', reason: 'not-a-result-link' },
])('a bad line "$line" keeps its own outcome: $reason', ({ line, reason }) => {
  const outcome = parseCompareList(`${link('balanced', 'AAAA')}\n${line}`);
  expect(outcome.ok && outcome.lines[1]?.outcome).toEqual({ ok: false, reason });
});

test('the same result link twice is flagged as a duplicate, even from another origin', () => {
  const outcome = parseCompareList(
    [
      link('product-owner', 'AAAA'),
      `Again | /r/product-owner/#r=AAAA`,
      link('product-owner'),
      'nonsense',
      'nonsense',
    ].join('\n'),
  );
  expect(outcome.ok && outcome.lines.map((l) => l.duplicateOf)).toEqual([null, 1, null, null, 4]);
  expect(outcome.ok && selectComparable(outcome.lines)).toEqual([
    { label: 'Client 1', type: 'product-owner', code: 'AAAA', line: 1 },
    { label: 'Client 3', type: 'product-owner', code: null, line: 3 },
  ]);
});

test.each([
  { label: 'Ana', expected: 'Ana' },
  { label: 'tab\there', expected: 'tab here' },
  { label: 'bidi\u202eevil', expected: 'bidievil' },
  { label: 'x'.repeat(80), expected: 'x'.repeat(60) },
  { label: '😀'.repeat(70), expected: '😀'.repeat(60) },
  { label: 'lone \ud800 surrogate', expected: 'lone \ufffd surrogate' },
])('sanitizeLabel($label)', ({ label, expected }) => {
  expect(sanitizeLabel(label)).toBe(expected);
});

test('displayLabel falls back to "Client N" for a blank label', () => {
  expect(displayLabel('  ', 2)).toBe('Client 3');
  expect(displayLabel(' Ana ', 0)).toBe('Ana');
});

test('the fragment encodes labels, "~" and "," included, and empty codes for type-only links', () => {
  const entries: CompareEntry[] = [
    { label: 'A~B, C', type: 'product-owner', code: 'AbC-_9' },
    { label: 'Zoë', type: 'balanced', code: null },
  ];
  const hash = encodeCompareHash(entries);
  expect(hash).toBe('#l=A%7EB%2C%20C~product-owner~AbC-_9,Zo%C3%AB~balanced~');
  expect(decodeCompareHash(hash)).toEqual(entries);
  expect(decodeCompareHash(hash.slice(1))).toEqual(entries);
  expect(encodeCompareHash([])).toBe('');
});

test.each([
  { hash: '', expected: [] },
  { hash: '#r=AAAA', expected: [] },
  { hash: '#l=', expected: [] },
  {
    hash: '#l=a~nope~AAAA,b~balanced~AAAA',
    expected: [{ label: 'b', type: 'balanced', code: 'AAAA' }],
  },
  { hash: '#l=a~balanced~AA AA', expected: [] },
  { hash: '#l=a~balanced', expected: [] },
  { hash: '#l=%E0%A4%A~balanced~', expected: [{ label: '', type: 'balanced', code: null }] },
  { hash: '#x=1&l=a~balanced~', expected: [{ label: 'a', type: 'balanced', code: null }] },
])('decodeCompareHash($hash) drops what it cannot read', ({ hash, expected }) => {
  expect(decodeCompareHash(hash)).toEqual(expected);
});

test('decodeCompareHash caps the list at 20 entries and labels at 60 characters', () => {
  const items = Array.from({ length: 25 }, () => `${'y'.repeat(90)}~balanced~`);
  const decoded = decodeCompareHash(`#l=${items.join(',')}`);
  expect(decoded).toHaveLength(MAX_COMPARE);
  expect(decoded[0]?.label).toBe('y'.repeat(60));
});

const entryArb: fc.Arbitrary<CompareEntry> = fc.record({
  label: fc.string({ unit: 'binary', maxLength: 80 }).map(sanitizeLabel),
  type: fc.constantFrom(...RESULT_TYPES),
  code: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,60}$/), { nil: null }),
});

test('property: decodeCompareHash(encodeCompareHash(x)) gives back x', () => {
  fc.assert(
    fc.property(fc.array(entryArb, { minLength: 1, maxLength: MAX_COMPARE }), (entries) => {
      expect(decodeCompareHash(encodeCompareHash(entries))).toEqual(entries);
    }),
    { numRuns: 300 },
  );
});

test('property: decodeCompareHash never throws on arbitrary strings', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      const decoded = decodeCompareHash(text);
      expect(decoded.length).toBeLessThanOrEqual(MAX_COMPARE);
    }),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('l=', '~', ',', '%', '%E0', 'balanced', 'ABCD', 'a', '&', '#')),
      (parts) => {
        expect(() => decodeCompareHash(parts.join(''))).not.toThrow();
      },
    ),
    { numRuns: 2000 },
  );
});

test('sanitizeLabel is idempotent', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
      expect(sanitizeLabel(sanitizeLabel(text))).toBe(sanitizeLabel(text));
    }),
  );
});

const row = (overrides: Partial<CsvRow>): CsvRow => ({
  label: 'Ana',
  typeName: 'Product Owner fit',
  resultType: 'Clear Product Owner fit',
  model: 'Scoring model 1',
  strategic: { value: -12, low: -30, high: 5 },
  outside: { value: 40, low: 20, high: 61 },
  fit: { value: -7, low: -25, high: 10 },
  practice: {},
  link: 'https://rolefit.example/r/product-owner/#r=AAAA',
  ...overrides,
});

const HEADER = [
  'Label',
  'Result type',
  'Result in words',
  'Scoring model',
  'Strategic (+100) to tactical (−100): score',
  'Strategic to tactical: lowest of the 90% range',
  'Strategic to tactical: highest of the 90% range',
  'Market-facing (+100) to team-facing (−100): score',
  'Market-facing to team-facing: lowest of the 90% range',
  'Market-facing to team-facing: highest of the 90% range',
  'Product Manager (+100) to Product Owner (−100) fit: score',
  'Product Manager to Product Owner fit: lowest of the 90% range',
  'Product Manager to Product Owner fit: highest of the 90% range',
].join(',');

test('toCsv writes a header row, then one row per result with numbers as numbers', () => {
  expect(
    toCsv([
      row({}),
      row({ label: 'Type only', model: '', strategic: null, outside: null, fit: null }),
    ]),
  ).toBe(
    [
      `${HEADER},Link`,
      'Ana,Product Owner fit,Clear Product Owner fit,Scoring model 1,-12,-30,5,40,20,61,-7,-25,10,https://rolefit.example/r/product-owner/#r=AAAA',
      'Type only,Product Owner fit,Clear Product Owner fit,,,,,,,,,,,https://rolefit.example/r/product-owner/#r=AAAA',
      '',
    ].join('\r\n'),
  );
});

test.each([
  { label: '=HYPERLINK("x")', cell: `"'=HYPERLINK(""x"")"` },
  { label: 'Kim, "DK" Dana', cell: '"Kim, ""DK"" Dana"' },
  { label: '+1 555', cell: "'+1 555" },
  { label: '-2', cell: "'-2" },
  { label: '@SUM(A1)', cell: "'@SUM(A1)" },
  { label: '\tTab', cell: "'\tTab" },
  { label: '\rCR', cell: `"'\rCR"` },
  { label: 'line\nbreak', cell: '"line\nbreak"' },
  { label: 'a=b', cell: 'a=b' },
])('toCsv escapes the label $label', ({ label, cell }) => {
  const csv = toCsv([row({ label })]);
  const body = csv.slice(csv.indexOf('\r\n') + 2);
  expect(
    body.startsWith(`${cell},Product Owner fit,Clear Product Owner fit,Scoring model 1,-12,`),
  ).toBe(true);
});

test('toCsv adds one column per practice question, in words, before the link', () => {
  const csv = toCsv(
    [
      row({ practice: { 'practice-market': 'Weekly or more' } }),
      row({ label: 'Ben', practice: {} }),
    ],
    [
      { id: 'practice-market', activity: 'Talked with customers, about the market' },
      { id: 'practice-backlog', activity: 'Ordered a backlog' },
    ],
  );
  const [header, ana, ben] = csv.split('\r\n');
  expect(header).toBe(
    `${HEADER},"Practice in the last 12 months: Talked with customers, about the market",Practice in the last 12 months: Ordered a backlog,Link`,
  );
  expect(ana).toMatch(/,-7,-25,10,Weekly or more,,https:/);
  expect(ben).toMatch(/,-7,-25,10,,,https:/);
});

test('every header cell is words: no one-letter codes', () => {
  const header = toCsv([]).split('\r\n')[0] ?? '';
  for (const cell of header.split(',')) expect(cell).toMatch(/^(Label|Link|[A-Z][a-z]+\b.{4,})$/);
});

test('alignAnswers aligns by item id, marking items a revision did not ask', () => {
  const grid = alignAnswers([
    { itemIds: ['a', 'b', 'c'], answers: { a: 'strategic-market', c: 'weekly' } },
    { itemIds: ['a', 'd'], answers: { a: 'tactical-team', d: 'never' } },
  ]);
  expect(grid).toEqual([
    {
      id: 'a',
      cells: [
        { kind: 'answer', option: 'strategic-market' },
        { kind: 'answer', option: 'tactical-team' },
      ],
    },
    { id: 'b', cells: [{ kind: 'unanswered' }, { kind: 'not-asked' }] },
    { id: 'c', cells: [{ kind: 'answer', option: 'weekly' }, { kind: 'not-asked' }] },
    { id: 'd', cells: [{ kind: 'not-asked' }, { kind: 'answer', option: 'never' }] },
  ]);
});
