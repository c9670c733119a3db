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
    headline: 'Product Manager fit',
  },
  {
    name: 'all PO options',
    picks: repeat(TI, 12),
    type: 'product-owner',
    headline: 'Product Owner fit',
  },
  {
    name: '6 PM + 3 SI + 3 TO',
    picks: [...repeat(SO, 6), ...repeat(SI, 3), ...repeat(TO, 3)],
    type: 'product-manager',
    headline: 'Product Manager fit',
  },
  {
    name: 'mostly strategic and team-facing',
    picks: [...repeat(SI, 7), SO, SO, TI, TI, TO],
    type: 'strategic-technical',
    headline: 'Strategic-technical hybrid',
  },
  {
    // The customer-facing hybrid that model 1 called "slight Product Owner".
    name: 'hands-on with customers most of the time',
    picks: [...repeat(TO, 9), TI, TI, SO],
    type: 'customer-facing',
    headline: 'Customer-facing hybrid',
  },
  {
    name: 'PM and PO alternating',
    picks: [...repeat(SO, 6), ...repeat(TI, 6)],
    type: 'balanced',
    headline: 'Between balanced (enjoys both) and Product Manager',
  },
  {
    name: 'both mixed options alternating',
    picks: [...repeat(SI, 6), ...repeat(TO, 6)],
    type: 'balanced',
    headline: 'Between balanced (drawn to neither) and strategic-technical hybrid',
  },
  {
    name: 'half PM, half strategic-technical',
    picks: [...repeat(SO, 6), ...repeat(SI, 6)],
    type: 'strategic-technical',
    headline: 'Between strategic-technical hybrid and Product Manager',
  },
])('$name: the page heading reads "$headline"', ({ picks, type, headline }) => {
  const report = reportOf(picks);
  expect(report.type).toBe(type);
  expect(report.result.type).toBe(type);
  expect(report.words.headline).toBe(headline);
});

test.each<{ name: string; picks: Quadrant[]; strategic: string; outside: string }>([
  {
    name: 'one clear axis',
    picks: [...repeat(SO, 6), ...repeat(SI, 6)],
    strategic: 'You lean strongly strategic.',
    outside: 'No clear lean between market-facing and team-facing work: your range covers both.',
  },
  {
    name: 'a hybrid that leans team-facing',
    picks: [...repeat(SI, 9), ...repeat(SO, 3)],
    strategic: 'You lean strongly strategic.',
    outside: 'You lean clearly team-facing.',
  },
])(
  '$name: each axis is described in words, without signed numbers',
  ({ picks, strategic, outside }) => {
    const { words } = reportOf(picks);
    expect(words.axes).toEqual({ strategic, outside });
  },
);

test('the four kinds of choice are named plainly with their counts', () => {
  const { words } = reportOf([SO, SO, SO, TI, SI, TO]);
  expect(words.k).toBe(6);
  expect(words.choices.rows).toEqual([
    { label: 'Market and business', count: 3, percent: 50 },
    { label: 'Team and backlog', count: 1, percent: 17 },
    { label: 'Long-term direction with engineers', count: 1, percent: 17 },
    { label: 'Straight to customers and users', count: 1, percent: 16 },
  ]);
  // A Product Owner who goes to customers is never told "Product Manager-type choices 0%".
  const po = reportOf([...repeat(TI, 6), ...repeat(TO, 6)]);
  expect(po.words.choices.rows.map((r) => r.label).join(' ')).not.toMatch(/-type/);
  expect(po.words.choices.rows[3]).toMatchObject({ count: 6 });
});

test('why this result: counts of the taker’s own choices, then the dimensions that pulled hardest', () => {
  const { words } = reportOf([SO, SO, SO, TI, SI, TO, SO, SO, SO, SO]);
  expect(words.sentences[0]).toBe(
    'Of your 10 scenario choices, 7 went to the market and business, 1 to the team and backlog, 1 to the long-term direction with engineers and 1 straight to customers and users.',
  );
  expect(words.sentences[1]).toBe(
    'In 8 of 10 you picked a longer-range option over a hands-on one, and in 8 of 10 you turned outward to customers or the market rather than inward to the team.',
  );
  // scenario-1 and scenario-10 are both "market" in the fixture and both SO
  expect(words.sentences).toContain(
    'In 2 of 2 market scenarios you went for the market and business angle.',
  );
});

test.each<{ picks: Quadrant[]; nextNearest: string }>([
  {
    picks: [...repeat(SO, 8), ...repeat(SI, 4)],
    nextNearest: 'The next most likely type is strategic-technical hybrid (12%).',
  },
  {
    picks: repeat(SO, 12),
    nextNearest: 'No other type comes close: each has less than 1%.',
  },
  {
    picks: [...repeat(SO, 6), ...repeat(TI, 6)],
    nextNearest: 'The other three types together: about 24%.',
  },
])('the next type is named with its probability: $nextNearest', ({ picks, nextNearest }) => {
  expect(reportOf(picks).words.nextNearest).toBe(nextNearest);
});

test.each<{ picks: Quadrant[]; certainty: RegExp }>([
  { picks: repeat(SO, 12), certainty: /^Very likely: over 99%\. Allowing for how much 12 answers/ },
  {
    picks: [...repeat(SO, 6), ...repeat(SI, 3), ...repeat(TO, 3)],
    certainty: /^Likely: 88%\. .* Product Manager region of the map is 88%\.$/,
  },
  {
    picks: [...repeat(SO, 6), ...repeat(SI, 6)],
    certainty:
      /^Between strategic-technical hybrid \(52%\) and Product Manager \(47%\)\. .*12-question quiz cannot tell/,
  },
])('how sure we are is said in words with a percentage: $certainty', ({ picks, certainty }) => {
  expect(reportOf(picks).words.certainty).toMatch(certainty);
});

test('the signed scores are kept for the details view: S, O, the PM-fit index and the third score', () => {
  const { words } = reportOf(repeat(SO, 12));
  expect(words.scores.map((r) => r.name)).toEqual([
    'Strategic (+) ↔ tactical (−)',
    'Market-facing (+) ↔ team-facing (−)',
    'PM-fit index: Product Manager (+) ↔ Product Owner (−)',
    'Classic-role (+) ↔ in-between (−) choices',
  ]);
  // 12 of 12 in one quadrant: a wide range, never "100 to 100".
  expect(words.scores[0]?.score).toEqual({ value: 86, low: 59, high: 99 });
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

test('a "between" result shares its type-only link with both types and their probabilities', () => {
  const picks = [...repeat(SO, 6), ...repeat(SI, 6)];
  const prepared = makePrepared(picks.length);
  const report = reportOf(picks);
  const url = new URL(report.links.type);
  expect(url.pathname).toBe('/r/strategic-technical/');
  const decoded = decodeShareCode(readCodeFromHash(url.hash) ?? '', (_revision, mode) =>
    buildShareManifest(prepared.bank, mode),
  );
  expect(decoded).toEqual({
    ok: true,
    value: {
      level: 'verdict',
      shared: {
        mode: 'full',
        revision: prepared.bank.revision,
        verdict: {
          kind: 'between',
          first: { type: 'strategic-technical', probability: 0.52 },
          second: { type: 'product-manager', probability: 0.47 },
          balancedKind: null,
        },
      },
    },
  });
});

test('a shared link shows the same headline, certainty, axes and choice counts as the taker saw', () => {
  const report = reportOf([SO, SO, SO, TI, SI, TO, SO, SO, SO, SO]);
  const shared = buildSharedReport({ level: 'scores', result: report.result });
  expect(shared.type).toBe(report.type);
  expect(shared.words).toEqual({
    ...report.words,
    // a share code carries no choices per dimension, so only the two counting sentences travel
    sentences: report.words.sentences.slice(0, 2),
    reasons: report.words.reasons.slice(0, 2),
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

test('property: any complete set of answers gets a headline, choice shares summing to 100 and reasons', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...QUADRANTS), { minLength: 1, maxLength: 30 }),
      (picks) => {
        const { words, links } = reportOf(picks);
        expect(words.headline.length).toBeGreaterThan(0);
        expect(words.sentences.length).toBeGreaterThanOrEqual(2);
        expect(words.choices.rows.reduce((sum, r) => sum + r.percent, 0)).toBe(100);
        expect(new URL(links.scores).pathname).toBe(new URL(links.type).pathname);
      },
    ),
  );
});
