import * as v from 'valibot';
import { expect, test } from 'vitest';
import { describeContentIssues, toContentIssue } from '../../src/domain/content-issues';
import { checkGuideSources } from '../../src/domain/guide-sources';
import { GrowthSchema, type Book, type Growth } from '../../src/domain/growth-schema';
import { RolesContentSchema, type RolesContent } from '../../src/domain/roles-schema';
import {
  SalaryDataSchema,
  type SalaryData,
  type SalaryFigure,
} from '../../src/domain/salary-schema';
import {
  FOCUS_NOTE_NO_PRACTICE,
  selectGrowth,
  type GrowthInput,
} from '../../src/domain/growth-guide';
import { classifySeniority, formatSalaryFigure } from '../../src/domain/salary-guide';
import { RESULT_TYPES, type ResultType } from '../../src/domain/result-types';
import type { DimensionId } from '../../src/domain/schema';

/* ----------------------------------------------------------------- fixtures */

const figure = (
  f: Pick<SalaryFigure, 'id' | 'country' | 'role' | 'min' | 'max' | 'source'> &
    Partial<SalaryFigure>,
): SalaryFigure => ({
  seniority: 'all',
  payType: 'median',
  pay: 'unstated',
  period: 'year',
  currency: f.country === 'gb' ? 'GBP' : f.country === 'de' ? 'EUR' : 'USD',
  year: 'n.d.',
  ...f,
});

const salaries: SalaryData = {
  checkedOn: '2026-01-31',
  notes: ['Figures are indicative.'],
  sources: [
    { key: 'GOOD', name: 'Good survey', url: 'https://example.org/good', grade: 'A' },
    { key: 'MID', name: 'Middling site', url: null, path: 'seeds/mid.txt', grade: 'B' },
    { key: 'WEAK', name: 'Weak blog', url: 'https://example.org/weak', grade: 'C' },
  ],
  figures: [
    figure({
      id: 'us-pm-range',
      country: 'us',
      role: 'product-manager',
      payType: 'range',
      min: 95000,
      max: 130000,
      source: 'WEAK',
    }),
    figure({
      id: 'us-pm-entry',
      country: 'us',
      role: 'product-manager',
      seniority: 'entry',
      min: 72000,
      max: 72000,
      year: '2023',
      source: 'MID',
    }),
    figure({
      id: 'us-pm-senior',
      country: 'us',
      role: 'product-manager',
      seniority: 'Level V (senior)',
      min: 150000,
      max: 150000,
      source: 'WEAK',
    }),
    figure({
      id: 'us-pm-lead',
      country: 'us',
      role: 'product-manager',
      seniority: 'Lead',
      payType: 'base',
      pay: 'base',
      min: 142000,
      max: 142000,
      source: 'WEAK',
    }),
    figure({
      id: 'us-pm-proxy',
      country: 'us',
      role: 'product-manager',
      min: 164070,
      max: 164070,
      year: 'May 2022',
      source: 'GOOD',
      proxy: true,
      note: 'A manager occupation used as a proxy.',
    }),
    figure({
      id: 'us-pm-open',
      country: 'us',
      role: 'product-manager',
      payType: 'range',
      min: 120000,
      max: 200000,
      openEnded: true,
      source: 'WEAK',
    }),
    figure({
      id: 'us-po-avg',
      country: 'us',
      role: 'product-owner',
      payType: 'average',
      min: 100000,
      max: 100000,
      source: 'MID',
    }),
    figure({
      id: 'us-po-mid',
      country: 'us',
      role: 'product-owner',
      seniority: 'mid',
      payType: 'average',
      min: 95000,
      max: 95000,
      source: 'WEAK',
    }),
    figure({
      id: 'gb-pm-experienced',
      country: 'gb',
      role: 'product-manager',
      seniority: 'senior',
      payType: 'range',
      min: 70000,
      max: 70000,
      openEnded: true,
      source: 'WEAK',
    }),
    figure({
      id: 'de-po-monthly',
      country: 'de',
      role: 'product-owner',
      payType: 'range',
      period: 'month',
      min: 3900,
      max: 5200,
      source: 'MID',
    }),
    figure({
      id: 'in-po-implausible',
      country: 'in',
      role: 'product-owner',
      currency: 'INR',
      min: 8500000,
      max: 8500000,
      source: 'WEAK',
      excluded: true,
      excludedReason: 'About ten times every other figure.',
    }),
  ],
  gaps: [
    { country: 'gb', role: 'product-owner', reason: 'no source found' },
    { country: 'in', role: 'product-owner', reason: 'the only figure found is implausible' },
    { country: 'us', role: 'product-owner', seniority: 'lead', reason: 'no source for lead POs' },
  ],
};

const tips = (d: DimensionId) => [{ text: `Practise ${d} every week.`, sources: ['S1'] }];
const book = (title: string, dimensions: DimensionId[], extra: Partial<Book> = {}): Book => ({
  title,
  authors: 'A. Author',
  year: 'n.d.',
  dimensions,
  sources: ['S1'],
  ...extra,
});
const bookBusinessExtra = book('Business extra', ['business'], { alsoConsider: true, sources: [] });

const growth: Growth = {
  checkedOn: '2026-01-31',
  tips: {
    market: tips('market'),
    business: tips('business'),
    strategy: tips('strategy'),
    discovery: tips('discovery'),
    backlog: tips('backlog'),
    delivery: tips('delivery'),
    technical: tips('technical'),
    data: tips('data'),
    stakeholders: tips('stakeholders'),
  },
  certifications: [
    {
      id: 'cspo',
      name: 'CSPO',
      body: 'SA',
      pointsTo: 'product-owner',
      frameworks: ['scrum'],
      level: 'entry',
      summary: 'A course.',
      sources: ['S1'],
    },
    {
      id: 'pspo-1',
      name: 'PSPO I',
      body: 'SO',
      pointsTo: 'product-owner',
      frameworks: ['scrum'],
      level: 'entry',
      summary: 'An exam.',
      sources: ['S1'],
    },
    {
      id: 'popm',
      name: 'POPM',
      body: 'SAI',
      pointsTo: 'both',
      frameworks: ['safe'],
      level: 'entry',
      summary: 'A course.',
      sources: ['S1'],
    },
    {
      id: 'po-neutral',
      name: 'PO course',
      body: 'X',
      pointsTo: 'product-owner',
      frameworks: [],
      level: 'entry',
      summary: 'A course.',
      sources: ['S1'],
    },
    {
      id: 'pragmatic',
      name: 'PMC',
      body: 'PI',
      pointsTo: 'product-manager',
      frameworks: [],
      level: 'entry',
      summary: 'An exam.',
      sources: ['S1'],
    },
    {
      id: 'aipmm',
      name: 'CPM',
      body: 'AIPMM',
      pointsTo: 'product-manager',
      frameworks: [],
      level: 'entry',
      summary: 'An exam.',
      sources: ['S1'],
    },
  ],
  // Deliberately not in file order, so the tests show the pairing order wins.
  certificationPairing: {
    'product-owner': ['pspo-1', 'cspo'],
    'product-manager': ['aipmm', 'pragmatic'],
    safe: ['popm'],
  },
  certificationPairingNote: 'Pair them.',
  certificationCaveat: 'Certificates do not replace experience.',
  certificationCaveatSources: ['S1'],
  books: [
    book('Backlog', ['backlog']),
    book('Strategy and data', ['strategy', 'data']),
    book('Market', ['market']),
    book('Discovery', ['discovery']),
    book('Delivery', ['delivery']),
    book('Technical', ['technical']),
    bookBusinessExtra,
  ],
  moves: {
    'toward-product-manager': [
      { title: 'Go outside', text: 'Talk to customers.', sources: ['S1'] },
    ],
    'toward-product-owner': [
      { title: 'Learn the backlog', text: 'Split stories.', sources: ['S1'] },
    ],
  },
  jobTitles: {
    'product-manager': ['Product Manager'],
    'product-owner': ['Product Owner'],
    'strategic-technical': ['Technical Product Manager'],
    'customer-facing': ['Customer-facing Product Owner'],
    balanced: ['Product lead'],
  },
  jobTitlesSources: {
    'product-manager': ['S1'],
    'product-owner': ['S1'],
    'strategic-technical': ['S1'],
    'customer-facing': ['S1'],
    balanced: ['S1'],
  },
  caveats: [
    { id: 'always', when: {}, text: 'Titles vary.', sources: ['S1'] },
    {
      id: 'scrum',
      when: { framework: ['scrum'] },
      text: 'Scrum POs are full-stack.',
      sources: ['S1'],
    },
    {
      id: 'small-company',
      when: { 'company-size': ['startup', 'small'] },
      text: 'One person does both.',
      sources: ['S1'],
    },
    {
      id: 'new-to-scrum',
      when: { framework: ['scrum'], experience: ['none'] },
      text: 'Try both.',
      sources: ['S1'],
    },
  ],
};

const SHORT_NAMES: Record<ResultType, string> = {
  'product-manager': 'Product Manager',
  'product-owner': 'Product Owner',
  'strategic-technical': 'Strategic-technical',
  'customer-facing': 'Customer-facing',
  balanced: 'Balanced',
};

const roles: RolesContent = {
  types: RESULT_TYPES.map((id) => ({
    id,
    name: `${SHORT_NAMES[id]} fit`,
    shortName: SHORT_NAMES[id],
    summary: 'Summary.',
    description: 'Description.',
    about: { summary: 'About summary.', description: 'About description.' },
    realWorldRoles: ['A role'],
    whatItDoesNotMean: 'Not a verdict.',
    sources: ['S1'],
  })),
  guide: {
    intro: 'Intro.',
    comparison: [
      { aspect: 'Focus', productManager: 'Market.', productOwner: 'Team.', sources: ['S1'] },
    ],
    overlap: ['Overlap.'],
    overlapSources: ['S1'],
    bothRoles: ['Both.'],
    bothRolesSources: ['S1'],
    workingTogether: ['Together.'],
    workingTogetherSources: ['S1'],
  },
  notices: { notForHiring: 'Not for hiring.', notATest: 'Not a test.', splitCaveat: 'Split.' },
  noticesSources: ['S1'],
  countryNotes: [],
  sources: [{ key: 'S1', name: 'Source one', url: 'https://example.org/s1', grade: 'B' }],
};

const allNull: Record<DimensionId, number | null> = {
  market: null,
  business: null,
  strategy: null,
  discovery: null,
  backlog: null,
  delivery: null,
  technical: null,
  data: null,
  stakeholders: null,
};

/* ------------------------------------------------------------------ schemas */

test('the fixtures themselves pass the schemas and the cross-file source check', () => {
  expect(v.safeParse(SalaryDataSchema, salaries).success).toBe(true);
  expect(v.safeParse(GrowthSchema, growth).success).toBe(true);
  expect(v.safeParse(RolesContentSchema, roles).success).toBe(true);
  expect(checkGuideSources(growth, roles)).toEqual([]);
});

test.each([
  [100, 100, true],
  [100, 101, true],
  [101, 100, false],
])('a figure with min %i and max %i is accepted: %s', (min, max, ok) => {
  const data = {
    ...salaries,
    figures: [figure({ id: 'x', country: 'us', role: 'product-owner', min, max, source: 'GOOD' })],
  };
  expect(v.safeParse(SalaryDataSchema, data).success).toBe(ok);
});

test.each([
  ['n.d.', true],
  ['2013', true],
  ['c. 2020', true],
  ['June 2023', true],
  ['H1 2022', true],
  ['Dec 2021-Jan 2022', true],
  ['recently', false],
  ['', false],
])('year %j is accepted: %s', (year, ok) => {
  const data = {
    ...salaries,
    figures: [
      figure({
        id: 'x',
        country: 'us',
        role: 'product-owner',
        min: 1,
        max: 1,
        source: 'GOOD',
        year,
      }),
    ],
  };
  expect(v.safeParse(SalaryDataSchema, data).success).toBe(ok);
});

test('a figure citing a source missing from salaries.json is reported with its file, path and id', () => {
  const raw = {
    ...salaries,
    figures: [
      figure({ id: 'us-x', country: 'us', role: 'product-owner', min: 1, max: 1, source: 'NOPE' }),
    ],
  };
  const parsed = v.safeParse(SalaryDataSchema, raw);
  expect(parsed.success).toBe(false);
  expect(
    describeContentIssues(
      'questions/salaries.json',
      raw,
      (parsed.issues ?? []).map(toContentIssue),
    ),
  ).toEqual([
    `questions/salaries.json: figures[0] (id "us-x") field "source": source "NOPE" is not in this file's sources list`,
  ]);
});

test('an excluded figure must give its reason', () => {
  const raw = {
    ...salaries,
    figures: [
      figure({
        id: 'x',
        country: 'us',
        role: 'product-owner',
        min: 1,
        max: 1,
        source: 'GOOD',
        excluded: true,
      }),
    ],
  };
  expect(v.safeParse(SalaryDataSchema, raw).success).toBe(false);
});

test('roles.json must list every result type exactly once', () => {
  const [first, ...rest] = roles.types;
  if (!first) throw new Error('fixture has no types');
  const missing = v.safeParse(RolesContentSchema, { ...roles, types: rest });
  const doubled = v.safeParse(RolesContentSchema, { ...roles, types: [first, ...roles.types] });
  expect(missing.issues?.map((i) => i.message)).toEqual([
    'result type "product-manager" must appear exactly once (found 0)',
  ]);
  expect(doubled.issues?.map((i) => i.message)).toEqual([
    'result type "product-manager" must appear exactly once (found 2)',
  ]);
});

test('growth.json needs tips for all nine dimensions', () => {
  const eight = Object.fromEntries(
    Object.entries(growth.tips).filter(([d]) => d !== 'stakeholders'),
  );
  const parsed = v.safeParse(GrowthSchema, { ...growth, tips: eight });
  expect(parsed.issues?.map((i) => toContentIssue(i).path.join('.'))).toEqual([
    'tips.stakeholders',
  ]);
});

test('checkGuideSources names every growth.json key missing from roles.json sources', () => {
  const broken: Growth = {
    ...growth,
    caveats: [{ id: 'c', when: {}, text: 'T.', sources: ['S1', 'GHOST'] }],
  };
  expect(checkGuideSources(broken, roles)).toEqual([
    'questions/growth.json: caveats[0] (id "c") field "sources[1]": source "GHOST" is not in questions/roles.json sources',
  ]);
});

/* ----------------------------------------------------------------- salaries */

test.each([
  [{ min: 95000, max: 130000, currency: 'USD', period: 'year' }, '$95,000–$130,000 a year'],
  [{ min: 72000, max: 72000, currency: 'USD', period: 'year' }, '$72,000 a year'],
  [{ min: 70000, max: 70000, currency: 'GBP', period: 'year', openEnded: true }, '£70,000+ a year'],
  [
    { min: 120000, max: 200000, currency: 'USD', period: 'year', openEnded: true },
    '$120,000–$200,000+ a year',
  ],
  [{ min: 3900, max: 5200, currency: 'EUR', period: 'month' }, '€3,900–€5,200 a month'],
  [{ min: 4804.4, max: 4804.4, currency: 'EUR', period: 'month' }, '€4,804 a month'],
  [{ min: 73965, max: 73965, currency: 'EUR', period: 'year' }, '€73,965 a year'],
  // Intl puts a no-break space after the code, so "CHF" never wraps away from its number.
  [
    { min: 120000, max: 155000, currency: 'CHF', period: 'year' },
    'CHF\u00a0120,000–CHF\u00a0155,000 a year',
  ],
  [{ min: 9500, max: 9500, currency: 'CHF', period: 'month' }, 'CHF\u00a09,500 a month'],
] as const)('formatSalaryFigure(%j) is %j', (input, expected) => {
  expect(formatSalaryFigure(input)).toBe(expected);
});

test.each([
  ['all', null],
  ['entry', 'entry'],
  ['Level I (entry)', 'entry'],
  ['L3 (Associate PM)', 'entry'],
  ['Level III (mid)', 'mid'],
  ['Level V (senior)', 'senior'],
  ['Senior Lead', 'lead'],
  ['Level VI (director)', 'director'],
  ['L4', null],
  ['No staff responsibility', null],
])('seniority %j reads as %j', (seniority, level) => {
  expect(classifySeniority(seniority)).toBe(level);
});

/* ------------------------------------------------------------------- growth */

const growthFor = (input: Partial<GrowthInput>) =>
  selectGrowth(growth, roles, { type: 'balanced', skills: allNull, ...input });

test.each([
  [
    'lowest scores win',
    { market: 50, business: 0, discovery: 100, backlog: 25, strategy: 75 },
    ['business', 'backlog', 'market'],
  ],
  [
    'ties keep dimension order',
    { stakeholders: 0, data: 0, technical: 0, market: 0 },
    ['market', 'technical', 'data'],
  ],
  [
    'a tie at the cut-off',
    { delivery: 25, strategy: 0, backlog: 25, data: 25 },
    ['strategy', 'backlog', 'delivery'],
  ],
  ['fewer than three answered', { data: 100, market: 100 }, ['market', 'data']],
] as const)('focus: %s', (_name, answered, expected) => {
  const selection = growthFor({ skills: { ...allNull, ...answered } });
  expect(selection.focus.map((f) => f.dimension)).toEqual(expected);
  expect(selection.focus.map((f) => f.tips)).toEqual(expected.map((d) => growth.tips[d]));
  expect(selection).not.toHaveProperty('focusNote');
});

test.each(RESULT_TYPES)(
  'no practice answers (short mode): no tips for %s, and a note saying why',
  (type) => {
    const selection = growthFor({ type, skills: allNull });
    expect(selection.focus).toEqual([]);
    expect(selection.focusNote).toBe(FOCUS_NOTE_NO_PRACTICE);
  },
);

test('focus items carry practice scores and bank labels when given', () => {
  const selection = growthFor({
    skills: { ...allNull, data: 25 },
    dimensionLabels: { data: 'Data & metrics' },
  });
  expect(selection.focus).toEqual([
    { dimension: 'data', label: 'Data & metrics', practiceScore: 25, tips: growth.tips.data },
  ]);
});

test.each([
  ['product-owner', 'safe', ['popm', 'pspo-1', 'cspo', 'po-neutral']],
  ['product-owner', 'scrum', ['pspo-1', 'cspo', 'popm', 'po-neutral']],
  ['product-owner', 'kanban', ['po-neutral', 'pspo-1', 'cspo', 'popm']],
  ['customer-facing', undefined, ['po-neutral', 'pspo-1', 'cspo', 'popm']],
  ['product-manager', 'safe', ['popm', 'aipmm', 'pragmatic']],
  ['product-manager', 'scrum', ['aipmm', 'pragmatic', 'popm']],
  ['strategic-technical', 'prefer-not-to-say', ['aipmm', 'pragmatic', 'popm']],
  ['balanced', 'safe', ['popm', 'pspo-1', 'aipmm', 'cspo']],
  ['balanced', 'scrum', ['pspo-1', 'cspo', 'aipmm', 'pragmatic']],
  ['balanced', 'none', ['aipmm', 'pragmatic', 'po-neutral', 'pspo-1']],
] as const)('certifications for %s with framework %j', (type, framework, expected) => {
  const { certifications } = growthFor({ type, framework });
  expect(certifications.items.map((c) => c.id)).toEqual(expected);
  expect(certifications.caveat).toBe(growth.certificationCaveat);
});

test('books: focus dimensions first (lowest first), then the type; "also consider" books left out', () => {
  const { books, focus } = growthFor({
    type: 'product-owner',
    skills: { ...allNull, data: 0, market: 25, business: 50, backlog: 100 },
  });
  expect(focus.map((f) => f.dimension)).toEqual(['data', 'market', 'business']);
  expect(books.map((b) => b.title)).toEqual([
    'Strategy and data',
    'Market',
    'Backlog',
    'Delivery',
    'Technical',
  ]);
});

test('books: "also consider" books appear only when nothing else fits', () => {
  const onlyExtra: Growth = { ...growth, books: [book('Backlog', ['backlog']), bookBusinessExtra] };
  const selection = selectGrowth(onlyExtra, roles, { type: 'product-manager', skills: allNull });
  expect(selection.books.map((b) => b.title)).toEqual(['Business extra']);
});

test.each([
  ['product-owner', ['Moving toward the Product Manager role']],
  ['customer-facing', ['Moving toward the Product Manager role']],
  ['product-manager', ['Moving toward the Product Owner role']],
  ['strategic-technical', ['Moving toward the Product Owner role']],
  ['balanced', ['Moving toward the Product Manager role', 'Moving toward the Product Owner role']],
] as const)('moves for %s', (type, headings) => {
  const { moves, jobTitles } = growthFor({ type });
  expect(moves.map((m) => m.heading)).toEqual(headings);
  expect(moves.map((m) => m.steps)).toEqual(moves.map((m) => growth.moves[m.direction]));
  expect(jobTitles.titles).toEqual(growth.jobTitles[type]);
});

test.each([
  [{}, ['always']],
  [{ framework: 'scrum' }, ['always', 'scrum']],
  [{ framework: 'scrum', experience: 'none' }, ['always', 'scrum', 'new-to-scrum']],
  [{ experience: 'none' }, ['always']],
  [{ companySize: 'small' }, ['always', 'small-company']],
  [{ companySize: 'large' }, ['always']],
  [
    {
      framework: 'prefer-not-to-say',
      companySize: 'prefer-not-to-say',
      experience: 'prefer-not-to-say',
    },
    ['always'],
  ],
  [{ framework: undefined, companySize: 'startup' }, ['always', 'small-company']],
])('caveats for %j', (context, expected) => {
  expect(growthFor(context).caveats.map((c) => c.id)).toEqual(expected);
});

test('cited sources are resolved from roles.json once each', () => {
  const selection = growthFor({ type: 'product-owner', skills: { ...allNull, data: 0 } });
  expect(selection.sources).toEqual(roles.sources);
});

test('the practice focus is the same whatever the result type', () => {
  const skills = { ...allNull, market: 0, strategy: 25, data: 50, backlog: 75 };
  const foci = RESULT_TYPES.map((type) =>
    growthFor({ type, skills }).focus.map((f) => f.dimension),
  );
  expect(new Set(foci.map((f) => f.join()))).toEqual(new Set(['market,strategy,data']));
});
