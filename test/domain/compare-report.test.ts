import { expect, test } from 'vitest';
import { parseCompareList } from '../../src/domain/compare';
import {
  buildCompareCsv,
  buildCompareReport,
  describeComparePoints,
  describeRowType,
  findAnswerText,
  findQuestionText,
  formatCompareList,
  isSameLinkList,
  planComparison,
  toComparePoints,
  toCsvRow,
  type NumberedEntry,
} from '../../src/domain/compare-report';
import type { DecodeOutcome } from '../../src/domain/bit-codec';
import type { SharedResult, SharePayload } from '../../src/domain/share-code';
import { describeSharedResult } from '../../src/domain/shared-view';
import { TYPE_NAMES } from '../../src/domain/result-types';
import { makeBank } from './fixture-bank';
import { r1, v2Payload } from './r1-payloads';

const ORIGIN = 'https://rolefit.example';
const link = (type: string, code?: string) => `${ORIGIN}/r/${type}/${code ? `#r=${code}` : ''}`;

function plan(lines: string[]) {
  const outcome = parseCompareList(lines.join('\n'));
  if (!outcome.ok) throw new Error(outcome.message);
  return planComparison(outcome.lines);
}

test.each([
  {
    name: 'two good links',
    lines: [link('product-owner', 'AAAA'), `Dana | ${link('balanced')}`],
    entries: [
      { label: 'Client 1', type: 'product-owner', code: 'AAAA', line: 1 },
      { label: 'Dana', type: 'balanced', code: null, line: 2 },
    ],
    causes: [],
  },
  {
    name: 'a non-link, a repeat and an unknown type',
    lines: [link('product-owner', 'AAAA'), 'hello', link('product-owner', 'AAAA'), link('wizard')],
    entries: [{ label: 'Client 1', type: 'product-owner', code: 'AAAA', line: 1 }],
    causes: [
      { line: 2, cause: { kind: 'link', reason: 'not-a-result-link' } },
      { line: 3, cause: { kind: 'duplicate', of: 1 } },
      { line: 4, cause: { kind: 'link', reason: 'unknown-type' } },
    ],
  },
  {
    name: 'a malformed escape in the type (once an uncaught URIError)',
    lines: [link('balanced'), `B | ${ORIGIN}/r/product%-owner/`],
    entries: [{ label: 'Client 1', type: 'balanced', code: null, line: 1 }],
    causes: [{ line: 2, cause: { kind: 'link', reason: 'unknown-type' } }],
  },
  {
    name: 'a code the page address cannot keep',
    lines: [link('balanced'), link('product-owner', '%%%')],
    entries: [{ label: 'Client 1', type: 'balanced', code: null, line: 1 }],
    causes: [{ line: 2, cause: { kind: 'link', reason: 'malformed' } }],
  },
])('planComparison: $name', ({ lines, entries, causes }) => {
  const result = plan(lines);
  expect(result.entries).toEqual(entries);
  expect(result.problems.map(({ line, cause }) => ({ line, cause }))).toEqual(causes);
});

test.each([
  { a: [], b: [], same: true },
  {
    a: [{ label: 'A', type: 'balanced', code: 'X' }],
    b: [{ label: 'B', type: 'balanced', code: 'X' }],
    same: true,
  },
  {
    a: [{ label: 'A', type: 'balanced', code: 'X' }],
    b: [{ label: 'A', type: 'balanced', code: null }],
    same: false,
  },
  { a: [{ label: 'A', type: 'balanced', code: 'X' }], b: [], same: false },
] as const)('isSameLinkList ignores labels only (case $#)', ({ a, b, same }) => {
  expect(isSameLinkList(a, b)).toBe(same);
});

const score = (value: number) => ({ value, low: value - 10, high: value + 10 });
const result = (type: SharedResult['type']): SharedResult => ({
  model: 1,
  type,
  mode: 'full',
  revision: 1,
  strength: type === 'balanced' ? null : 'clear',
  balancedKind: type === 'balanced' ? 'enjoys-both' : null,
  certainty: 'high',
  nextNearest: 'balanced',
  strategic: score(20),
  outside: score(-30),
  fit: score(40),
  choices: { 'strategic-market': 1, 'strategic-team': 1, 'tactical-market': 1, 'tactical-team': 1 },
});
const decoded = (type: SharedResult['type']): DecodeOutcome<SharePayload> => ({
  ok: true,
  value: { level: 'scores', result: result(type) },
});

test.each([
  {
    name: 'a type-only link',
    code: null,
    outcome: undefined,
    row: true,
    problem: null,
    pending: false,
  },
  {
    name: 'a code not decoded yet',
    code: 'AAAA',
    outcome: undefined,
    row: false,
    problem: null,
    pending: true,
  },
  {
    name: 'a good code',
    code: 'AAAA',
    outcome: decoded('product-owner'),
    row: true,
    problem: null,
    pending: false,
  },
  {
    name: 'a code that fails its checksum',
    code: 'AAAA',
    outcome: { ok: false, reason: 'checksum' } as const,
    row: false,
    problem: 'checksum',
    pending: false,
  },
  {
    name: 'a code whose type differs from the path (tampered)',
    code: 'AAAA',
    outcome: decoded('product-manager'),
    row: false,
    problem: 'checksum',
    pending: false,
  },
])('buildCompareReport: $name', ({ code, outcome, row, problem, pending }) => {
  const entry: NumberedEntry = { label: '', type: 'product-owner', code, line: 3 };
  const report = buildCompareReport([entry], () => outcome, ORIGIN);
  expect(report.rows.length).toBe(row ? 1 : 0);
  expect(report.isPending).toBe(pending);
  expect(report.problems).toEqual(
    problem === null
      ? []
      : [
          {
            line: 3,
            label: 'Client 1',
            link: link('product-owner', 'AAAA'),
            cause: { kind: 'link', reason: problem },
          },
        ],
  );
});

test('rows give the table, the export and the map the same words and numbers', () => {
  const entries: NumberedEntry[] = [
    { label: 'Ana', type: 'product-owner', code: 'AAAA', line: 1 },
    { label: '', type: 'balanced', code: null, line: 2 },
  ];
  const { rows } = buildCompareReport(entries, () => decoded('product-owner'), ORIGIN);
  const [scored, typeOnly] = rows;
  if (!scored || !typeOnly) throw new Error('two rows');
  expect(describeRowType(scored)).toBe(describeSharedResult(result('product-owner')).headline);
  expect(describeRowType(typeOnly)).toMatch(/ \(type only: this link carries no scores\)$/);
  expect(toCsvRow(scored).model).toBe('Scoring model 1');
  expect(toCsvRow(typeOnly)).toEqual({
    label: 'Client 2',
    typeName: 'Balanced / full-stack product person',
    resultType: describeRowType(typeOnly),
    model: '',
    strategic: null,
    outside: null,
    fit: null,
    practice: {},
    link: link('balanced'),
  });
  expect(toCsvRow(scored).typeName).toBe('Product Owner fit');
  const points = toComparePoints(rows);
  expect(points).toEqual([
    {
      label: 'Ana',
      outside: -30,
      outsideLow: -40,
      outsideHigh: -20,
      strategic: 20,
      strategicLow: 10,
      strategicHigh: 30,
    },
  ]);
  expect(describeComparePoints(points)).toBe(
    'Map of 1 result on scales from −100 to 100: Ana, strategic 20 and market-facing -30.',
  );
});

test('formatCompareList writes "Label | link" lines, or the link alone for a blank label', () => {
  expect(
    formatCompareList(
      [
        { label: ' Ana ', type: 'product-owner', code: 'AAAA' },
        { label: '', type: 'balanced', code: null },
      ],
      ORIGIN,
    ),
  ).toBe(`Ana | ${link('product-owner', 'AAAA')}\n${link('balanced')}`);
});

test.each([
  {
    id: 'scenario-1',
    option: 'strategic-market',
    question: 'Situation number 1: what do you do?',
    answer: 'Option strategic-market for situation 1',
  },
  {
    id: 'practice-discovery',
    option: 'monthly',
    question: 'practise discovery',
    answer: 'About monthly',
  },
  { id: 'gone', option: 'x', question: undefined, answer: 'x' },
])('bank lookups for $id', ({ id, option, question, answer }) => {
  const bank = makeBank(4);
  expect(findQuestionText(bank, id)).toBe(question);
  expect(findAnswerText(bank, id, option)).toBe(answer);
  expect(findQuestionText(undefined, id)).toBeUndefined();
});

test('the CSV names the type and gives the practice answers of answer-level links in words', () => {
  const withAnswers = v2Payload([0, 1, 2, 3], 'answers', 'full');
  if (withAnswers.level !== 'answers') throw new Error('an answers-level payload');
  const scoresOnly = v2Payload([1, 1, 3, 1], 'scores', 'full');
  const entries: NumberedEntry[] = [
    { label: 'Ana', type: withAnswers.result.type, code: 'AAAA', line: 1 },
    { label: 'Ben', type: scoresOnly.result.type, code: 'BBBB', line: 2 },
  ];
  const { rows } = buildCompareReport(
    entries,
    (code) => ({ ok: true, value: code === 'AAAA' ? withAnswers : scoresOnly }),
    ORIGIN,
  );
  const csv = buildCompareCsv(rows, (revision) => (revision === 1 ? r1 : undefined));
  const [headers = [], ana = [], ben = []] = parseCsv(csv);
  const practiceHeaders = headers.filter((h) => h.startsWith('Practice in the last 12 months: '));
  // Every practice question the answers-level link answered ("monthly" unless its pick is 0 or 3).
  const answered = r1.practice.filter((p) => withAnswers.answers[p.id] !== undefined);
  expect(answered.length).toBeGreaterThan(0);
  expect(practiceHeaders).toEqual(
    answered.map((p) => `Practice in the last 12 months: ${p.activity}`),
  );
  expect(headers[1]).toBe('Result type');
  expect(ana[1]).toBe(TYPE_NAMES[withAnswers.result.type]);
  expect(ana.filter((cell) => cell === 'About monthly')).toHaveLength(answered.length);
  // The scores-level link has no answers: its practice cells are empty.
  expect(ben[1]).toBe(TYPE_NAMES[scoresOnly.result.type]);
  expect(ben).not.toContain('About monthly');
  expect(ben).toHaveLength(headers.length);
  expect(headers.at(-1)).toBe('Link');
});

/** Reads RFC 4180 CSV (quoted cells, doubled quotes, CRLF) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}
