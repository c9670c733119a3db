// Which role pays more where the taker lives: one comparable line per role, on the same basis, and a
// plain sentence that answers the question or says why it cannot (docs/salary-rules.md, "Comparison").
import * as v from 'valibot';
import type { Source } from './guide-fields';
import {
  CountryIdSchema,
  ExperienceIdSchema,
  SALARY_ROLES,
  SOURCE_GRADES,
  type CountryId,
  type ExperienceId,
  type PayBasis,
  type SalaryRole,
  type SourceGrade,
} from './guide-ids';
import {
  COUNTRY_NAMES,
  PAY_TYPE_LABELS,
  SALARY_ROLE_NAMES,
  classifySeniority,
  formatSalaryFigure,
  type DataCountryId,
  type SalaryInput,
  type SeniorityLevel,
} from './salary-guide';
import type { SalaryData, SalaryFigure } from './salary-schema';

/** Within this many percent the two roles "earn about the same". */
export const SAME_PAY_MARGIN = 5;

/** Country names as they read inside a sentence ("In the Netherlands, …"). */
export const COUNTRY_IN_SENTENCE: Readonly<Record<DataCountryId, string>> = {
  ...COUNTRY_NAMES,
  us: 'the United States',
  gb: 'the United Kingdom',
  nl: 'the Netherlands',
};

/** A seniority band a comparison can be made in: one level, or all levels together. */
export type ComparisonBand = SeniorityLevel | 'all';

/** Bands in the order the comparison falls back to when the taker's band has no pair. */
const BAND_ORDER: readonly ComparisonBand[] = ['all', 'entry', 'mid', 'senior', 'lead', 'director'];

/** The bands that match each experience answer, best first. */
export const EXPERIENCE_BANDS: Readonly<Record<ExperienceId, readonly SeniorityLevel[]>> = {
  none: ['entry'],
  'under-2': ['entry'],
  '2-5': ['mid'],
  '5-10': ['senior'],
  'over-10': ['lead', 'senior', 'director'],
};

/** How a band is named in sentences and lines. */
export const BAND_LABELS: Readonly<Record<ComparisonBand, string>> = {
  all: 'all levels',
  entry: 'entry level',
  mid: 'mid level',
  senior: 'senior level',
  lead: 'lead level',
  director: 'director level',
};

const PAY_BASIS_LABELS: Readonly<Record<PayBasis, string>> = {
  base: 'base pay',
  total: 'total pay',
  unstated: 'base or total not stated',
};

// Only single numbers that name their statistic can be compared; ranges and ad data cannot.
const COMPARABLE_STATISTICS: Readonly<Partial<Record<SalaryFigure['payType'], string>>> = {
  median: 'median',
  mean: 'average',
  average: 'average',
  base: 'average',
};

/** One role's line in a comparison: the yearly figure used, with its provenance. */
export interface PayLine {
  figureId: string;
  role: SalaryRole;
  roleName: string;
  /** The yearly amount the comparison uses, in the source's currency. */
  yearly: number;
  /** The yearly amount formatted, e.g. "€57,648 a year". */
  figure: string;
  /** How a monthly base figure became yearly, e.g. "€4,804 a month × 12"; null when published yearly. */
  conversion: string | null;
  band: ComparisonBand;
  /** "all levels", "senior level". */
  bandLabel: string;
  /** The seniority as the source words it. */
  seniority: string;
  /** "median base pay", "average base pay". */
  basis: string;
  year: string;
  sourceName: string;
  sourceUrl: string | null;
  sourceGrade: SourceGrade;
  note?: string;
}

/** Who earns more, and by how much, in whole percent of the lower figure. */
export type PayVerdict =
  { kind: 'pm-more' | 'po-more'; percent: number } | { kind: 'about-same'; percent: number };

/** A comparison that could be made. */
export interface PayComparison {
  pm: PayLine;
  po: PayLine;
  verdict: PayVerdict;
  band: ComparisonBand;
  /** Whether the band is the one that matches the taker's experience. */
  isExperienceBand: boolean;
  /** Both lines come from the same source (same method). */
  isSameSource: boolean;
}

/** A figure in the "More sources" list: as published, with its provenance. Undated figures never appear. */
export interface MoreSourceRow {
  id: string;
  role: SalaryRole;
  roleName: string;
  figure: string;
  seniority: string;
  /** "median · base pay", "range · pay (base or total not stated)". */
  measure: string;
  year: string;
  sourceName: string;
  sourceUrl: string | null;
  sourceGrade: SourceGrade;
  /** Short flags: "Proxy", "Currency unconfirmed". */
  labels: string[];
  note?: string;
}

/** One role's figures under "More sources". */
export interface MoreSourceGroup {
  role: SalaryRole;
  roleName: string;
  rows: MoreSourceRow[];
}

/** What the pay section shows for one set of answers. */
export interface SalaryView {
  countryId: DataCountryId;
  country: string;
  /** Set when the taker's country has no data and another country is shown for reference. */
  intro: string | null;
  /** The answer in one sentence: who earns more and by how much, about the same, or why we cannot say. */
  sentence: string;
  comparison: PayComparison | null;
  /** How the band was chosen, in words; null when there is no comparison. */
  bandNote: string | null;
  /** Set when the two lines come from different sources, whose methods differ. */
  sourceNote: string | null;
  /** The other dated figures, one group per role that has any; Product Manager first. */
  moreSources: MoreSourceGroup[];
  /** How many figures "More sources" lists. */
  moreSourceCount: number;
  /** How many figures for this country were left out because their source gives no year. */
  undatedCount: number;
  notes: string[];
  checkedOn: string;
}

const isDated = (f: SalaryFigure) => f.year !== 'n.d.';

const gradeRank = (grade: SourceGrade) => SOURCE_GRADES.indexOf(grade);

const bandOf = (f: SalaryFigure): ComparisonBand | null =>
  f.seniority.trim().toLowerCase() === 'all' ? 'all' : classifySeniority(f.seniority);

/** A figure the comparison may use: dated, a single yearly (or monthly base) number, base pay, no proxy. */
export function isComparableFigure(f: SalaryFigure): boolean {
  return (
    f.excluded !== true &&
    f.proxy !== true &&
    f.currencyUncertain !== true &&
    f.openEnded !== true &&
    isDated(f) &&
    f.min === f.max &&
    f.pay === 'base' &&
    COMPARABLE_STATISTICS[f.payType] !== undefined &&
    bandOf(f) !== null
  );
}

function sourceOf(sources: ReadonlyMap<string, Source>, f: SalaryFigure): Source {
  const source = sources.get(f.source);
  // The schema guarantees this; fail loudly rather than show a figure without provenance.
  if (!source) throw new Error(`Salary figure "${f.id}" cites unknown source "${f.source}"`);
  return source;
}

function toLine(f: SalaryFigure, source: Source): PayLine {
  const yearly = f.period === 'month' ? f.min * 12 : f.min;
  return {
    figureId: f.id,
    role: f.role,
    roleName: SALARY_ROLE_NAMES[f.role],
    yearly,
    figure: formatSalaryFigure({ ...f, min: yearly, max: yearly, period: 'year' }),
    conversion:
      f.period === 'month' ? `${formatSalaryFigure(f).replace(' a month', '')} a month × 12` : null,
    band: bandOf(f) ?? 'all',
    bandLabel: BAND_LABELS[bandOf(f) ?? 'all'],
    seniority: f.seniority,
    basis: `${COMPARABLE_STATISTICS[f.payType] ?? ''} base pay`.trim(),
    year: f.year,
    sourceName: source.name,
    sourceUrl: source.url,
    sourceGrade: source.grade,
    ...(f.note === undefined ? {} : { note: f.note }),
  };
}

/** Who earns more and by how much: the gap in whole percent of the lower figure. */
export function judgePay(pm: number, po: number, margin = SAME_PAY_MARGIN): PayVerdict {
  const low = Math.min(pm, po);
  const percent = low > 0 ? Math.round((Math.abs(pm - po) / low) * 100) : 0;
  if (percent < margin) return { kind: 'about-same', percent };
  return { kind: pm > po ? 'pm-more' : 'po-more', percent };
}

interface Pair {
  pm: SalaryFigure;
  po: SalaryFigure;
  band: ComparisonBand;
}

function pickPair(
  figures: readonly SalaryFigure[],
  sources: ReadonlyMap<string, Source>,
  preferred: readonly SeniorityLevel[],
): Pair | null {
  const pms = figures.filter((f) => f.role === 'product-manager');
  const pos = figures.filter((f) => f.role === 'product-owner');
  const pairs: Pair[] = [];
  for (const pm of pms)
    for (const po of pos) {
      const band = bandOf(pm);
      if (
        band !== null &&
        band === bandOf(po) &&
        pm.currency === po.currency &&
        COMPARABLE_STATISTICS[pm.payType] === COMPARABLE_STATISTICS[po.payType]
      )
        pairs.push({ pm, po, band });
    }
  const bandRank = (band: ComparisonBand) => {
    const i = preferred.indexOf(band as SeniorityLevel);
    return i >= 0 ? i : preferred.length + BAND_ORDER.indexOf(band);
  };
  const score = (p: Pair) =>
    gradeRank(sourceOf(sources, p.pm).grade) + gradeRank(sourceOf(sources, p.po).grade);
  const sorted = [...pairs].sort(
    (a, b) =>
      bandRank(a.band) - bandRank(b.band) ||
      Number(b.pm.source === b.po.source) - Number(a.pm.source === a.po.source) ||
      score(a) - score(b) ||
      b.pm.year.localeCompare(a.pm.year) ||
      a.pm.id.localeCompare(b.pm.id) ||
      a.po.id.localeCompare(b.po.id),
  );
  return sorted[0] ?? null;
}

const yearsOf = (a: PayLine, b: PayLine) =>
  a.year === b.year ? a.year : `${a.year} and ${b.year}`;

/** The answer sentence for a comparison, e.g. "In Germany, Product Managers earn about 12% more than Product Owners (median base pay, all levels, 2025)." */
export function describeComparison(country: string, c: PayComparison): string {
  const basis = c.pm.basis === c.po.basis ? c.pm.basis : `${c.pm.basis} and ${c.po.basis}`;
  const tail = `(${basis}, ${BAND_LABELS[c.band]}, ${yearsOf(c.pm, c.po)})`;
  const { verdict } = c;
  if (verdict.kind === 'about-same')
    return `In ${country}, Product Managers and Product Owners earn about the same: within ${SAME_PAY_MARGIN}% of each other ${tail}.`;
  const [more, less] =
    verdict.kind === 'pm-more'
      ? ['Product Managers', 'Product Owners']
      : ['Product Owners', 'Product Managers'];
  return `In ${country}, ${more} earn about ${verdict.percent}% more than ${less} ${tail}.`;
}

function describeGap(
  data: SalaryData,
  country: DataCountryId,
  role: SalaryRole,
  all: readonly SalaryFigure[],
): string | null {
  const name = SALARY_ROLE_NAMES[role];
  const mine = all.filter((f) => f.role === role);
  if (mine.length === 0) {
    const gap = data.gaps.find(
      (g) =>
        g.country === country && g.role === role && g.seniority === undefined && g.proxy !== true,
    );
    return gap?.reason ?? `we found no published ${name} pay figure there`;
  }
  if (!mine.some(isDated)) return `none of the ${name} figures we found there gives a year`;
  if (!mine.some(isComparableFigure))
    return `none of the dated ${name} figures there is a single base-pay number`;
  return null;
}

function whyNot(data: SalaryData, country: DataCountryId, all: readonly SalaryFigure[]): string {
  // One reason is enough: the first role that blocks the comparison, Product Owner first.
  const reason =
    describeGap(data, country, 'product-owner', all) ??
    describeGap(data, country, 'product-manager', all);
  if (reason !== null) return reason;
  return 'the dated base-pay figures for the two roles are not for the same level, statistic or currency';
}

function toMoreSource(f: SalaryFigure, source: Source): MoreSourceRow {
  return {
    id: f.id,
    role: f.role,
    roleName: SALARY_ROLE_NAMES[f.role],
    figure: formatSalaryFigure(f),
    seniority: f.seniority === 'all' ? 'all levels' : f.seniority,
    // A 'base' or 'total' pay type already names the basis; say it once.
    measure:
      f.payType === 'base' || f.payType === 'total'
        ? PAY_BASIS_LABELS[f.pay]
        : `${PAY_TYPE_LABELS[f.payType]} · ${PAY_BASIS_LABELS[f.pay]}`,
    year: f.year,
    sourceName: source.name,
    sourceUrl: source.url,
    sourceGrade: source.grade,
    labels: [
      ...(f.proxy === true ? ['Proxy'] : []),
      ...(f.currencyUncertain === true ? ['Currency unconfirmed'] : []),
    ],
    ...(f.note === undefined ? {} : { note: f.note }),
  };
}

function describeBand(c: PayComparison, experience: ExperienceId | null): string {
  if (c.isExperienceBand)
    return `Compared at ${BAND_LABELS[c.band]}, which matches the experience you gave.`;
  if (experience === null) return `Compared across ${BAND_LABELS[c.band]}.`;
  return `No figures for both roles at your experience level, so this compares ${BAND_LABELS[c.band]}.`;
}

const isDataCountry = (id: CountryId | null): id is DataCountryId => id !== null && id !== 'other';

/** The pay section for a country and experience answer: one comparable line per role and the answer sentence, or why there is none (docs/salary-rules.md). */
export function compareSalaries(
  data: SalaryData,
  { country, experience }: SalaryInput,
): SalaryView {
  const answered = v.is(CountryIdSchema, country) ? country : null;
  const experienceId = v.is(ExperienceIdSchema, experience) ? experience : null;
  const countryId: DataCountryId = isDataCountry(answered) ? answered : 'us';
  const name = COUNTRY_IN_SENTENCE[countryId];
  const intro = isDataCountry(answered)
    ? null
    : answered === 'other'
      ? `We have no figures for your country, so here are the figures for ${name}, for reference only.`
      : `You did not say where you work, so here are the figures for ${name}, for reference only.`;

  const sources = new Map(data.sources.map((s) => [s.key, s]));
  // Excluded figures stay in the file for the record and never reach a screen (display rule 6).
  const all = data.figures.filter((f) => f.country === countryId && f.excluded !== true);
  const preferred = experienceId === null ? [] : EXPERIENCE_BANDS[experienceId];
  const pair = pickPair(all.filter(isComparableFigure), sources, preferred);

  let comparison: PayComparison | null = null;
  if (pair) {
    const pm = toLine(pair.pm, sourceOf(sources, pair.pm));
    const po = toLine(pair.po, sourceOf(sources, pair.po));
    comparison = {
      pm,
      po,
      verdict: judgePay(pm.yearly, po.yearly),
      band: pair.band,
      isExperienceBand: pair.band !== 'all' && preferred.includes(pair.band),
      isSameSource: pair.pm.source === pair.po.source,
    };
  }
  const shown = new Set(comparison ? [comparison.pm.figureId, comparison.po.figureId] : []);
  const moreRows = all
    .filter((f) => isDated(f) && !shown.has(f.id))
    .map((f) => ({ f, source: sourceOf(sources, f) }))
    .sort((a, b) => gradeRank(a.source.grade) - gradeRank(b.source.grade) || a.f.min - b.f.min)
    .map(({ f, source }) => toMoreSource(f, source));
  const moreSources = SALARY_ROLES.map((role) => ({
    role,
    roleName: SALARY_ROLE_NAMES[role],
    rows: moreRows.filter((r) => r.role === role),
  })).filter((g) => g.rows.length > 0);

  return {
    countryId,
    country: COUNTRY_NAMES[countryId],
    intro,
    sentence: comparison
      ? describeComparison(name, comparison)
      : `We cannot compare pay in ${name} yet: ${whyNot(data, countryId, all)}.`,
    comparison,
    bandNote: comparison ? describeBand(comparison, experienceId) : null,
    sourceNote:
      comparison && !comparison.isSameSource
        ? 'The two figures come from different sources with different methods, so read the gap as rough.'
        : null,
    moreSources,
    moreSourceCount: moreRows.length,
    undatedCount: all.filter((f) => !isDated(f)).length,
    notes: data.notes,
    checkedOn: data.checkedOn,
  };
}
