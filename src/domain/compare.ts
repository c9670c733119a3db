import { compare as w } from '../words/en/compare';
import type { DisplayScore } from './describe';
import { parseResultLink, type ResultLinkOutcome } from './result-link';
import { isResultType, type ResultType } from './result-types';
import type { Answers } from './schema';

/** How many links one comparison takes. */
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 20;
/** Longest label kept, in characters (code points). */
export const MAX_LABEL_LENGTH = 60;

/** One pasted line of the compare list. */
export interface CompareLine {
  /** 1-based line number in the pasted text (blank lines count, so it matches what the user sees). */
  line: number;
  label: string;
  /** The link as pasted, trimmed. */
  link: string;
  outcome: ResultLinkOutcome;
  /** Line number of an earlier line with the same result link, or null. */
  duplicateOf: number | null;
}

export type CompareListOutcome =
  { ok: true; lines: CompareLine[] } | { ok: false; message: string };

/** One compared result as kept in the page fragment: a label and a result link (code null: type only). */
export interface CompareEntry {
  label: string;
  type: ResultType;
  code: string | null;
}

// C0/C1 controls and bidi embeddings/overrides/isolates: labels are shown, printed and exported.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const CODE_PATTERN = /^[A-Za-z0-9_-]{1,400}$/;

/**
 * Makes a label safe to show and keep: whitespace becomes spaces, controls and bidi overrides go,
 * at most 60 characters. It does not trim, so a label can be typed word by word; idempotent.
 */
export function sanitizeLabel(text: string): string {
  const clean = text
    .replace(/\s/g, ' ')
    .replace(UNSAFE_CHARS, '')
    .replace(LONE_SURROGATE, '\ufffd');
  return Array.from(clean).slice(0, MAX_LABEL_LENGTH).join('');
}

/** The label to show for the entry at `index`: its own text, or "Client N" when blank. */
export function displayLabel(label: string, index: number): string {
  const trimmed = label.trim();
  return trimmed === '' ? w.list.client(index + 1) : trimmed;
}

/**
 * Parses a pasted compare list: one link per line, optionally `Label | link`. Needs 2 to 20 non-empty
 * lines, otherwise returns a message. Every line is kept with its own outcome; repeats are flagged.
 */
export function parseCompareList(text: string): CompareListOutcome {
  const raw = text.split(/\r\n|\r|\n/);
  const filled = raw
    .map((content, i) => ({ content: content.trim(), line: i + 1 }))
    .filter((l) => l.content !== '');
  if (filled.length < MIN_COMPARE) {
    return { ok: false, message: w.list.tooFew(MIN_COMPARE) };
  }
  if (filled.length > MAX_COMPARE) {
    return { ok: false, message: w.list.tooMany(MAX_COMPARE, filled.length) };
  }
  const seen = new Map<string, number>();
  const lines = filled.map(({ content, line }, index): CompareLine => {
    // Links never contain a raw "|", so the last one separates the label.
    const bar = content.lastIndexOf('|');
    const label = bar === -1 ? '' : sanitizeLabel(content.slice(0, bar)).trim();
    const link = (bar === -1 ? content : content.slice(bar + 1)).trim();
    const outcome = parseResultLink(link);
    const key = outcome.ok ? `${outcome.value.type}#${outcome.value.code ?? ''}` : `raw:${link}`;
    const duplicateOf = seen.get(key) ?? null;
    if (duplicateOf === null) seen.set(key, line);
    return {
      line,
      label: label === '' ? w.list.client(index + 1) : label,
      link,
      outcome,
      duplicateOf,
    };
  });
  return { ok: true, lines };
}

/** The lines that can be compared: valid result links, first occurrence only. */
export function selectComparable(
  lines: readonly CompareLine[],
): (CompareEntry & { line: number })[] {
  return lines.flatMap((l) =>
    l.outcome.ok && l.duplicateOf === null
      ? [{ label: l.label, type: l.outcome.value.type, code: l.outcome.value.code, line: l.line }]
      : [],
  );
}

/** Whether a result code can be kept in the compare fragment (the characters a code is made of). */
export function isStorableCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

function encodeLabel(label: string): string {
  return encodeURIComponent(sanitizeLabel(label)).replace(/~/g, '%7E').replace(/,/g, '%2C');
}

function decodeLabel(text: string): string {
  try {
    return sanitizeLabel(decodeURIComponent(text));
  } catch {
    return '';
  }
}

/** The fragment that keeps a compare list: `#l=<label>~<type>~<code>,…` (code empty for type only). */
export function encodeCompareHash(entries: readonly CompareEntry[]): string {
  if (entries.length === 0) return '';
  const items = entries
    .slice(0, MAX_COMPARE)
    .map((e) => `${encodeLabel(e.label)}~${e.type}~${e.code ?? ''}`);
  return `#l=${items.join(',')}`;
}

/** Reads a compare list back from a fragment (with or without `#`). Never throws; drops bad items. */
export function decodeCompareHash(hash: string): CompareEntry[] {
  const param = hash
    .replace(/^#/, '')
    .split('&')
    .find((part) => part.startsWith('l='));
  if (param === undefined) return [];
  const entries: CompareEntry[] = [];
  for (const item of param.slice(2).split(',')) {
    if (entries.length >= MAX_COMPARE) break;
    const parts = item.split('~');
    if (parts.length !== 3) continue;
    const [label = '', type = '', code = ''] = parts;
    if (!isResultType(type)) continue;
    if (code !== '' && !CODE_PATTERN.test(code)) continue;
    entries.push({ label: decodeLabel(label), type, code: code === '' ? null : code });
  }
  return entries;
}

/** One exported row: a compared result with its scores (null for a type-only link). */
export interface CsvRow {
  label: string;
  /** The type the link names, in words ("Product Owner fit"). */
  typeName: string;
  /** The result as the page words it: the headline, or "between" two types, or "type only". */
  resultType: string;
  /** "Scoring model 1" or "Scoring model 2"; empty for a type-only link. */
  model: string;
  strategic: DisplayScore | null;
  outside: DisplayScore | null;
  fit: DisplayScore | null;
  /** Practice answers in words by practice item id (answers-level links only). */
  practice: Readonly<Record<string, string>>;
  link: string;
}

/** A practice question that gets its own column: its id and its wording. */
export interface CsvPracticeColumn {
  id: string;
  activity: string;
}

/** The columns before the practice answers, in words: what each cell holds and its scale. */
export const CSV_HEADER: readonly string[] = w.csv.header;

/** A text cell: a leading `'` stops spreadsheets running it as a formula; quoted per RFC 4180. */
function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function numberCells(score: DisplayScore | null): string[] {
  return score === null ? ['', '', ''] : [score.value, score.low, score.high].map(String);
}

/**
 * The compare table as CSV (RFC 4180, CRLF): a header row in words, then one row per result, with
 * one column per practice question ("Practice in the last 12 months: …") before the link.
 */
export function toCsv(
  rows: readonly CsvRow[],
  practiceColumns: readonly CsvPracticeColumn[] = [],
): string {
  const header = [
    ...CSV_HEADER,
    ...practiceColumns.map((c) => w.csv.practice(c.activity)),
    w.csv.link,
  ];
  const lines = [
    header.map(textCell).join(','),
    ...rows.map((r) =>
      [
        textCell(r.label),
        textCell(r.typeName),
        textCell(r.resultType),
        textCell(r.model),
        ...numberCells(r.strategic),
        ...numberCells(r.outside),
        ...numberCells(r.fit),
        ...practiceColumns.map((c) => textCell(r.practice[c.id] ?? '')),
        textCell(r.link),
      ].join(','),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** One column of the answer grid: the items the link's revision asked, and the answers given. */
export interface AnswerColumn {
  itemIds: readonly string[];
  answers: Answers;
}

export type AnswerCell =
  { kind: 'answer'; option: string } | { kind: 'unanswered' } | { kind: 'not-asked' };

/**
 * Aligns answer-level results by item id across revisions: one row per item id (in order of first
 * appearance), one cell per column.
 */
export function alignAnswers(
  columns: readonly AnswerColumn[],
): { id: string; cells: AnswerCell[] }[] {
  const ids: string[] = [];
  const known = new Set<string>();
  for (const column of columns) {
    for (const id of column.itemIds) {
      if (!known.has(id)) {
        known.add(id);
        ids.push(id);
      }
    }
  }
  return ids.map((id) => ({
    id,
    cells: columns.map((column): AnswerCell => {
      if (!column.itemIds.includes(id)) return { kind: 'not-asked' };
      const option = column.answers[id];
      return option === undefined ? { kind: 'unanswered' } : { kind: 'answer', option };
    }),
  }));
}
