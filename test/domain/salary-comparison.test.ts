import fc from 'fast-check';
import { expect, test } from 'vitest';
import { COUNTRY_IDS, EXPERIENCE_IDS } from '../../src/domain/guide-ids';
import {
  SAME_PAY_MARGIN,
  compareSalaries,
  isComparableFigure,
  judgePay,
} from '../../src/domain/salary-comparison';
import type { SalaryData, SalaryFigure } from '../../src/domain/salary-schema';

/* ----------------------------------------------------------------- fixtures */

type FigureInput = Pick<SalaryFigure, 'id' | 'country' | 'role' | 'min' | 'source'> &
  Partial<SalaryFigure>;

const figure = (f: FigureInput): SalaryFigure => ({
  seniority: 'all',
  payType: 'median',
  pay: 'base',
  period: 'year',
  currency: 'EUR',
  year: '2025',
  max: f.min,
  ...f,
});

const pm = (id: string, min: number, more: Partial<SalaryFigure> = {}) =>
  figure({ id, country: 'de', role: 'product-manager', min, source: 'SURVEY', ...more });
const po = (id: string, min: number, more: Partial<SalaryFigure> = {}) =>
  figure({ id, country: 'de', role: 'product-owner', min, source: 'SURVEY', ...more });

const dataWith = (figures: SalaryFigure[], gaps: SalaryData['gaps'] = []): SalaryData => ({
  checkedOn: '2026-11-30',
  notes: ['Figures are indicative.'],
  researchNotes: ['check the national data before use'],
  sources: [
    { key: 'SURVEY', name: 'Big salary survey', url: 'https://example.org/survey', grade: 'B' },
    { key: 'STATS', name: 'National statistics', url: 'https://example.org/stats', grade: 'A' },
    { key: 'BLOG', name: 'A blog', url: null, grade: 'C' },
  ],
  figures,
  gaps,
});

/* --------------------------------------------------------------- the verdict */

test.each([
  [112_000, 100_000, { kind: 'pm-more', percent: 12 }],
  [100_000, 125_000, { kind: 'po-more', percent: 25 }],
  [100_000, 104_000, { kind: 'about-same', percent: 4 }],
  [104_400, 100_000, { kind: 'about-same', percent: 4 }],
  [104_999, 100_000, { kind: 'pm-more', percent: 5 }],
  [105_000, 100_000, { kind: 'pm-more', percent: 5 }],
  [80_000, 80_000, { kind: 'about-same', percent: 0 }],
] as const)('PM %i against PO %i reads as %j', (pmPay, poPay, verdict) => {
  expect(judgePay(pmPay, poPay)).toEqual(verdict);
});

test.each([
  [
    'PM more',
    [pm('pm', 67_200), po('po', 60_000)],
    'In Germany, Product Managers earn about 12% more than Product Owners (median base pay, all levels, 2025).',
  ],
  [
    'PO more',
    [pm('pm', 60_000), po('po', 66_000)],
    'In Germany, Product Owners earn about 10% more than Product Managers (median base pay, all levels, 2025).',
  ],
  [
    'about the same',
    [pm('pm', 61_000), po('po', 60_000)],
    `In Germany, Product Managers and Product Owners earn about the same: within ${SAME_PAY_MARGIN}% of each other (median base pay, all levels, 2025).`,
  ],
  [
    'two years',
    [pm('pm', 66_000, { year: '2024' }), po('po', 60_000)],
    'In Germany, Product Managers earn about 10% more than Product Owners (median base pay, all levels, 2024 and 2025).',
  ],
  [
    'average statistic',
    [pm('pm', 66_000, { payType: 'mean' }), po('po', 60_000, { payType: 'average' })],
    'In Germany, Product Managers earn about 10% more than Product Owners (average base pay, all levels, 2025).',
  ],
])('%s: the sentence says who earns more and on what basis', (_name, figures, sentence) => {
  expect(compareSalaries(dataWith(figures), { country: 'de' }).sentence).toBe(sentence);
});

test('a monthly base figure becomes yearly (× 12) and the line says so; the other line is untouched', () => {
  const view = compareSalaries(dataWith([pm('pm', 5_000, { period: 'month' }), po('po', 55_000)]), {
    country: 'de',
  });
  expect(view.comparison?.pm).toMatchObject({
    yearly: 60_000,
    figure: '€60,000 a year',
    conversion: '€5,000 a month × 12',
  });
  expect(view.comparison?.po).toMatchObject({ yearly: 55_000, conversion: null });
  expect(view.sentence).toContain('about 9% more');
});

test('Swiss franc figures compare in francs, and a monthly one is shown × 12 in francs too', () => {
  const chf = { country: 'ch', currency: 'CHF' } as const;
  const view = compareSalaries(
    dataWith([pm('ch-pm', 10_000, { ...chf, period: 'month' }), po('ch-po', 110_000, chf)]),
    { country: 'ch' },
  );
  expect(view.comparison?.pm).toMatchObject({
    yearly: 120_000,
    figure: 'CHF\u00a0120,000 a year',
    conversion: 'CHF\u00a010,000 a month × 12',
  });
  expect(view.comparison?.po).toMatchObject({ figure: 'CHF\u00a0110,000 a year' });
  expect(view.sentence).toBe(
    'In Switzerland, Product Managers earn about 9% more than Product Owners (median base pay, all levels, 2025).',
  );
});

test.each([
  ['undated', { year: 'n.d.' }],
  ['monthly pay that does not say it is base pay', { period: 'month', pay: 'unstated' }],
  ['total pay', { pay: 'total', payType: 'total' }],
  ['a range', { payType: 'range', max: 90_000 }],
  ['an open-ended figure', { openEnded: true }],
  ['a proxy occupation', { proxy: true }],
  ['an excluded figure', { excluded: true, excludedReason: 'implausible' }],
  ['a currency the source does not confirm', { currencyUncertain: true }],
  ['a seniority that names no band', { seniority: 'L4' }],
] as const)('%s is never compared', (_name, change) => {
  const bad = po('po-bad', 70_000, change);
  expect(isComparableFigure(bad)).toBe(false);
  const view = compareSalaries(dataWith([pm('pm', 60_000), bad]), { country: 'de' });
  expect(view.comparison).toBeNull();
  expect(view.sentence).toMatch(/^We cannot compare pay in Germany yet: .+\.$/);
});

test('figures in different statistics or currencies are not paired', () => {
  expect(
    compareSalaries(dataWith([pm('pm', 60_000), po('po', 55_000, { payType: 'average' })]), {
      country: 'de',
    }).comparison,
  ).toBeNull();
  expect(
    compareSalaries(dataWith([pm('pm', 60_000), po('po', 55_000, { currency: 'USD' })]), {
      country: 'de',
    }).comparison,
  ).toBeNull();
});

/* --------------------------------------------------------- why we cannot say */

test.each([
  [
    'no PO figure at all: the gap reason',
    [pm('pm', 60_000)],
    [
      {
        country: 'de' as const,
        role: 'product-owner' as const,
        reason: 'we found none for Germany in 2026',
      },
    ],
    'We cannot compare pay in Germany yet: we found none for Germany in 2026.',
  ],
  [
    'no PO figure and no gap entry',
    [pm('pm', 60_000)],
    [],
    'We cannot compare pay in Germany yet: we found no published Product Owner pay figure there.',
  ],
  [
    'only an undated PO figure',
    [pm('pm', 60_000), po('po', 55_000, { year: 'n.d.' })],
    [],
    'We cannot compare pay in Germany yet: none of the Product Owner figures we found there gives a year.',
  ],
  [
    'a dated PO range only',
    [pm('pm', 60_000), po('po', 50_000, { payType: 'range', max: 70_000 })],
    [],
    'We cannot compare pay in Germany yet: none of the dated Product Owner figures there is a single base-pay number.',
  ],
  [
    'a comparable PO figure but only an undated PM one',
    [pm('pm', 60_000, { year: 'n.d.' }), po('po', 55_000)],
    [],
    'We cannot compare pay in Germany yet: none of the Product Manager figures we found there gives a year.',
  ],
  [
    'neither role',
    [],
    [],
    'We cannot compare pay in Germany yet: we found no published Product Owner pay figure there.',
  ],
  [
    'both comparable but at different levels',
    [pm('pm', 60_000, { seniority: 'senior' }), po('po', 50_000, { seniority: 'entry' })],
    [],
    'We cannot compare pay in Germany yet: the dated base-pay figures for the two roles are not for the same level, statistic or currency.',
  ],
])('%s', (_name, figures, gaps, sentence) => {
  const view = compareSalaries(dataWith(figures, gaps), { country: 'de' });
  expect(view.comparison).toBeNull();
  expect(view.bandNote).toBeNull();
  expect(view.sentence).toBe(sentence);
});

/* ------------------------------------------------------------------- bands */

const banded = [
  pm('pm-all', 70_000),
  po('po-all', 65_000),
  pm('pm-entry', 50_000, { seniority: 'Junior' }),
  po('po-entry', 48_000, { seniority: 'entry' }),
  pm('pm-senior', 90_000, { seniority: 'Senior PM' }),
  po('po-senior', 80_000, { seniority: 'Senior' }),
  pm('pm-lead', 110_000, { seniority: 'Lead' }),
];

test.each([
  [undefined, 'all', false, 'Compared across all levels.'],
  ['none', 'entry', true, 'Compared at entry level, which matches the experience you gave.'],
  ['under-2', 'entry', true, 'Compared at entry level, which matches the experience you gave.'],
  [
    '2-5',
    'all',
    false,
    'No figures for both roles at your experience level, so this compares all levels.',
  ],
  ['5-10', 'senior', true, 'Compared at senior level, which matches the experience you gave.'],
  // Lead PO pay is missing, so over-10 falls back to the senior band both roles share.
  ['over-10', 'senior', true, 'Compared at senior level, which matches the experience you gave.'],
  ['prefer-not-to-say', 'all', false, 'Compared across all levels.'],
] as const)('experience %j compares at %s', (experience, band, matches, note) => {
  const view = compareSalaries(dataWith(banded), { country: 'de', experience });
  expect(view.comparison?.band).toBe(band);
  expect(view.comparison?.isExperienceBand).toBe(matches);
  expect(view.bandNote).toBe(note);
  expect(view.sentence).toContain(band === 'all' ? 'all levels' : `${band} level`);
});

test('without an all-levels pair, the comparison falls back to a band both roles share', () => {
  const view = compareSalaries(
    dataWith([
      pm('pm-senior', 90_000, { seniority: 'senior' }),
      po('po-senior', 80_000, { seniority: 'senior' }),
    ]),
    { country: 'de', experience: 'none' },
  );
  expect(view.comparison?.band).toBe('senior');
  expect(view.bandNote).toBe(
    'No figures for both roles at your experience level, so this compares senior level.',
  );
});

test('a same-source pair beats a pair from two sources; two sources are flagged as rough', () => {
  const same = compareSalaries(
    dataWith([pm('pm', 66_000), po('po', 60_000), po('po-stats', 61_000, { source: 'STATS' })]),
    { country: 'de' },
  );
  expect(same.comparison?.po.figureId).toBe('po');
  expect(same.sourceNote).toBeNull();
  const mixed = compareSalaries(
    dataWith([pm('pm', 66_000), po('po', 60_000, { source: 'STATS' })]),
    {
      country: 'de',
    },
  );
  expect(mixed.comparison?.isSameSource).toBe(false);
  expect(mixed.sourceNote).toMatch(/different sources/);
});

/* ------------------------------------------------------------ more sources */

test('"More sources" lists the other dated figures, never undated or excluded ones, and counts the undated', () => {
  const view = compareSalaries(
    dataWith([
      pm('pm', 66_000),
      po('po', 60_000),
      pm('pm-range', 50_000, { payType: 'range', max: 90_000, pay: 'unstated', source: 'BLOG' }),
      po('po-undated', 58_000, { year: 'n.d.' }),
      po('po-total', 70_000, { payType: 'total', pay: 'total', seniority: 'Senior PO' }),
      po('po-excluded', 580_000, { excluded: true, excludedReason: 'implausible' }),
      figure({ id: 'us-pm', country: 'us', role: 'product-manager', min: 1, source: 'SURVEY' }),
    ]),
    { country: 'de' },
  );
  expect(view.moreSources.map((g) => g.roleName)).toEqual(['Product Manager', 'Product Owner']);
  expect(view.moreSources.flatMap((g) => g.rows.map((r) => r.id))).toEqual([
    'pm-range',
    'po-total',
  ]);
  expect(view.moreSourceCount).toBe(2);
  expect(view.moreSources[1]?.rows[0]).toMatchObject({
    seniority: 'Senior PO',
    measure: 'total pay',
  });
  expect(view.moreSources[0]?.rows[0]).toMatchObject({
    figure: '€50,000–€90,000 a year',
    measure: 'range · base or total not stated',
    year: '2025',
    sourceName: 'A blog',
    sourceGrade: 'C',
  });
  expect(view.undatedCount).toBe(1);
});

/* ------------------------------------------------------------- countries */

test.each([
  [
    'other',
    'We have no figures for your country, so here are the figures for the United States, for reference only.',
  ],
  [
    undefined,
    'You did not say where you work, so here are the figures for the United States, for reference only.',
  ],
  [
    'prefer-not-to-say',
    'You did not say where you work, so here are the figures for the United States, for reference only.',
  ],
])('country %j shows the United States for reference and says so', (country, intro) => {
  const view = compareSalaries(dataWith([]), { country });
  expect(view.countryId).toBe('us');
  expect(view.intro).toBe(intro);
  expect(view.sentence).toMatch(/^We cannot compare pay in the United States yet/);
});

/* ---------------------------------------------------------------- properties */

const COUNTRIES = COUNTRY_IDS.filter((c) => c !== 'other');
const arbFigure = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }).map((s) => `f-${s}`),
  // Weighted towards what can be compared, so the comparison branch is reached often.
  country: fc.constantFrom(
    'de' as const,
    'de' as const,
    'de' as const,
    'de' as const,
    ...COUNTRIES,
  ),
  role: fc.constantFrom('product-manager' as const, 'product-owner' as const),
  seniority: fc.constantFrom('all', 'all', 'all', 'entry', 'Senior', 'L4'),
  payType: fc.constantFrom(
    'median' as const,
    'median' as const,
    'median' as const,
    'mean' as const,
    'average' as const,
    'range' as const,
  ),
  pay: fc.constantFrom(
    'base' as const,
    'base' as const,
    'base' as const,
    'total' as const,
    'unstated' as const,
  ),
  period: fc.constantFrom('year' as const, 'month' as const),
  currency: fc.constantFrom('EUR' as const, 'EUR' as const, 'EUR' as const, 'USD' as const),
  min: fc.integer({ min: 1, max: 500_000 }),
  year: fc.constantFrom('n.d.', '2023', 'June 2024', '2025', '2025'),
  source: fc.constantFrom('SURVEY', 'STATS', 'BLOG'),
  proxy: fc.constantFrom(false, false, false, true),
  excluded: fc.constantFrom(false, false, false, true),
});

test('whatever the data, a comparison uses only dated, base-pay, non-proxy figures of the chosen country, with a source', () => {
  let compared = 0;
  fc.assert(
    fc.property(
      fc.uniqueArray(arbFigure, { selector: (f) => f.id, maxLength: 20 }),
      // Half the time the data also holds one comparable German pair, so the comparison branch is reached.
      fc.option(
        fc.tuple(fc.integer({ min: 1, max: 500_000 }), fc.integer({ min: 1, max: 500_000 })),
      ),
      fc.constantFrom('de' as const, 'de' as const, 'de' as const, ...COUNTRY_IDS, undefined),
      fc.constantFrom(...EXPERIENCE_IDS, undefined),
      (raw, pair, country, experience) => {
        const figures = [
          ...(pair ? [pm('pair-pm', pair[0]), po('pair-po', pair[1])] : []),
          ...raw.map((f): SalaryFigure => ({
            ...f,
            max: f.min,
            ...(f.excluded ? { excludedReason: 'test' } : {}),
          })),
        ];
        const view = compareSalaries(dataWith(figures), { country, experience });
        const byId = new Map(figures.map((f) => [f.id, f]));
        expect(view.sentence).toMatch(/^(In |We cannot compare pay in )/);
        if (view.comparison) compared += 1;
        for (const line of view.comparison ? [view.comparison.pm, view.comparison.po] : []) {
          const f = byId.get(line.figureId);
          expect(f?.country).toBe(view.countryId);
          expect(f && isComparableFigure(f)).toBe(true);
          expect(line.year).not.toBe('n.d.');
          expect(line.sourceName.length).toBeGreaterThan(0);
        }
        for (const row of view.moreSources.flatMap((g) => g.rows)) {
          expect(row.year).not.toBe('n.d.');
          expect(byId.get(row.id)?.excluded).not.toBe(true);
        }
      },
    ),
    { numRuns: 300 },
  );
  // The generator must reach the comparison branch, or the checks above prove nothing.
  expect(compared).toBeGreaterThan(0);
});

test('swapping the two roles swaps the verdict and keeps the percentage', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 10_000_000 }),
      fc.integer({ min: 1, max: 10_000_000 }),
      (a, b) => {
        const ab = judgePay(a, b);
        const ba = judgePay(b, a);
        expect(ba.percent).toBe(ab.percent);
        const mirror = { 'pm-more': 'po-more', 'po-more': 'pm-more', 'about-same': 'about-same' };
        expect(ba.kind).toBe(mirror[ab.kind]);
        expect(ab.kind === 'about-same').toBe(ab.percent < SAME_PAY_MARGIN);
      },
    ),
  );
});
