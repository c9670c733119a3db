import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatDay } from '../../src/domain/format';
import {
  applyHistoryOp,
  buildEarlierResults,
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  HISTORY_VERSION,
  isTakeKept,
  listHistory,
  readHistoryEntry,
  restoreHistory,
  takeIdOf,
  toHistoryEntry,
  type HistoryEntry,
  type SavedHistory,
} from '../../src/domain/result-history';
import { toSharedResultV2 } from '../../src/domain/shared-result';
import type { QuadrantCounts } from '../../src/domain/scoring';

const counts = (a: number, b: number, c: number, d: number): QuadrantCounts => ({
  'strategic-market': a,
  'tactical-team': b,
  'strategic-team': c,
  'tactical-market': d,
});
const PM = toSharedResultV2(counts(10, 0, 0, 0), 'short', 1);
const PO = toSharedResultV2(counts(0, 10, 0, 0), 'short', 1);
const DAY = 24 * 60 * 60 * 1000;
const DEC_1 = Date.UTC(2026, 11, 1, 12);
const options = {
  isKnownRevision: (revision: number) => revision === 1,
  formatDate: (ms: number) => formatDay(ms, 'UTC'),
};
const entry = (seed: number, result = PM, at = DEC_1): HistoryEntry =>
  toHistoryEntry(takeIdOf(seed), result, at);
const history = (...entries: HistoryEntry[]): SavedHistory => ({
  entries,
  recordedTake: entries[0]?.take ?? null,
});

test('an entry keeps the scores-level code of its result, which shows the same result again', () => {
  const e = entry(7, PO);
  expect([e.take, e.finishedAt, e.mode]).toEqual(['7', DEC_1, 'short']);
  expect(e.code).toMatch(/^[A-Za-z0-9_-]{8,20}$/);
  expect(readHistoryEntry(e, options.isKnownRevision)).toEqual(PO);
});

test.each([
  [0, '0'],
  [35, 'z'],
  [0xffffffff, '1z141z3'],
  [-1, '1z141z3'],
])('the take of seed %d is "%s"', (seed, id) => {
  expect(takeIdOf(seed)).toBe(id);
});

test('recording adds a take once, newest first; recording it again changes nothing', () => {
  const first = applyHistoryOp(EMPTY_HISTORY, { kind: 'record', entry: entry(1, PM, DEC_1) });
  const second = applyHistoryOp(first, { kind: 'record', entry: entry(2, PO, DEC_1 + DAY) });
  expect(second.entries.map((e) => e.take)).toEqual(['2', '1']);
  expect(second.recordedTake).toBe('2');
  // The same result a second later (a re-render, a revisit): the very same object, so nothing is written.
  expect(applyHistoryOp(second, { kind: 'record', entry: entry(2, PO, DEC_1 + DAY + 1) })).toBe(
    second,
  );
});

test('a take whose answers changed replaces its own entry', () => {
  const before = history(entry(2, PM, DEC_1 + DAY), entry(1, PM, DEC_1));
  const after = applyHistoryOp(before, { kind: 'record', entry: entry(2, PO, DEC_1 + 2 * DAY) });
  expect(after.entries).toEqual([entry(2, PO, DEC_1 + 2 * DAY), entry(1, PM, DEC_1)]);
});

test('a result the taker deleted is not added back when it is shown again', () => {
  const kept = history(entry(2), entry(1));
  const deleted = applyHistoryOp(kept, { kind: 'delete', take: '2' });
  expect(deleted.entries.map((e) => e.take)).toEqual(['1']);
  expect(applyHistoryOp(deleted, { kind: 'record', entry: entry(2) })).toBe(deleted);
  const cleared = applyHistoryOp(kept, { kind: 'clear' });
  expect(cleared).toEqual({ entries: [], recordedTake: '2' });
  expect(applyHistoryOp(cleared, { kind: 'record', entry: entry(2) })).toBe(cleared);
  // A new take is kept again.
  expect(applyHistoryOp(cleared, { kind: 'record', entry: entry(3) }).entries).toHaveLength(1);
});

test(`at most ${HISTORY_LIMIT} results are kept: the oldest goes first`, () => {
  let h = EMPTY_HISTORY;
  for (let seed = 1; seed <= HISTORY_LIMIT + 2; seed += 1)
    h = applyHistoryOp(h, { kind: 'record', entry: entry(seed, PM, DEC_1 + seed * DAY) });
  expect(h.entries).toHaveLength(HISTORY_LIMIT);
  expect(h.entries.at(0)?.take).toBe(takeIdOf(HISTORY_LIMIT + 2));
  expect(h.entries.at(-1)?.take).toBe(takeIdOf(3));
});

test('deleting or clearing what is not there returns the same history', () => {
  const h = history(entry(1));
  expect(applyHistoryOp(h, { kind: 'delete', take: '9' })).toBe(h);
  expect(applyHistoryOp(EMPTY_HISTORY, { kind: 'clear' })).toBe(EMPTY_HISTORY);
});

test.each([
  ['another version', { entries: [], recordedTake: null }, 2],
  ['an older version', { entries: [], recordedTake: null }, 0],
  ['not an object', 'garbage', HISTORY_VERSION],
  ['entries not a list', { entries: {}, recordedTake: null }, HISTORY_VERSION],
  ['a bad mode', { entries: [{ ...entry(1), mode: 'long' }], recordedTake: null }, 1],
  [
    'a code with other characters',
    { entries: [{ ...entry(1), code: 'a b' }], recordedTake: null },
    1,
  ],
  ['a negative date', { entries: [{ ...entry(1), finishedAt: -5 }], recordedTake: null }, 1],
  ['a take that is no seed', { entries: [{ ...entry(1), take: '<b>' }], recordedTake: null }, 1],
])('saved history with %s is not restored', (_name, state, version) => {
  expect(restoreHistory(state, version)).toBeNull();
});

test('restoring keeps one entry per take (the newest), newest first, at most the limit', () => {
  const many = Array.from({ length: HISTORY_LIMIT + 3 }, (_, i) => entry(i + 1, PM, DEC_1 + i));
  const restored = restoreHistory(
    { entries: [entry(1, PO, DEC_1 + 100), ...many], recordedTake: '1', extra: true },
    HISTORY_VERSION,
  );
  expect(restored?.entries).toHaveLength(HISTORY_LIMIT);
  expect(restored?.entries[0]).toEqual(entry(1, PO, DEC_1 + 100));
  expect(new Set(restored?.entries.map((e) => e.take)).size).toBe(HISTORY_LIMIT);
  expect(restored?.recordedTake).toBe('1');
});

const entryArb = fc
  .record({
    seed: fc.nat(),
    at: fc.integer({ min: 0, max: 4e12 }),
    choices: fc.tuple(fc.nat(10), fc.nat(10)),
  })
  .map(({ seed, at, choices: [a, b] }) =>
    toHistoryEntry(takeIdOf(seed), toSharedResultV2(counts(a, b, 0, 0), 'full', 1), at),
  );
const opArb = fc.oneof(
  entryArb.map((e) => ({ kind: 'record' as const, entry: e })),
  fc.nat(20).map((seed) => ({ kind: 'delete' as const, take: takeIdOf(seed) })),
  fc.constant({ kind: 'clear' as const }),
);

test('any sequence of recordings and deletions restores from storage as it was saved', () => {
  fc.assert(
    fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
      const h = ops.reduce(applyHistoryOp, EMPTY_HISTORY);
      expect(h.entries.length).toBeLessThanOrEqual(HISTORY_LIMIT);
      const saved: unknown = JSON.parse(JSON.stringify(h));
      expect(restoreHistory(saved, HISTORY_VERSION)).toEqual(h);
    }),
    { numRuns: 60 },
  );
});

test('restoring never throws, whatever storage holds', () => {
  fc.assert(
    fc.property(fc.anything(), fc.integer(), (state, version) => {
      expect(() => restoreHistory(state, version)).not.toThrow();
    }),
  );
});

test('every op is idempotent: applying it twice is applying it once', () => {
  fc.assert(
    fc.property(fc.array(opArb, { maxLength: 10 }), opArb, (ops, op) => {
      const h = ops.reduce(applyHistoryOp, EMPTY_HISTORY);
      const once = applyHistoryOp(h, op);
      expect(applyHistoryOp(once, op)).toBe(once);
    }),
    { numRuns: 60 },
  );
});

test('earlier results leave out the one on screen and compare it with the newest other', () => {
  const entries = [entry(3, PO, DEC_1 + 2 * DAY), entry(2, PM, DEC_1 + DAY), entry(1, PO, DEC_1)];
  const view = buildEarlierResults(entries, { take: '3', result: PO }, options);
  expect(view.earlier).toEqual([
    {
      take: '2',
      date: '2 December 2026',
      modeLabel: 'Short quiz',
      headline: 'Product Manager fit',
      path: `/r/product-manager/#r=${entries[1]?.code ?? ''}`,
    },
    {
      take: '1',
      date: '1 December 2026',
      modeLabel: 'Short quiz',
      headline: 'Product Owner fit',
      path: `/r/product-owner/#r=${entries[2]?.code ?? ''}`,
    },
  ]);
  expect(view.comparison?.date).toBe('2 December 2026');
  expect(view.comparison?.rows[0]?.sentence).toBe(
    'Product Owner fit now, Product Manager fit on 2 December 2026 (a change beyond what retaking alone explains).',
  );
});

test('with nothing earlier there is no comparison; an unreadable code is listed on /privacy only', () => {
  const broken = { ...entry(2, PM, DEC_1 + DAY), code: 'AAAA' };
  expect(buildEarlierResults([entry(3)], { take: '3', result: PM }, options)).toEqual({
    earlier: [],
    comparison: null,
  });
  expect(buildEarlierResults([broken], { take: '3', result: PM }, options).earlier).toEqual([]);
  expect(listHistory([broken], options)).toEqual([
    { take: '2', date: '2 December 2026', modeLabel: 'Short quiz', headline: null, path: null },
  ]);
  expect(isTakeKept([broken], '2')).toBe(true);
  expect(isTakeKept([broken], '3')).toBe(false);
});
