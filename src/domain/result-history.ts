import * as v from 'valibot';
import { verdictHeadline } from './describe-v2';
import { formatDay } from './format';
import { buildResultPath } from './result-link';
import { compareTakes, type TakeComparison } from './retake-change';
import type { Mode } from './schema';
import { decodeShareCode, encodeShareCode } from './share-code';
import type { SharedResult, SharedResultV2 } from './shared-result';
import { result as w } from '../words/en/result';

// "Your earlier results": the last results on this device, each kept as the scores-level share
// code that shows it again (the same code a "With scores" link carries; nothing new is encoded).
// Kept in localStorage by src/store/history-store.tsx; see docs/architecture.md ("Storage on this device").

/** Version of the saved history format; raise it with a migration when the shape changes. */
export const HISTORY_VERSION = 1;

/** How many results the device keeps; the oldest is dropped first. */
export const HISTORY_LIMIT = 10;

/** One finished quiz. */
export interface HistoryEntry {
  /** Which quiz it was (`takeIdOf`): a take whose answers change replaces its own entry. */
  take: string;
  /** When the result was (last) shown, ms since 1970. */
  finishedAt: number;
  mode: Mode;
  /** The scores-level result code (docs/decisions/001-share-code-format.md). */
  code: string;
}

/** What storage holds: the entries, newest first, and the last take recorded. */
export interface SavedHistory {
  entries: readonly HistoryEntry[];
  /**
   * The take last added, so an entry the taker deleted is not added back when its result is shown
   * again. It names the quiz kept under `rolefit-quiz`, nothing more.
   */
  recordedTake: string | null;
}

/** A device with no results kept. */
export const EMPTY_HISTORY: SavedHistory = { entries: [], recordedTake: null };

const TakeSchema = v.pipe(v.string(), v.regex(/^[0-9a-z]{1,7}$/));
const EntrySchema = v.object({
  take: TakeSchema,
  finishedAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
  mode: v.picklist(['full', 'short']),
  code: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,200}$/)),
});
const SavedHistorySchema = v.object({
  entries: v.array(EntrySchema),
  recordedTake: v.nullable(TakeSchema),
});

/**
 * The id of a take: its option-order seed, a random 32-bit number drawn for every new quiz (a retake
 * or "Start over" draws a new one; progress carried to another device keeps it).
 */
export function takeIdOf(seed: number): string {
  return (seed >>> 0).toString(36);
}

function sortNewestFirst(entries: readonly HistoryEntry[]): HistoryEntry[] {
  return [...entries].sort((a, b) => b.finishedAt - a.finishedAt);
}

/**
 * Saved history from what storage held, or null when it is not ours (wrong version or shape).
 * Duplicate takes keep their newest entry; more than HISTORY_LIMIT keeps the newest. Never throws.
 */
export function restoreHistory(state: unknown, version: number): SavedHistory | null {
  if (version !== HISTORY_VERSION) return null;
  const parsed = v.safeParse(SavedHistorySchema, state);
  if (!parsed.success) return null;
  const seen = new Set<string>();
  const entries = sortNewestFirst(parsed.output.entries).filter((entry) => {
    if (seen.has(entry.take)) return false;
    seen.add(entry.take);
    return true;
  });
  return { entries: entries.slice(0, HISTORY_LIMIT), recordedTake: parsed.output.recordedTake };
}

/** Something the taker did to the history. */
export type HistoryOp =
  { kind: 'record'; entry: HistoryEntry } | { kind: 'delete'; take: string } | { kind: 'clear' };

const sameEntry = (a: HistoryEntry, b: HistoryEntry) => a.code === b.code && a.mode === b.mode;

/**
 * The history after `op`; the same object when nothing changed, so repeating an op never writes.
 * Recording is idempotent: a take is added once (newest first, at most HISTORY_LIMIT kept), its
 * entry is updated when its answers changed, and a take the taker deleted is not added again.
 */
export function applyHistoryOp(history: SavedHistory, op: HistoryOp): SavedHistory {
  const { entries } = history;
  switch (op.kind) {
    case 'record': {
      const { entry } = op;
      const existing = entries.find((e) => e.take === entry.take);
      if (existing && sameEntry(existing, entry)) return history;
      if (!existing && history.recordedTake === entry.take) return history;
      const others = entries.filter((e) => e.take !== entry.take);
      return {
        entries: sortNewestFirst([entry, ...others]).slice(0, HISTORY_LIMIT),
        recordedTake: entry.take,
      };
    }
    case 'delete': {
      const kept = entries.filter((e) => e.take !== op.take);
      return kept.length === entries.length ? history : { ...history, entries: kept };
    }
    case 'clear':
      return entries.length === 0 ? history : { ...history, entries: [] };
  }
}

/** The history entry of a model-2 result shown at `finishedAt`: its scores-level code. */
export function toHistoryEntry(
  take: string,
  result: SharedResultV2,
  finishedAt: number,
): HistoryEntry {
  return {
    take,
    finishedAt,
    mode: result.mode,
    code: encodeShareCode({ level: 'scores', result }),
  };
}

/** Whether the entries keep `take`'s result. */
export function isTakeKept(entries: readonly HistoryEntry[], take: string): boolean {
  return entries.some((e) => e.take === take);
}

/** The model-2 result an entry's code shows, or null when it does not decode to one. */
export function readHistoryEntry(
  entry: HistoryEntry,
  isKnownRevision: (revision: number) => boolean,
): SharedResultV2 | null {
  const decoded = decodeShareCode(entry.code, () => undefined, isKnownRevision);
  if (!decoded.ok || decoded.value.level !== 'scores') return null;
  const { result } = decoded.value;
  return result.model === 2 ? result : null;
}

/** One kept result as a list shows it. */
export interface HistoryItem {
  take: string;
  date: string;
  /** "Full quiz" or "Short quiz". */
  modeLabel: string;
  /** The result's headline, or null when its code could not be read. */
  headline: string | null;
  /** The page that shows it again (`/r/<type>/#r=<code>`), or null when it could not be read. */
  path: string | null;
}

export interface HistoryReadOptions {
  isKnownRevision: (revision: number) => boolean;
  /** Formats an entry's date; `formatDay` in the browser's time zone by default. */
  formatDate?: (ms: number) => string;
}

function toItem(entry: HistoryEntry, options: HistoryReadOptions) {
  const result = readHistoryEntry(entry, options.isKnownRevision);
  const item: HistoryItem = {
    take: entry.take,
    date: (options.formatDate ?? ((ms) => formatDay(ms)))(entry.finishedAt),
    modeLabel: w.history.modeLabels[entry.mode === 'short' ? 'short' : 'full'],
    headline: result ? verdictHeadline(result.verdict) : null,
    path: result ? buildResultPath(result.type, entry.code) : null,
  };
  return { item, result };
}

/** Every kept result, newest first, for the privacy page. */
export function listHistory(
  entries: readonly HistoryEntry[],
  options: HistoryReadOptions,
): HistoryItem[] {
  return entries.map((entry) => toItem(entry, options).item);
}

/** What "Your earlier results" on the results page shows. */
export interface EarlierResultsView {
  /** The results kept before the one on screen, newest first (unreadable ones left out). */
  earlier: HistoryItem[];
  /** The result on screen compared with the newest earlier one; null without one to compare. */
  comparison: TakeComparison | null;
}

/**
 * The earlier results for the result on screen (`take`, `current`), and its comparison with the
 * newest of them (`compareTakes`; only between results of scoring model 2).
 */
export function buildEarlierResults(
  entries: readonly HistoryEntry[],
  current: { take: string; result: SharedResult },
  options: HistoryReadOptions,
): EarlierResultsView {
  const read = entries
    .filter((entry) => entry.take !== current.take)
    .map((entry) => toItem(entry, options))
    .filter((r) => r.result !== null);
  const latest = read[0];
  const comparison =
    latest?.result && current.result.model === 2
      ? compareTakes(latest.result, current.result, latest.item.date)
      : null;
  return { earlier: read.map((r) => r.item), comparison };
}
