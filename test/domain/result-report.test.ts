import { expect, test } from 'vitest';
import fc from 'fast-check';
import { buildResultReport, type ResultReport } from '../../src/domain/result-report';
import { buildSharedReport } from '../../src/domain/shared-view';
import { readCodeFromHash } from '../../src/domain/result-link';
import { buildShareManifest, decodeShareCode } from '../../src/domain/share-code';
import { QUADRANTS, type Quadrant } from '../../src/domain/schema';
import type { ResultType } from '../../src/domain/result-types';
import { answersFor, makePrepared, SI, SO, TI, TO } from './fixture-bank';

const ORIGIN = 'https://rolefit.example';

function reportOf(picks: readonly Quadrant[], extra: Record<string, string> = {}): ResultReport {
  const prepared = makePrepared(picks.length);
  const outcome = buildResultReport(prepared, { ...answersFor(picks), ...extra }, 'full', ORIGIN);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.value;
}

const repeat = (q: Quadrant, n: number): Quadrant[] => Array.from({ length: n }, () => q);

test.each<{ name: string; picks: Quadrant[]; type: ResultType; headline: string }>([
  {
    name: 'all PM options',
    picks: repeat(SO, 12),
    type: 'product-manager',
    headline: 'Strong Product Manager fit',
  },
  {
    name: 'all PO options',
    picks: repeat(TI, 12),
    type: 'product-owner',
    headline: 'Strong Product Owner fit',
  },
  {
    name: '6 PM + 3 SI + 3 TO',
    picks: [...repeat(SO, 6), ...repeat(SI, 3), ...repeat(TO, 3)],
    type: 'product-manager',
    headline: 'Clear Product Manager fit',
  },
  {
    name: 'hybrid banded on the weaker axis',
    picks: [...repeat(SI, 7), SO, SO, TI, TI, TO],
    type: 'strategic-technical',
    headline: 'Clear strategic-technical hybrid',
  },
  {
    name: 'PM and PO alternating',
    picks: [...repeat(SO, 6), ...repeat(TI, 6)],
    type: 'balanced',
    headline: 'Balanced / full-stack product person: enjoys both',
  },
  {
    name: 'both mixed options alternating',
    picks: [...repeat(SI, 6), ...repeat(TO, 6)],
    type: 'balanced',
    headline: 'Balanced / full-stack product person: drawn to neither',
  },
])('$name: the page heading reads "$headline"', ({ picks, type, headline }) => {
  const report = reportOf(picks);
  expect(report.type).toBe(type);
  expect(report.result.type).toBe(type);
  expect(report.words.headline).toBe(headline);
});

test.each<{ name: string; picks: Quadrant[]; strategic: RegExp; outside: RegExp }>([
  {
    // S = 1, O = 0: one clear axis even though the other has no lean
    name: 'one clear axis',
    picks: [...repeat(SO, 6), ...repeat(SI, 6)],
    strategic: /^You lean strongly strategic \(100, 90% range/,
    outside: /^No clear lean between market-facing and team-facing work \(0, 90% range/,
  },
  {
    // 9 SI + 3 SO: typed Product Manager by the PM-fit index, yet leaning team-facing
    name: 'a PM result that leans team-facing',
    picks: [...repeat(SI, 9), ...repeat(SO, 3)],
    strategic: /^You lean strongly strategic/,
    outside: /^You lean (slightly|clearly|strongly) team-facing/,
  },
])('$name: each axis is described in words', ({ picks, strategic, outside }) => {
  const { words } = reportOf(picks);
  expect(words.axes.strategic).toMatch(strategic);
  expect(words.axes.outside).toMatch(outside);
});

test.each<{ picks: Quadrant[]; shares: { pm: number; po: number; mixed: number }; k: number }>([
  { picks: [SO, SO, SO, TI, SI, TO], shares: { pm: 50, po: 17, mixed: 33 }, k: 6 },
  { picks: [SO, TI, SI], shares: { pm: 34, po: 33, mixed: 33 }, k: 3 },
  { picks: repeat(TI, 4), shares: { pm: 0, po: 100, mixed: 0 }, k: 4 },
])('the shares table splits $k choices as $shares', ({ picks, shares, k }) => {
  const { words } = reportOf(picks);
  expect(words.shares).toEqual(shares);
  expect(words.k).toBe(k);
});

test('why this result: counts of the taker’s own choices, then the dimensions that pulled hardest', () => {
  const { words } = reportOf([SO, SO, SO, TI, SI, TO, SO, SO, SO, SO]);
  expect(words.sentences[0]).toBe(
    'You chose the market-and-strategy option (typical of Product Managers) in 7 of 10 scenarios, the team-and-backlog option (typical of Product Owners) in 1, and one of the two mixed options in 2.',
  );
  expect(words.sentences[1]).toBe(
    'In 8 of 10 you picked a strategic, longer-range option over a hands-on one, and in 8 of 10 you turned outward to customers or the market rather than inward to the team.',
  );
  // scenario-1 and scenario-10 are both "market" in the fixture and both SO
  expect(words.sentences).toContain(
    'In 2 of 2 market scenarios you went for the market and business angle.',
  );
});

test.each<{ picks: Quadrant[]; nextNearest: string }>([
  {
    picks: [...repeat(SO, 8), ...repeat(SI, 4)],
    nextNearest:
      'The next closest result type for your answers is Balanced / full-stack product person.',
  },
  {
    picks: [...repeat(SO, 6), ...repeat(TI, 6)],
    nextNearest: 'The next closest result type for your answers is Product Manager fit.',
  },
])('the next-nearest type is named: $nextNearest', ({ picks, nextNearest }) => {
  expect(reportOf(picks).words.nextNearest).toBe(nextNearest);
});

test('certainty is stated with the PM-fit index and its range in -100..100', () => {
  const { words } = reportOf([...repeat(SO, 9), ...repeat(TI, 3)]);
  expect(words.certainty).toContain('Your PM-fit index is 50');
  expect(words.certainty).toMatch(/with a 90% range of -?\d+ to -?\d+\.$/);
});

test('share links: type only, then scores and answers codes in the #r= fragment', () => {
  const picks = [...repeat(SO, 9), ...repeat(TI, 3)];
  const prepared = makePrepared(picks.length);
  const report = reportOf(picks);
  expect(report.links.type).toBe(`${ORIGIN}/r/product-manager/`);
  for (const level of ['scores', 'answers'] as const) {
    const url = new URL(report.links[level]);
    expect(`${url.origin}${url.pathname}`).toBe(`${ORIGIN}/r/product-manager/`);
    const code = readCodeFromHash(url.hash);
    expect(code).not.toBeNull();
    const decoded = decodeShareCode(code ?? '', (_revision, mode) =>
      buildShareManifest(prepared.bank, mode),
    );
    expect(decoded).toMatchObject({ ok: true, value: { level, result: report.result } });
  }
});

test('a shared link shows the same headline, certainty, axes and choice counts as the taker saw', () => {
  const report = reportOf([SO, SO, SO, TI, SI, TO, SO, SO, SO, SO]);
  const shared = buildSharedReport({ level: 'scores', result: report.result });
  expect(shared.type).toBe(report.type);
  expect(shared.words).toEqual({
    ...report.words,
    // a share code carries no choices per dimension, so only the two counting sentences travel
    sentences: report.words.sentences.slice(0, 2),
  });
});

test('the practice profile lists every area with the answer given, or is absent without practice answers', () => {
  const picks = repeat(SO, 9);
  expect(reportOf(picks).practice).toBeNull();
  const report = reportOf(picks, { 'practice-market': 'weekly', 'practice-data': 'never' });
  expect(report.practice).toHaveLength(9);
  expect(report.practice?.[0]).toEqual({
    id: 'market',
    label: 'Label market',
    value: 100,
    answer: 'Weekly or more',
  });
  expect(report.practice?.find((r) => r.id === 'data')).toMatchObject({
    value: 0,
    answer: 'Never',
  });
  expect(report.practice?.find((r) => r.id === 'backlog')).toMatchObject({
    value: null,
    answer: 'Not answered',
  });
});

test('what you gravitate to: the three areas with the largest share of signals, largest first', () => {
  const { gravitate } = reportOf(repeat(SO, 9));
  expect(gravitate).toHaveLength(3);
  expect(gravitate.map((g) => g.percent)).toEqual(
    [...gravitate.map((g) => g.percent)].sort((a, b) => b - a),
  );
  expect(gravitate[0]?.label).toMatch(/^Label /);
});

test.each<{ name: string; answers: Record<string, string>; kind: string }>([
  { name: 'a scenario left open', answers: answersFor([SO, SO]), kind: 'missing-scenarios' },
  {
    name: 'an unknown question',
    answers: { ...answersFor([SO, SO, SO]), nope: SO },
    kind: 'unknown-question',
  },
])('$name gives no report but says why ($kind)', ({ answers, kind }) => {
  const outcome = buildResultReport(makePrepared(3), answers, 'full', ORIGIN);
  expect(outcome).toMatchObject({ ok: false, error: { kind } });
});

test('property: any complete set of answers gets a headline, shares summing to 100 and reasons', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...QUADRANTS), { minLength: 1, maxLength: 30 }),
      (picks) => {
        const { words, links } = reportOf(picks);
        expect(words.headline.length).toBeGreaterThan(0);
        expect(words.sentences.length).toBeGreaterThanOrEqual(2);
        expect(words.shares.pm + words.shares.po + words.shares.mixed).toBe(100);
        expect(links.scores.startsWith(links.type)).toBe(true);
      },
    ),
  );
});
