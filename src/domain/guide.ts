import {
  CountryIdSchema,
  ExperienceIdSchema,
  SALARY_ROLES,
  SOURCE_GRADES,
  type Book,
  type Caveat,
  type Certification,
  type CountryId,
  type Currency,
  type ExperienceId,
  type Growth,
  type MoveStep,
  type PayType,
  type RolesContent,
  type SalaryData,
  type SalaryFigure,
  type SalaryRole,
  type Source,
  type SourceGrade,
  type Tip,
} from './guide-schema';
import type { ResultType } from './result-types';
import { DIMENSION_IDS, PREFER_NOT_TO_SAY } from './ids';
import type { DimensionId } from './schema';

/* ------------------------------------------------------------------ salaries */

/** A country that can have salary rows (every answer except 'other'). */
export type DataCountryId = Exclude<CountryId, 'other'>;

/** Country names as the context question labels them; 'other' has no name of its own. */
export const COUNTRY_NAMES: Readonly<Record<DataCountryId, string>> = {
  us: 'United States',
  gb: 'United Kingdom',
  de: 'Germany',
  nl: 'Netherlands',
  ca: 'Canada',
  au: 'Australia',
  in: 'India',
  ch: 'Switzerland',
};

/** Heading of the US block shown when the chosen country has no figures. */
export const US_REFERENCE_HEADING = 'US reference (USD)';

/** Heading of the no-data block when the country has no name to show. */
export const UNNAMED_COUNTRY_HEADING = 'Your country';

/** Role names used in salary headings. */
export const SALARY_ROLE_NAMES: Readonly<Record<SalaryRole, string>> = {
  'product-manager': 'Product Manager',
  'product-owner': 'Product Owner',
};

/** Plain words for each pay type, shown next to every figure (docs/salary-rules.md, display rule 1). */
export const PAY_TYPE_LABELS: Readonly<Record<PayType, string>> = {
  illustrative: 'illustrative range',
  average: 'average',
  mean: 'mean',
  median: 'median',
  base: 'base salary',
  total: 'total pay',
  advertised: 'advertised salary',
  range: 'range',
  'percentile-range': 'percentile range',
};

/** Seniority bands a free-text seniority can be read as; null when it names no band ('all', 'L4'). */
export type SeniorityLevel = 'entry' | 'mid' | 'senior' | 'lead' | 'director';

// Experience only picks which level rows to highlight (docs/salary-rules.md, "Experience").
const EXPERIENCE_LEVELS: Readonly<Record<ExperienceId, readonly SeniorityLevel[]>> = {
  none: ['entry'],
  'under-2': ['entry'],
  '2-5': ['mid'],
  '5-10': ['senior'],
  'over-10': ['lead', 'director', 'senior'],
};

/** One figure ready to show, with everything docs/salary-rules.md requires beside it. */
export interface SalaryRow {
  id: string;
  role: SalaryRole;
  countryId: DataCountryId;
  country: string;
  seniority: string;
  seniorityLevel: SeniorityLevel | null;
  payType: PayType;
  payTypeLabel: string;
  period: 'year' | 'month';
  currency: Currency;
  min: number;
  max: number;
  isOpenEnded: boolean;
  isCurrencyUncertain: boolean;
  isProxy: boolean;
  /** The figure in the source's currency, e.g. "$95,000–$130,000 a year". */
  figure: string;
  /** As the source dates it; "n.d." when undated. */
  year: string;
  sourceKey: string;
  sourceName: string;
  sourceGrade: SourceGrade;
  sourceUrl: string | null;
  /** Short flags to show as badges: "Proxy", "Currency unconfirmed". */
  labels: string[];
  note?: string;
  /** Matches the experience answer. Never changes the figure. */
  highlighted: boolean;
}

/** A level or proxy with no figure inside a role that has other figures. */
export interface SalaryLevelGap {
  label: string;
  reason: string;
  isProxy: boolean;
}

/** One role's rows in one country block. */
export interface SalaryRoleBlock {
  role: SalaryRole;
  roleName: string;
  rows: SalaryRow[];
  noData: boolean;
  noDataReason?: string;
  gaps: SalaryLevelGap[];
}

/** One country block: the chosen country, or the US reference. */
export interface SalaryGroup {
  heading: string;
  country: string;
  countryId: CountryId | null;
  isReference: boolean;
  currencyNote?: string;
  roles: SalaryRoleBlock[];
}

/** What the salary section shows for one set of answers. */
export interface SalarySelection {
  checkedOn: string;
  countryId: CountryId | null;
  countryName: string | null;
  groups: SalaryGroup[];
  notes: string[];
}

/** Context answers that shape the salary section; raw answer strings are accepted and checked. */
export interface SalaryInput {
  country?: string | undefined;
  experience?: string | undefined;
}

const currencyFormat = (currency: Currency) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });

/** Formats a figure in its own currency: "$95,000–$130,000 a year", "£70,000+ a year", "€4,804 a month". */
export function formatSalaryFigure(
  figure: Pick<SalaryFigure, 'min' | 'max' | 'currency' | 'period' | 'openEnded'>,
): string {
  const format = currencyFormat(figure.currency);
  const amount =
    figure.min === figure.max
      ? format.format(figure.min)
      : `${format.format(figure.min)}–${format.format(figure.max)}`;
  const plus = figure.openEnded === true ? '+' : '';
  return `${amount}${plus} ${figure.period === 'month' ? 'a month' : 'a year'}`;
}

/** Reads a source's free-text seniority as a band, or null when it names none. */
export function classifySeniority(seniority: string): SeniorityLevel | null {
  const s = seniority.toLowerCase();
  if (/\b(director|vp)\b/.test(s)) return 'director';
  if (/\b(lead|principal)\b/.test(s)) return 'lead';
  if (/\bsenior\b/.test(s)) return 'senior';
  if (/\bmid\b/.test(s)) return 'mid';
  if (/\b(entry|junior|associate)\b/.test(s)) return 'entry';
  return null;
}

const gradeRank = (grade: SourceGrade) => SOURCE_GRADES.indexOf(grade);

function toRow(
  figure: SalaryFigure,
  sources: ReadonlyMap<string, Source>,
  levels: readonly SeniorityLevel[],
): SalaryRow {
  const source = sources.get(figure.source);
  // The schema guarantees this; fail loudly rather than show a figure without provenance.
  if (!source)
    throw new Error(`Salary figure "${figure.id}" cites unknown source "${figure.source}"`);
  const seniorityLevel = classifySeniority(figure.seniority);
  const labels = [
    ...(figure.proxy === true ? ['Proxy'] : []),
    ...(figure.currencyUncertain === true ? ['Currency unconfirmed'] : []),
  ];
  return {
    id: figure.id,
    role: figure.role,
    countryId: figure.country,
    country: COUNTRY_NAMES[figure.country],
    seniority: figure.seniority,
    seniorityLevel,
    payType: figure.payType,
    payTypeLabel: PAY_TYPE_LABELS[figure.payType],
    period: figure.period,
    currency: figure.currency,
    min: figure.min,
    max: figure.max,
    isOpenEnded: figure.openEnded === true,
    isCurrencyUncertain: figure.currencyUncertain === true,
    isProxy: figure.proxy === true,
    figure: formatSalaryFigure(figure),
    year: figure.year,
    sourceKey: source.key,
    sourceName: source.name,
    sourceGrade: source.grade,
    sourceUrl: source.url,
    labels,
    ...(figure.note === undefined ? {} : { note: figure.note }),
    highlighted: seniorityLevel !== null && levels.includes(seniorityLevel),
  };
}

const compareRows = (a: SalaryRow, b: SalaryRow) =>
  Number(b.highlighted) - Number(a.highlighted) ||
  gradeRank(a.sourceGrade) - gradeRank(b.sourceGrade) ||
  a.min - b.min;

function describeCurrencies(rows: readonly SalaryRow[], isReference: boolean): string | undefined {
  const currencies = [...new Set(rows.map((r) => r.currency))].sort();
  if (currencies.length === 0) return undefined;
  if (isReference)
    return 'US figures in US dollars, for reference only. They are not converted or adjusted for any other country.';
  if (currencies.length === 1)
    return `Figures in ${currencies.join('')}, as the source reports them; nothing is converted.`;
  return `Figures in the currency each source reports (${currencies.join(', ')}); nothing is converted.`;
}

function buildGroup(
  data: SalaryData,
  country: DataCountryId,
  rows: readonly SalaryRow[],
  isReference: boolean,
): SalaryGroup {
  const roles = SALARY_ROLES.map((role): SalaryRoleBlock => {
    const roleRows = rows
      .filter((r) => r.countryId === country && r.role === role)
      .sort(compareRows);
    const gaps = data.gaps.filter((g) => g.country === country && g.role === role);
    const roleGap = gaps.find((g) => g.seniority === undefined && g.proxy !== true);
    const roleName = SALARY_ROLE_NAMES[role];
    const levelGaps = gaps
      .filter((g) => g !== roleGap)
      .map((g) => ({
        label: g.label ?? `${capitalise(g.seniority ?? 'some levels')} ${roleName}`,
        reason: g.reason,
        isProxy: g.proxy === true,
      }));
    if (roleRows.length > 0)
      return { role, roleName, rows: roleRows, noData: false, gaps: levelGaps };
    return {
      role,
      roleName,
      rows: [],
      noData: true,
      noDataReason: roleGap?.reason ?? 'no source found',
      gaps: levelGaps,
    };
  });
  const shownRows = roles.flatMap((r) => r.rows);
  const currencyNote = describeCurrencies(shownRows, isReference);
  return {
    heading: isReference ? US_REFERENCE_HEADING : COUNTRY_NAMES[country],
    country: COUNTRY_NAMES[country],
    countryId: country,
    isReference,
    ...(currencyNote === undefined ? {} : { currencyNote }),
    roles,
  };
}

function buildNoDataGroup(countryId: CountryId | null, countryName: string | null): SalaryGroup {
  const name = countryName ?? UNNAMED_COUNTRY_HEADING;
  const reason =
    countryId === null
      ? 'no country chosen, so there are no local figures to show'
      : 'no salary figures found for this country';
  return {
    heading: name,
    country: name,
    countryId,
    isReference: false,
    roles: SALARY_ROLES.map((role) => ({
      role,
      roleName: SALARY_ROLE_NAMES[role],
      rows: [],
      noData: true,
      noDataReason: reason,
      gaps: [],
    })),
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const isDataCountry = (id: CountryId | null): id is DataCountryId => id !== null && id !== 'other';

/** Picks the salary rows to show for a country and experience answer; never converts, combines or predicts (docs/salary-rules.md). */
export function selectSalaries(
  data: SalaryData,
  { country, experience }: SalaryInput,
): SalarySelection {
  const parsedCountry = CountryIdSchema.safeParse(country);
  const countryId = parsedCountry.success ? parsedCountry.data : null;
  const countryName = isDataCountry(countryId) ? COUNTRY_NAMES[countryId] : null;
  const parsedExperience = ExperienceIdSchema.safeParse(experience);
  const levels = parsedExperience.success ? EXPERIENCE_LEVELS[parsedExperience.data] : [];

  const sources = new Map(data.sources.map((s) => [s.key, s]));
  // Rule 6: excluded figures stay in the file for the record and never reach a screen.
  const rows = data.figures
    .filter((f) => f.excluded !== true)
    .map((f) => toRow(f, sources, levels));

  let groups: SalaryGroup[];
  if (
    isDataCountry(countryId) &&
    (countryId === 'us' || rows.some((r) => r.countryId === countryId))
  ) {
    groups = [buildGroup(data, countryId, rows, false)];
  } else {
    // No local figures: say so for the country itself, then show the US rows as a labelled reference.
    const own = isDataCountry(countryId)
      ? buildGroup(data, countryId, rows, false)
      : buildNoDataGroup(countryId, countryName);
    groups = [own, buildGroup(data, 'us', rows, true)];
  }

  const isAnyHighlighted = groups.some((g) =>
    g.roles.some((r) => r.rows.some((row) => row.highlighted)),
  );
  return {
    checkedOn: data.checkedOn,
    countryId,
    countryName,
    groups,
    notes: [
      ...data.notes,
      ...(isAnyHighlighted
        ? [
            'Highlighted rows match the experience you gave. They are published figures for that level, not an estimate of your pay.',
          ]
        : []),
    ],
  };
}

/* -------------------------------------------------------------------- growth */

/** The two directions of the growth guide's "moving between roles" section. */
export type MoveDirection = keyof Growth['moves'];

/** Context and practice answers that shape the growth guide; raw answer strings are accepted. */
export interface GrowthInput {
  type: ResultType;
  /** Practice-frequency scores 0..100, null where unanswered (Scores.skills). */
  skills: Readonly<Partial<Record<DimensionId, number | null>>>;
  framework?: string | undefined;
  companySize?: string | undefined;
  experience?: string | undefined;
  /** Dimension labels from the bank, to put on focus items. */
  dimensionLabels?: Readonly<Partial<Record<DimensionId, string>>> | undefined;
}

/** A dimension picked for practice tips, with its practice score. */
export interface GrowthFocus {
  dimension: DimensionId;
  label?: string;
  practiceScore: number;
  tips: Tip[];
}

/** One direction of movement between the roles. */
export interface MovePlan {
  direction: MoveDirection;
  heading: string;
  steps: MoveStep[];
}

/** Everything the growth guide shows for one result. */
export interface GrowthSelection {
  focus: GrowthFocus[];
  focusNote?: string;
  certifications: { items: Certification[]; caveat: string; caveatSources: string[] };
  books: Book[];
  moves: MovePlan[];
  jobTitles: { titles: string[]; sources: string[] };
  caveats: Caveat[];
  /** Every source cited above, in first-cited order, resolved from roles.json. */
  sources: Source[];
}

/** How many dimensions get practice tips. */
export const FOCUS_COUNT = 3;
/** Most certifications listed. */
export const MAX_CERTIFICATIONS = 4;
/** Most books listed. */
export const MAX_BOOKS = 5;

/** Shown instead of tips when no practice question was answered (the short quiz has none). */
export const FOCUS_NOTE_NO_PRACTICE =
  'Practice tips are picked from your answers to the practice questions, which only the full quiz asks. Take the full quiz to see tips for the skills you use least.';

type Lean = 'product-manager' | 'product-owner' | 'both';

const LEAN: Readonly<Record<ResultType, Lean>> = {
  'product-manager': 'product-manager',
  'strategic-technical': 'product-manager',
  'product-owner': 'product-owner',
  'customer-facing': 'product-owner',
  balanced: 'both',
};

// Dimensions each type's work centres on (docs/roles.md); used only to rank books.
const TYPE_DIMENSIONS: Readonly<Record<ResultType, readonly DimensionId[]>> = {
  'product-manager': ['market', 'business', 'strategy', 'discovery'],
  'product-owner': ['backlog', 'delivery', 'technical'],
  'strategic-technical': ['strategy', 'technical', 'data'],
  'customer-facing': ['discovery', 'backlog', 'delivery', 'stakeholders'],
  balanced: DIMENSION_IDS,
};

const MOVES: Readonly<Record<Lean, readonly MoveDirection[]>> = {
  'product-owner': ['toward-product-manager'],
  'product-manager': ['toward-product-owner'],
  both: ['toward-product-manager', 'toward-product-owner'],
};

const answered = (value: string | undefined) =>
  value === undefined || value === PREFER_NOT_TO_SAY ? undefined : value;

/** The dimensions with the lowest practice scores, lowest first; ties keep DIMENSION_IDS order. Never from scenario choices (docs/roles.md, "Growth guide"). */
export function selectFocusDimensions(
  skills: Readonly<Partial<Record<DimensionId, number | null>>>,
  count = FOCUS_COUNT,
): { dimension: DimensionId; practiceScore: number }[] {
  return DIMENSION_IDS.flatMap((dimension, order) => {
    const practiceScore = skills[dimension];
    return practiceScore === null || practiceScore === undefined
      ? []
      : [{ dimension, practiceScore, order }];
  })
    .sort((a, b) => a.practiceScore - b.practiceScore || a.order - b.order)
    .slice(0, count)
    .map(({ dimension, practiceScore }) => ({ dimension, practiceScore }));
}

/** Certifications for a result and framework: lean first filters, framework then orders (docs/roles.md, "Growth guide"). */
export function selectCertifications(
  growth: Growth,
  type: ResultType,
  framework: string | undefined,
): Certification[] {
  const lean = LEAN[type];
  const { certificationPairing: pairing } = growth;
  const pairingOrder =
    lean === 'both'
      ? interleave(pairing['product-owner'], pairing['product-manager'])
      : pairing[lean];
  const fw = answered(framework);
  // The framework's own credentials first; after that the pairing order decides, so a balanced
  // result keeps certifications from both lists.
  const tier = (c: Certification) => {
    if (fw === 'safe') return c.frameworks.includes('safe') || pairing.safe.includes(c.id) ? 0 : 1;
    if (fw === 'scrum') return c.frameworks.includes('scrum') ? 0 : 1;
    return c.frameworks.length === 0 ? 0 : 1;
  };
  const pairRank = (c: Certification) => {
    const i = pairingOrder.indexOf(c.id);
    return i === -1 ? pairingOrder.length : i;
  };
  return growth.certifications
    .map((c, order) => ({ c, order }))
    .filter(({ c }) => lean === 'both' || c.pointsTo === lean || c.pointsTo === 'both')
    .sort((a, b) => tier(a.c) - tier(b.c) || pairRank(a.c) - pairRank(b.c) || a.order - b.order)
    .slice(0, MAX_CERTIFICATIONS)
    .map(({ c }) => c);
}

/** Books for the focus dimensions first, then for the type; "also consider" books only when nothing else fits. */
export function selectBooks(
  growth: Growth,
  type: ResultType,
  focus: readonly DimensionId[],
): Book[] {
  const typeDimensions = TYPE_DIMENSIONS[type];
  const ranked = growth.books
    .map((book, order) => {
      const focusHits = book.dimensions.filter((d) => focus.includes(d));
      const firstFocus =
        focusHits.length === 0 ? focus.length : Math.min(...focusHits.map((d) => focus.indexOf(d)));
      const fitsType = book.dimensions.some((d) => typeDimensions.includes(d));
      return { book, order, focusHits: focusHits.length, firstFocus, fitsType };
    })
    .filter((b) => b.focusHits > 0 || b.fitsType)
    .sort(
      (a, b) =>
        Number(b.focusHits > 0) - Number(a.focusHits > 0) ||
        a.firstFocus - b.firstFocus ||
        b.focusHits - a.focusHits ||
        a.order - b.order,
    );
  const sourced = ranked.filter((b) => b.book.alsoConsider !== true);
  return (sourced.length > 0 ? sourced : ranked).slice(0, MAX_BOOKS).map((b) => b.book);
}

/** Caveats whose every condition matches the context answers; unanswered or 'prefer-not-to-say' never matches. */
export function selectCaveats(
  growth: Growth,
  context: Pick<GrowthInput, 'framework' | 'companySize' | 'experience'>,
): Caveat[] {
  const matches = (allowed: readonly string[] | undefined, value: string | undefined) => {
    if (allowed === undefined) return true;
    const answer = answered(value);
    return answer !== undefined && allowed.some((a) => a === answer);
  };
  return growth.caveats.filter(
    (c) =>
      matches(c.when.framework, context.framework) &&
      matches(c.when['company-size'], context.companySize) &&
      matches(c.when.experience, context.experience),
  );
}

/** The growth guide for one result: practice tips, certifications, books, role moves, job titles and caveats (docs/roles.md, "Growth guide"). */
export function selectGrowth(
  growth: Growth,
  roles: RolesContent,
  input: GrowthInput,
): GrowthSelection {
  const { type, skills, framework, dimensionLabels } = input;
  const focus = selectFocusDimensions(skills).map(({ dimension, practiceScore }): GrowthFocus => {
    const label = dimensionLabels?.[dimension];
    return {
      dimension,
      ...(label === undefined ? {} : { label }),
      practiceScore,
      tips: growth.tips[dimension],
    };
  });
  const certifications = {
    items: selectCertifications(growth, type, framework),
    caveat: growth.certificationCaveat,
    caveatSources: growth.certificationCaveatSources,
  };
  const books = selectBooks(
    growth,
    type,
    focus.map((f) => f.dimension),
  );
  const roleName = (id: SalaryRole) =>
    roles.types.find((t) => t.id === id)?.shortName ?? SALARY_ROLE_NAMES[id];
  const moves = MOVES[LEAN[type]].map((direction): MovePlan => ({
    direction,
    heading: `Moving toward the ${roleName(direction === 'toward-product-manager' ? 'product-manager' : 'product-owner')} role`,
    steps: growth.moves[direction],
  }));
  const jobTitles = { titles: growth.jobTitles[type], sources: growth.jobTitlesSources[type] };
  const caveats = selectCaveats(growth, input);

  const cited = [
    ...focus.flatMap((f) => f.tips.flatMap((t) => t.sources)),
    ...certifications.items.flatMap((c) => c.sources),
    ...certifications.caveatSources,
    ...books.flatMap((b) => b.sources),
    ...moves.flatMap((m) => m.steps.flatMap((s) => s.sources)),
    ...jobTitles.sources,
    ...caveats.flatMap((c) => c.sources),
  ];
  const byKey = new Map(roles.sources.map((s) => [s.key, s]));
  const sources = [...new Set(cited)].flatMap((key) => {
    const source = byKey.get(key);
    return source ? [source] : [];
  });

  return {
    focus,
    ...(focus.length === 0 ? { focusNote: FOCUS_NOTE_NO_PRACTICE } : {}),
    certifications,
    books,
    moves,
    jobTitles,
    caveats,
    sources,
  };
}

function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i];
    const y = b[i];
    if (x !== undefined) out.push(x);
    if (y !== undefined) out.push(y);
  }
  return out;
}
