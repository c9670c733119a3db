/**
 * The pay section's words (src/domain/salary-comparison.ts, salary-guide.ts and
 * src/components/salary-section.tsx). Amounts are formatted with `Intl` in the page's locale
 * (src/words/en/locale.ts); the figures, sources and their notes come from questions/salaries.json.
 */
type Country = 'us' | 'gb' | 'de' | 'nl' | 'ca' | 'au' | 'in' | 'ch';
type Role = 'product-manager' | 'product-owner';
type Band = 'all' | 'entry' | 'mid' | 'senior' | 'lead' | 'director';

const countryNames: Readonly<Record<Country, string>> = {
  us: 'United States',
  gb: 'United Kingdom',
  de: 'Germany',
  nl: 'Netherlands',
  ca: 'Canada',
  au: 'Australia',
  in: 'India',
  ch: 'Switzerland',
};

const bandLabels: Readonly<Record<Band, string>> = {
  all: 'all levels',
  entry: 'entry level',
  mid: 'mid level',
  senior: 'senior level',
  lead: 'lead level',
  director: 'director level',
};

export const pay = {
  countryNames,
  /** Country names as they read inside a sentence ("In the Netherlands, …"). */
  countryInSentence: {
    ...countryNames,
    us: 'the United States',
    gb: 'the United Kingdom',
    nl: 'the Netherlands',
  } as Readonly<Record<Country, string>>,
  roleNames: {
    'product-manager': 'Product Manager',
    'product-owner': 'Product Owner',
  } as Readonly<Record<Role, string>>,
  /** Plain words for each pay type, shown next to every figure. */
  payTypes: {
    illustrative: 'illustrative range',
    average: 'average',
    mean: 'mean',
    median: 'median',
    base: 'base salary',
    total: 'total pay',
    advertised: 'advertised salary',
    range: 'range',
    'percentile-range': 'percentile range',
  },
  bandLabels,
  payBasis: {
    base: 'base pay',
    total: 'total pay',
    unstated: 'base or total not stated',
  },
  /** The statistic a comparable figure names, as a line says it. */
  statistics: { median: 'median', average: 'average' },
  /** "median base pay". */
  basis: (statistic: string) => `${statistic} base pay`.trim(),
  /** "€57,648 a year"; `amount` is formatted. */
  perPeriod: (amount: string, period: 'year' | 'month') =>
    `${amount} ${period === 'month' ? 'a month' : 'a year'}`,
  /** "€4,804 a month × 12". */
  conversion: (monthly: string) => `${monthly} a month × 12`,
  /** "2021 and 2025". */
  years: (a: string, b: string) => (a === b ? a : `${a} and ${b}`),
  /** How a year is shown; the data says "n.d." for none. */
  year: (year: string) => year,
  sameSentence: (country: string, margin: string, tail: string) =>
    `In ${country}, Product Managers and Product Owners earn about the same: within ${margin} of each other ${tail}.`,
  moreSentence: (country: string, morePm: boolean, percent: string, tail: string) => {
    const [more, less] = morePm
      ? ['Product Managers', 'Product Owners']
      : ['Product Owners', 'Product Managers'];
    return `In ${country}, ${more} earn about ${percent} more than ${less} ${tail}.`;
  },
  /** "(median base pay, all levels, 2025)". */
  tail: (basis: string, band: string, years: string) => `(${basis}, ${band}, ${years})`,
  bothBases: (pm: string, po: string) => `${pm} and ${po}`,
  cannotCompare: (country: string, reason: string) =>
    `We cannot compare pay in ${country} yet: ${reason}.`,
  /** Why a role blocks the comparison, in the order the code checks. */
  gaps: {
    noFigure: (role: string) => `we found no published ${role} pay figure there`,
    undated: (role: string) => `none of the ${role} figures we found there gives a year`,
    notSingleBase: (role: string) =>
      `none of the dated ${role} figures there is a single base-pay number`,
    mismatch:
      'the dated base-pay figures for the two roles are not for the same level, statistic or currency',
  },
  /**
   * Texts from questions/salaries.json (written in English) in the page's language: a gap's
   * reason, a figure's note (by figure id), a source's name (by key), the data's notes.
   */
  fromData: {
    gapReason: (reason: string): string => reason,
    figureNote: (_id: string, note: string): string => note,
    sourceName: (_key: string, name: string): string => name,
    note: (note: string): string => note,
  },
  introOther: (country: string) =>
    `We have no figures for your country, so here are the figures for ${country}, for reference only.`,
  introUnanswered: (country: string) =>
    `You did not say where you work, so here are the figures for ${country}, for reference only.`,
  bandMatches: (band: string) => `Compared at ${band}, which matches the experience you gave.`,
  bandAcross: (band: string) => `Compared across ${band}.`,
  bandFallback: (band: string) =>
    `No figures for both roles at your experience level, so this compares ${band}.`,
  differentSources:
    'The two figures come from different sources with different methods, so read the gap as rough.',
  labels: { proxy: 'Proxy', currencyUnconfirmed: 'Currency unconfirmed' },
  seniorityAll: 'all levels',
  /** A note for this edition's own countries, under the answer (none in English). */
  regionNote: (_country: string): string | null => null,
  section: {
    compared: (country: string) => `Pay in ${country}, compared`,
    source: 'Source: ',
    grade: (grade: string) => `(grade ${grade})`,
    more: (country: string, n: number) => `More sources for ${country} (${n})`,
    noMore: (country: string) => `No other dated figures for ${country}.`,
    undated: (n: number) =>
      n === 1
        ? 'One figure is left out because its source gives no year.'
        : `${n} figures are left out because their sources give no year.`,
    footer: (checkedOn: string) =>
      `Published figures in the source's currency, not a prediction of what you would earn. Checked on ${checkedOn}.`,
  },
};

export type PayWords = typeof pay;
