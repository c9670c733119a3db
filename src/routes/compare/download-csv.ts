import { compare as w } from '../../words/en/compare';

/** Saves CSV text as `rolefit-compare.csv` (in English) through a temporary object URL. */
export function downloadCsv(csv: string) {
  // The byte-order mark lets spreadsheet programs read non-ASCII labels as UTF-8.
  const blob = new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = w.csv.file;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
