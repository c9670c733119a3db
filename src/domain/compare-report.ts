import { compare as w } from '../words/en/compare';
import { FREQUENCIES } from './bank';
import {
  displayLabel,
  isStorableCode,
  toCsv,
  type CompareEntry,
  type CompareLine,
  type CsvPracticeColumn,
  type CsvRow,
} from './compare';
import { buildResultPath } from './result-link';
import { TYPE_NAMES } from './result-types';
import type { Bank } from './schema';
import type { DecodeOutcome } from './bit-codec';
import type { SharePayload } from './share-code';
import { toMapPoint, typeOfPayload, type SharedResult } from './shared-result';
import { describeSharedResult, describeSharedVerdict } from './shared-view';

// The rules of the compare page as pure functions: which pasted lines are compared, which are
// flagged and why, the rows the table, map and export show, and the words of an answer grid.

/** Said of a link that carries only a result type. */
export const TYPE_ONLY_NOTE: string = w.typeOnly;

/** Why a line or a link is not compared: a decode reason (worded by the caller) or a repeat. */
export type CompareProblemCause =
  { kind: 'link'; reason: string } | { kind: 'duplicate'; of: number };

/** A line of the list that is not compared, with what the user needs to find it. */
export interface CompareProblem {
  line: number;
  label: string;
  link: string;
  cause: CompareProblemCause;
}

/** A compared entry with the line of the pasted list it came from. */
export type NumberedEntry = CompareEntry & { line: number };

/** What one press of Compare makes of the pasted lines: the list to keep, and the lines flagged. */
export interface ComparePlan {
  entries: NumberedEntry[];
  problems: CompareProblem[];
}

/**
 * Splits parsed lines into the list to compare (valid links whose code can be kept in the page's
 * address, first occurrence only) and the flagged lines, each with its cause.
 */
export function planComparison(lines: readonly CompareLine[]): ComparePlan {
  const entries: NumberedEntry[] = [];
  const problems: CompareProblem[] = [];
  for (const l of lines) {
    const base = { line: l.line, label: l.label, link: l.link };
    if (!l.outcome.ok) {
      problems.push({ ...base, cause: { kind: 'link', reason: l.outcome.reason } });
    } else if (l.duplicateOf !== null) {
      problems.push({ ...base, cause: { kind: 'duplicate', of: l.duplicateOf } });
    } else if (l.outcome.value.code !== null && !isStorableCode(l.outcome.value.code)) {
      problems.push({ ...base, cause: { kind: 'link', reason: 'malformed' } });
    } else {
      const { type, code } = l.outcome.value;
      entries.push({ label: l.label, type, code, line: l.line });
    }
  }
  return { entries, problems };
}

/** Whether two lists compare the same links in the same order (labels aside). */
export function isSameLinkList(a: readonly CompareEntry[], b: readonly CompareEntry[]): boolean {
  return a.length === b.length && a.every((e, i) => e.type === b[i]?.type && e.code === b[i]?.code);
}

/** One compared result: its entry, the label shown, its full link, and its payload (null: type only). */
export interface CompareRow {
  index: number;
  entry: NumberedEntry;
  label: string;
  link: string;
  payload: SharePayload | null;
}

/** The compared results, the links that failed to decode, and whether some are still decoding. */
export interface CompareReport {
  rows: CompareRow[];
  problems: CompareProblem[];
  isPending: boolean;
}

/**
 * The rows of a comparison from the kept list and the decoded codes (undefined: not decoded yet).
 * A link whose code decodes to another type than its path names was edited by hand, so it is flagged
 * as changed (the tamper check).
 */
export function buildCompareReport(
  entries: readonly NumberedEntry[],
  getOutcome: (code: string) => DecodeOutcome<SharePayload> | undefined,
  origin: string,
): CompareReport {
  const rows: CompareRow[] = [];
  const problems: CompareProblem[] = [];
  let isPending = false;
  entries.forEach((entry, index) => {
    const label = displayLabel(entry.label, index);
    const link = `${origin}${buildResultPath(entry.type, entry.code)}`;
    if (entry.code === null) {
      rows.push({ index, entry, label, link, payload: null });
      return;
    }
    const outcome = getOutcome(entry.code);
    if (outcome === undefined) {
      isPending = true;
    } else if (!outcome.ok) {
      problems.push({
        line: entry.line,
        label,
        link,
        cause: { kind: 'link', reason: outcome.reason },
      });
    } else if (typeOfPayload(outcome.value) !== entry.type) {
      problems.push({ line: entry.line, label, link, cause: { kind: 'link', reason: 'checksum' } });
    } else {
      rows.push({ index, entry, label, link, payload: outcome.value });
    }
  });
  return { rows, problems, isPending };
}

/** The text of the list box for a kept list: `Label | link` per line, or the link alone. */
export function formatCompareList(entries: readonly CompareEntry[], origin: string): string {
  return entries
    .map((e) => {
      const link = `${origin}${buildResultPath(e.type, e.code)}`;
      return e.label.trim() === '' ? link : `${e.label.trim()} | ${link}`;
    })
    .join('\n');
}

/** The scored result of a row, or null for a link that shares the type or verdict only. */
export function resultOf(row: Pick<CompareRow, 'payload'>): SharedResult | null {
  return row.payload === null || row.payload.level === 'verdict' ? null : row.payload.result;
}

/** The result type column: the headline, or the type's name (or "between" verdict) marked as type only. */
export function describeRowType(row: Pick<CompareRow, 'entry' | 'payload'>): string {
  const result = resultOf(row);
  if (result !== null) return describeSharedResult(result).headline;
  const name =
    row.payload?.level === 'verdict'
      ? describeSharedVerdict(row.payload.shared).headline
      : TYPE_NAMES[row.entry.type];
  return `${name} (${TYPE_ONLY_NOTE})`;
}

/** Which scoring model made a row's result: links made before model 2 keep model 1's result. */
export function describeRowModel(row: Pick<CompareRow, 'payload'>): string {
  if (row.payload === null) return '';
  return w.model(row.payload.level === 'verdict' || row.payload.result.model === 2 ? 2 : 1);
}

/** The bank a row's answers were given against: only answers-level links carry answers. */
function answersOf(row: Pick<CompareRow, 'payload'>) {
  return row.payload?.level === 'answers' ? row.payload : null;
}

/**
 * One exported row of the comparison. `getBank` gives the question bank of a revision (loaded for
 * answers-level links), for the practice answers in words.
 */
export function toCsvRow(
  row: CompareRow,
  getBank: (revision: number) => Bank | undefined = () => undefined,
): CsvRow {
  const result = resultOf(row);
  const withAnswers = answersOf(row);
  const bank = withAnswers === null ? undefined : getBank(withAnswers.result.revision);
  const practice: Record<string, string> = {};
  if (withAnswers !== null) {
    for (const item of bank?.practice ?? []) {
      const option = withAnswers.answers[item.id];
      if (option !== undefined) practice[item.id] = findAnswerText(bank, item.id, option);
    }
  }
  return {
    label: row.label,
    typeName: TYPE_NAMES[row.entry.type],
    resultType: describeRowType(row),
    model: describeRowModel(row),
    strategic: result?.strategic ?? null,
    outside: result?.outside ?? null,
    fit: result?.fit ?? null,
    practice,
    link: row.link,
  };
}

/** The practice questions any answers-level row answered, in bank order, one CSV column each. */
export function toCsvPracticeColumns(
  rows: readonly CompareRow[],
  getBank: (revision: number) => Bank | undefined,
): CsvPracticeColumn[] {
  const columns: CsvPracticeColumn[] = [];
  for (const row of rows) {
    const withAnswers = answersOf(row);
    if (withAnswers === null) continue;
    for (const item of getBank(withAnswers.result.revision)?.practice ?? []) {
      if (withAnswers.answers[item.id] === undefined) continue;
      if (!columns.some((c) => c.id === item.id))
        columns.push({ id: item.id, activity: item.activity });
    }
  }
  return columns;
}

/** The comparison as CSV: every row, with the practice answers of answers-level links. */
export function buildCompareCsv(
  rows: readonly CompareRow[],
  getBank: (revision: number) => Bank | undefined,
): string {
  return toCsv(
    rows.map((row) => toCsvRow(row, getBank)),
    toCsvPracticeColumns(rows, getBank),
  );
}

/** One map point per row with scores. */
export function toComparePoints(rows: readonly CompareRow[]) {
  return rows.flatMap((row) => {
    const result = resultOf(row);
    return result === null ? [] : [toMapPoint(row.label, result)];
  });
}

/** The map's text alternative: every point with both scores. */
export function describeComparePoints(
  points: readonly { label: string; strategic: number; outside: number }[],
): string {
  const list = points.map((p) => w.mapPoint(p.label, p.strategic, p.outside)).join('; ');
  return w.mapSummary(points.length, list);
}

/** The wording of a question in a revision's bank, or undefined when that revision did not ask it. */
export function findQuestionText(bank: Bank | undefined, id: string): string | undefined {
  return (
    bank?.scenarios.find((s) => s.id === id)?.prompt ??
    bank?.practice.find((p) => p.id === id)?.activity
  );
}

/** The wording of an answer: the scenario option's text, a frequency's label, or the raw key. */
export function findAnswerText(bank: Bank | undefined, id: string, option: string): string {
  const scenario = bank?.scenarios.find((s) => s.id === id);
  if (scenario) return scenario.options.find((o) => o.key === option)?.text ?? option;
  return FREQUENCIES.find((f) => f.id === option)?.label ?? option;
}
