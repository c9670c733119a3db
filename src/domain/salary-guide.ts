// The salary part of the results guide: which figures to show for the taker's country and experience.
import * as v from 'valibot';
import type { Source } from './guide-fields';
import {
  CountryIdSchema,
  ExperienceIdSchema,
  SALARY_ROLES,
  SOURCE_GRADES,
  type CountryId,
  type Currency,
  type ExperienceId,
  type PayType,
  type SalaryRole,
  type SourceGrade,
} from './guide-ids';
import type { SalaryData, SalaryFigure } from './salary-schema';

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
  const countryId = v.is(CountryIdSchema, country) ? country : null;
  const countryName = isDataCountry(countryId) ? COUNTRY_NAMES[countryId] : null;
  const levels = v.is(ExperienceIdSchema, experience) ? EXPERIENCE_LEVELS[experience] : [];

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
