import { locale } from '../words/en/locale';

// Numbers, percentages and days as the page's language writes them (the locale of src/words/<code>/
// locale.ts). One formatter of each kind, made once when the module loads.

const numberFormat = new Intl.NumberFormat(locale.numbers);
const percentFormat = new Intl.NumberFormat(locale.numbers, {
  style: 'percent',
  maximumFractionDigits: 0,
});

/** A number in the page's language: "12,000" (English), "12.000" (German). */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** A whole percentage (0..100) in the page's language: "92%" (English), "92 %" (German). */
export function formatPercent(percent: number): string {
  return percentFormat.format(percent / 100);
}

/** A day as the pages write it: "2 December 2026" (in `timeZone`, the browser's own by default). */
export function formatDay(ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale.dates, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(ms);
}
