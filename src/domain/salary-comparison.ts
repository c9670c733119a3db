// Which role pays more where the taker lives: one comparable line per role, on the same basis, and a
// plain sentence that answers the question or says why it cannot (docs/salary-rules.md, "Comparison").
import * as v from 'valibot';
import { pay as w } from '../words/en/pay';
import { formatPercent } from './format';
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
export const COUNTRY_IN_SENTENCE: Readonly<Record<DataCountryId, string>> = w.countryInSentence;

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
export const BAND_LABELS: Readonly<Record<ComparisonBand, string>> = w.bandLabels;

const PAY_BASIS_LABELS: Readonly<Record<PayBasis, string>> = w.payBasis;

// Only single numbers that name their statistic can be compared; ranges and ad data cannot.
const COMPARABLE_STATISTICS: Readonly<Partial<Record<SalaryFigure['payType'], string>>> = {
  median: w.statistics.median,
  mean: w.statistics.average,
  average: w.statistics.average,
  base: w.statistics.average,
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
      f.period === 'month'
        ? w.conversion(formatSalaryFigure({ ...f, min: f.min, max: f.min }, { bare: true }))
        : null,
    band: bandOf(f) ?? 'all',
    bandLabel: BAND_LABELS[bandOf(f) ?? 'all'],
    seniority: f.seniority,
    basis: w.basis(COMPARABLE_STATISTICS[f.payType] ?? ''),
    year: w.year(f.year),
    sourceName: w.fromData.sourceName(source.key, source.name),
    sourceUrl: source.url,
    sourceGrade: source.grade,
    ...(f.note === undefined ? {} : { note: w.fromData.figureNote(f.id, f.note) }),
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

const yearsOf = (a: PayLine, b: PayLine) => w.years(a.year, b.year);

/** The answer sentence for a comparison, e.g. "In Germany, Product Managers earn about 12% more than Product Owners (median base pay, all levels, 2025)." */
export function describeComparison(country: string, c: PayComparison): string {
  const basis = c.pm.basis === c.po.basis ? c.pm.basis : w.bothBases(c.pm.basis, c.po.basis);
  const tail = w.tail(basis, BAND_LABELS[c.band], yearsOf(c.pm, c.po));
  const { verdict } = c;
  if (verdict.kind === 'about-same')
    return w.sameSentence(country, formatPercent(SAME_PAY_MARGIN), tail);
  return w.moreSentence(country, verdict.kind === 'pm-more', formatPercent(verdict.percent), tail);
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
    return gap ? w.fromData.gapReason(gap.reason) : w.gaps.noFigure(name);
  }
  if (!mine.some(isDated)) return w.gaps.undated(name);
  if (!mine.some(isComparableFigure)) return w.gaps.notSingleBase(name);
  return null;
}

function whyNot(data: SalaryData, country: DataCountryId, all: readonly SalaryFigure[]): string {
  // One reason is enough: the first role that blocks the comparison, Product Owner first.
  const reason =
    describeGap(data, country, 'product-owner', all) ??
    describeGap(data, country, 'product-manager', all);
  if (reason !== null) return reason;
  return w.gaps.mismatch;
}

function toMoreSource(f: SalaryFigure, source: Source): MoreSourceRow {
  return {
    id: f.id,
    role: f.role,
    roleName: SALARY_ROLE_NAMES[f.role],
    figure: formatSalaryFigure(f),
    seniority: f.seniority === 'all' ? w.seniorityAll : f.seniority,
    // A 'base' or 'total' pay type already names the basis; say it once.
    measure:
      f.payType === 'base' || f.payType === 'total'
        ? PAY_BASIS_LABELS[f.pay]
        : `${PAY_TYPE_LABELS[f.payType]} · ${PAY_BASIS_LABELS[f.pay]}`,
    year: w.year(f.year),
    sourceName: w.fromData.sourceName(source.key, source.name),
    sourceUrl: source.url,
    sourceGrade: source.grade,
    labels: [
      ...(f.proxy === true ? [w.labels.proxy] : []),
      ...(f.currencyUncertain === true ? [w.labels.currencyUnconfirmed] : []),
    ],
    ...(f.note === undefined ? {} : { note: w.fromData.figureNote(f.id, f.note) }),
  };
}

function describeBand(c: PayComparison, experience: ExperienceId | null): string {
  if (c.isExperienceBand) return w.bandMatches(BAND_LABELS[c.band]);
  if (experience === null) return w.bandAcross(BAND_LABELS[c.band]);
  return w.bandFallback(BAND_LABELS[c.band]);
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
      ? w.introOther(name)
      : w.introUnanswered(name);

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
      : w.cannotCompare(name, whyNot(data, countryId, all)),
    comparison,
    bandNote: comparison ? describeBand(comparison, experienceId) : null,
    sourceNote: comparison && !comparison.isSameSource ? w.differentSources : null,
    moreSources,
    moreSourceCount: moreRows.length,
    undatedCount: all.filter((f) => !isDated(f)).length,
    notes: data.notes.map(w.fromData.note),
    checkedOn: data.checkedOn,
  };
}
