// Names, labels and formatting shared by the pay section (salary-comparison.ts builds what it shows).
import { locale } from '../words/en/locale';
import { pay as w } from '../words/en/pay';
import type { CountryId, Currency, PayType, SalaryRole } from './guide-ids';
import type { SalaryFigure } from './salary-schema';

/** A country that can have salary rows (every answer except 'other'). */
export type DataCountryId = Exclude<CountryId, 'other'>;

/** Country names as the context question labels them; 'other' has no name of its own. */
export const COUNTRY_NAMES: Readonly<Record<DataCountryId, string>> = w.countryNames;

/** Role names used in salary headings. */
export const SALARY_ROLE_NAMES: Readonly<Record<SalaryRole, string>> = w.roleNames;

/** Plain words for each pay type, shown next to every figure (docs/salary-rules.md, display rule 1). */
export const PAY_TYPE_LABELS: Readonly<Record<PayType, string>> = w.payTypes;

/** Seniority bands a free-text seniority can be read as; null when it names no band ('all', 'L4'). */
export type SeniorityLevel = 'entry' | 'mid' | 'senior' | 'lead' | 'director';

/** Context answers that shape the salary section; raw answer strings are accepted and checked. */
export interface SalaryInput {
  country?: string | undefined;
  experience?: string | undefined;
}

const currencyFormat = (currency: Currency) =>
  new Intl.NumberFormat(locale.numbers, { style: 'currency', currency, maximumFractionDigits: 0 });

/** Formats a figure in its own currency: "$95,000–$130,000 a year", "£70,000+ a year", "€4,804 a month". */
export function formatSalaryFigure(
  figure: Pick<SalaryFigure, 'min' | 'max' | 'currency' | 'period' | 'openEnded'>,
  { bare = false }: { bare?: boolean } = {},
): string {
  const format = currencyFormat(figure.currency);
  const amount =
    figure.min === figure.max
      ? format.format(figure.min)
      : `${format.format(figure.min)}–${format.format(figure.max)}`;
  const plus = figure.openEnded === true ? '+' : '';
  if (bare) return `${amount}${plus}`;
  return w.perPeriod(`${amount}${plus}`, figure.period === 'month' ? 'month' : 'year');
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
