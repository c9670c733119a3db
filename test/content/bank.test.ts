import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import rawBank from '../../questions/bank.json';
import { estimateMinutes, getAllowedAnswers } from '../../src/domain/bank';
import { parseBank } from '../../src/domain/parse-bank';
import { bankJsonSchemaText } from '../../src/domain/bank-json-schema';
import { classifyFit } from '../../src/domain/classify';
import { QUADRANT_POSITION, scoreAnswers } from '../../src/domain/scoring';
import { DIMENSION_IDS, QUADRANTS, type Mode } from '../../src/domain/schema';
import { checkQuestions, readArchives } from '../../scripts/bank-files';
import { isKnownRevision, loadRevision } from '../../src/content/load-archive';
import { loadBank } from '../../src/content/load-content';

const parsed = parseBank('questions/bank.json', rawBank);
if (!parsed.ok) throw new Error(parsed.messages.join('\n'));
const prepared = parsed.value;
const { bank } = prepared;
const shortScenarios = bank.scenarios.filter((s) => s.short === true);

test('questions/ passes every check the build runs (schema, revision lock, archives)', () => {
  expect(checkQuestions()).toEqual([]);
});

test('the app uses the bank exactly as the schema parses it (it skips the parse at run time)', () => {
  expect(loadBank()).toEqual(prepared);
});

test('archived revisions load exactly as the schema parses them (no parse at run time either)', async () => {
  const archives = readArchives();
  expect(archives.size).toBeGreaterThan(0);
  for (const [revision, bank] of archives) {
    expect(isKnownRevision(revision)).toBe(true);
    expect(await loadRevision(revision)).toEqual(bank);
  }
  expect(isKnownRevision(999)).toBe(false);
  expect(await loadRevision(999)).toBeUndefined();
});

test('ids are unique across scenarios, practice and context items', () => {
  const ids = [...bank.scenarios, ...bank.practice, ...bank.context].map((i) => i.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('at least 24 scenarios, each offering one option per quadrant', () => {
  expect(bank.scenarios.length).toBeGreaterThanOrEqual(24);
  for (const s of bank.scenarios) {
    expect(s.options.map((o) => o.key).sort(), s.id).toEqual([...QUADRANTS].sort());
  }
});

test('each scenario offers both poles of both axes', () => {
  for (const s of bank.scenarios) {
    const pos = s.options.map((o) => QUADRANT_POSITION[o.key]);
    expect(new Set(pos.map((p) => p.s)), s.id).toEqual(new Set([1, -1]));
    expect(new Set(pos.map((p) => p.o)), s.id).toEqual(new Set([1, -1]));
  }
});

test('every option signals known dimensions, and every dimension is signalled', () => {
  const signalled = new Set(bank.scenarios.flatMap((s) => s.options.flatMap((o) => o.signals)));
  expect([...signalled].sort()).toEqual([...DIMENSION_IDS].sort());
});

test('every dimension is the focus of at least two scenarios and has one practice item', () => {
  for (const d of DIMENSION_IDS) {
    expect(bank.scenarios.filter((s) => s.dimension === d).length, d).toBeGreaterThanOrEqual(2);
    expect(
      bank.practice.filter((p) => p.dimension === d),
      d,
    ).toHaveLength(1);
  }
});

test('context questions: country, experience, framework and company size, each skippable', () => {
  expect(bank.context.map((c) => c.id)).toEqual([
    'country',
    'experience',
    'framework',
    'company-size',
  ]);
  for (const item of prepared.items.full.filter((i) => i.kind === 'context')) {
    expect(getAllowedAnswers(item)).toContain('prefer-not-to-say');
  }
  const framework = bank.context.find((c) => c.id === 'framework');
  expect(framework?.options.map((o) => o.id)).toEqual(
    expect.arrayContaining(['scrum', 'safe', 'kanban', 'none']),
  );
});

test('short mode: about 10 scenarios covering every dimension', () => {
  expect(shortScenarios.length).toBeGreaterThanOrEqual(9);
  expect(shortScenarios.length).toBeLessThanOrEqual(12);
  expect(new Set(shortScenarios.map((s) => s.dimension))).toEqual(new Set(DIMENSION_IDS));
});

test('short mode covers both axes evenly: every scenario moves S and O by the same amount, and the dimensions that load on each axis are all present', () => {
  // Quadrant-balanced options mean each scenario contributes +-1 to both axes, so both axes have k items.
  for (const s of shortScenarios) {
    const sums = s.options.reduce(
      (acc, o) => acc + QUADRANT_POSITION[o.key].s + QUADRANT_POSITION[o.key].o,
      0,
    );
    expect(sums).toBe(0);
  }
  const strategicAxisDims = ['market', 'business', 'strategy', 'backlog', 'delivery'];
  const outsideAxisDims = ['discovery', 'technical', 'stakeholders'];
  const dims = new Set(shortScenarios.map((s) => s.dimension));
  const countOn = (list: string[]) =>
    list.filter((d) => dims.has(d as (typeof DIMENSION_IDS)[number])).length;
  expect(countOn(strategicAxisDims)).toBe(strategicAxisDims.length);
  expect(countOn(outsideAxisDims)).toBe(outsideAxisDims.length);
});

test.each<[Mode, number, number]>([
  ['full', 7.5, 12],
  ['short', 2, 4],
])('%s mode takes between %i and %i minutes by the reading estimate', (mode, min, max) => {
  const minutes = estimateMinutes(prepared.items[mode]);
  expect(minutes).toBeGreaterThanOrEqual(min);
  expect(minutes).toBeLessThanOrEqual(max);
});

test.each<Mode>(['full', 'short'])(
  '%s mode: picking one option of each quadrant in turn lands in the balanced band',
  (mode) => {
    const scenarios = prepared.items[mode].flatMap((i) =>
      i.kind === 'scenario' ? [i.scenario] : [],
    );
    const answers = Object.fromEntries(
      scenarios.map((s, i) => [s.id, QUADRANTS[i % 4] ?? 'strategic-market']),
    );
    const outcome = scoreAnswers(prepared, answers, mode);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.fit.low).toBeLessThan(0);
    expect(outcome.value.fit.high).toBeGreaterThan(0);
    expect(classifyFit(outcome.value).type).toBe('balanced');
  },
);

test('questions/bank.schema.json is in step with the bank schema (run "npm run bank:schema")', () => {
  expect(readFileSync(new URL('../../questions/bank.schema.json', import.meta.url), 'utf8')).toBe(
    bankJsonSchemaText(),
  );
});

test('every item has a content hash; the order of the full quiz is scenarios, practice, context', () => {
  const kinds = prepared.items.full.map((i) => i.kind);
  expect(kinds.indexOf('practice')).toBe(bank.scenarios.length);
  expect(kinds.lastIndexOf('scenario')).toBeLessThan(kinds.indexOf('practice'));
  for (const item of prepared.items.full) expect(item.hash).toMatch(/^[0-9a-f]{8}$/);
});
