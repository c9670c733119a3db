import { useMemo } from 'react';
import { paths } from '../config/paths';
import { BASE } from '../config/languages';
import {
  buildEarlierResults,
  type HistoryEntry,
  type HistoryItem,
  type HistoryReadOptions,
} from '../domain/result-history';
import type { StorageNotice } from '../domain/saved-quiz';
import type { SharedResult } from '../domain/shared-result';
import { result as w } from '../words/en/result';

/** What to tell the taker when the history could not be read or kept. */
export const HISTORY_NOTICES: Readonly<Record<StorageNotice, string>> = w.history.notices;

export interface EarlierResultsProps extends HistoryReadOptions {
  /** Every kept result, newest first (the history store's entries). */
  entries: readonly HistoryEntry[];
  /** The take of the result on screen (`takeIdOf`): its own entry is not listed as earlier. */
  currentTake: string;
  /** The result on screen: compared with the newest earlier one. */
  currentResult: SharedResult;
  /** Why the history could not be read or kept, if it could not. */
  notice: StorageNotice | null;
}

/**
 * "Your earlier results": the new result compared with the previous one ("about the same" unless
 * the change is beyond what retaking alone explains) and the results kept before it, each a link
 * that shows it again. Renders nothing until there is an earlier result or a notice.
 */
export function EarlierResults({
  entries,
  currentTake,
  currentResult,
  notice,
  isKnownRevision,
  formatDate,
}: EarlierResultsProps) {
  const view = useMemo(
    () =>
      buildEarlierResults(
        entries,
        { take: currentTake, result: currentResult },
        { isKnownRevision, ...(formatDate ? { formatDate } : {}) },
      ),
    [entries, currentTake, currentResult, isKnownRevision, formatDate],
  );
  if (view.earlier.length === 0 && notice === null) return null;
  const { comparison } = view;
  return (
    <section aria-labelledby="earlier-heading" className="earlier-results print-hide">
      <h2 id="earlier-heading">{w.history.heading}</h2>
      {notice ? <p className="notice">{HISTORY_NOTICES[notice]}</p> : null}
      {comparison ? (
        <>
          <p>{comparison.summary}</p>
          <dl className="comparison-list">
            {comparison.rows.map((row) => (
              <div key={row.id}>
                <dt>{row.label}</dt>
                <dd>{row.sentence}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">
            {w.history.method}
            <a href={paths.howItWorks.href()}>{w.history.methodLink}</a>.
          </p>
        </>
      ) : null}
      {view.earlier.length > 0 ? (
        <>
          <h3>{w.history.kept}</h3>
          <ul className="history-list">
            {view.earlier.map((item) => (
              <li key={item.take}>
                <HistoryItemText item={item} />
              </li>
            ))}
          </ul>
          <p className="muted">
            {w.history.keptNote}
            <a href={paths.privacy.href()}>{w.history.deleteLink}</a>.
          </p>
        </>
      ) : null}
    </section>
  );
}

/** One kept result: its date as a link that shows it again, its headline and the quiz it was. */
export function HistoryItemText({ item }: { item: HistoryItem }) {
  if (item.path === null || item.headline === null)
    return <>{w.history.unreadable(item.date, w.history.inBrackets(item.modeLabel))}</>;
  return (
    <>
      {/* The result's page in this page's language: a kept result's path has none of its own. */}
      <a href={`${BASE}${item.path}`}>
        {item.date}: {item.headline}
      </a>{' '}
      <span className="muted">({w.history.inBrackets(item.modeLabel)})</span>
    </>
  );
}

export interface KeptResultsListProps {
  items: readonly HistoryItem[];
  onDelete: (take: string) => void;
  onDeleteAll: () => void;
}

/** The privacy page's list of kept results, each with its own "Delete" and one "Delete all". */
export function KeptResultsList({ items, onDelete, onDeleteAll }: KeptResultsListProps) {
  if (items.length === 0) return <p>{w.history.none}</p>;
  return (
    <>
      <ul className="history-list kept-results">
        {items.map((item) => (
          <li key={item.take}>
            <span>
              <HistoryItemText item={item} />
            </span>
            <button
              type="button"
              className="button small"
              aria-label={w.history.deleteOne(item.date, item.headline)}
              onClick={() => {
                onDelete(item.take);
              }}
            >
              {w.history.delete}
            </button>
          </li>
        ))}
      </ul>
      <p className="button-row">
        <button type="button" className="button" onClick={onDeleteAll}>
          {w.history.deleteAll}
        </button>
      </p>
    </>
  );
}
