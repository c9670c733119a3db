import { useState } from 'react';
import { ChartBoundary } from '../../components/chart-boundary';
import { FitMap } from '../../components/fit-map';
import { LINK_PROBLEMS } from '../../content/decode-result';
import { getLoadedRevision } from '../../content/load-archive';
import {
  buildCompareCsv,
  describeComparePoints,
  describeRowModel,
  describeRowType,
  resultOf,
  toComparePoints,
  TYPE_ONLY_NOTE,
  type CompareProblem,
  type CompareProblemCause,
  type CompareRow,
} from '../../domain/compare-report';
import { formatDay } from '../../domain/format';
import { TYPE_NAMES } from '../../domain/result-types';
import type { DisplayScore } from '../../domain/share-code';
import { compare as w } from '../../words/en/compare';
import { AnswerGrid } from './answer-grid';
import { ScrollRegion } from './scroll-region';
import { downloadCsv } from './download-csv';

function describeCause(cause: CompareProblemCause): string {
  if (cause.kind === 'duplicate') {
    return w.problems.duplicate(cause.of);
  }
  return LINK_PROBLEMS[cause.reason] ?? LINK_PROBLEMS.malformed ?? '';
}

export interface ComparisonProps {
  /** How many links are kept (for the "Reading…" line). */
  linkCount: number;
  rows: readonly CompareRow[];
  /** Flagged lines, in line order. */
  problems: readonly CompareProblem[];
  isLoading: boolean;
  onLabelChange: (index: number, value: string) => void;
}

/** The comparison: flagged lines, labels, the table, the map, export and print, and the answer grid. */
export function Comparison({
  linkCount,
  rows,
  problems,
  isLoading,
  onLabelChange,
}: ComparisonProps) {
  const [printedOn] = useState(() => formatDay(Date.now()));
  if (isLoading) {
    return (
      <section aria-labelledby="compare-heading" aria-busy="true">
        <h2 id="compare-heading">{w.heading2}</h2>
        <p role="status">{w.reading(linkCount)}</p>
      </section>
    );
  }
  const points = toComparePoints(rows);

  return (
    <section aria-labelledby="compare-heading" className="compare-results">
      <h2 id="compare-heading">{w.heading2}</h2>
      <p className="compare-print-only">{w.printedOn(printedOn)}</p>

      {problems.length === 0 ? null : (
        <div className="notice compare-problems">
          <h3>{w.problems.heading(problems.length)}</h3>
          <ul>
            {problems.map((p) => (
              <li key={`${p.line}-${p.link}`}>
                <strong>{w.problems.line(p.line, p.label)}</strong> {describeCause(p.cause)}{' '}
                <code className="compare-link-text">{p.link}</code>
              </li>
            ))}
          </ul>
        </div>
      )}

      {rows.length === 0 ? (
        <p>{w.nothing}</p>
      ) : (
        <>
          <fieldset className="compare-labels">
            <legend>{w.labels.legend}</legend>
            <p className="muted">{w.labels.hint}</p>
            {rows.map(({ index, entry, label }) => (
              <div className="compare-label-field" key={index}>
                <label htmlFor={`compare-label-${index}`}>{w.labels.field(entry.line)}</label>
                {/* Uncontrolled: the typed text is the input's own; the page's address keeps the label. */}
                <input
                  id={`compare-label-${index}`}
                  type="text"
                  maxLength={60}
                  autoComplete="off"
                  placeholder={label}
                  defaultValue={entry.label}
                  onChange={(e) => onLabelChange(index, e.target.value)}
                />
              </div>
            ))}
          </fieldset>

          <ScrollRegion captionId="compare-table-caption">
            <table className="compare-results-table">
              <caption id="compare-table-caption">{w.table.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{w.table.label}</th>
                  <th scope="col">{w.table.type}</th>
                  <th scope="col">{w.table.strategic}</th>
                  <th scope="col">{w.table.outside}</th>
                  <th scope="col">{w.table.fit}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.index}>
                    <th scope="row">{row.label}</th>
                    <td data-label={w.table.type}>
                      {row.payload === null ? (
                        <>
                          {TYPE_NAMES[row.entry.type]}
                          <span className="compare-type-only"> ({TYPE_ONLY_NOTE})</span>
                        </>
                      ) : (
                        <>
                          {describeRowType(row)}
                          <span className="compare-model"> ({describeRowModel(row)})</span>
                        </>
                      )}
                    </td>
                    <ScoreCell
                      heading={w.table.strategic}
                      score={resultOf(row)?.strategic ?? null}
                    />
                    <ScoreCell heading={w.table.outside} score={resultOf(row)?.outside ?? null} />
                    <ScoreCell heading={w.table.fit} score={resultOf(row)?.fit ?? null} />
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>

          {points.length === 0 ? null : (
            <figure className="chart-figure compare-map">
              <ChartBoundary>
                <FitMap
                  points={points}
                  summary={describeComparePoints(points)}
                  showRanges={false}
                  showLabels
                />
              </ChartBoundary>
              <figcaption>{w.mapCaption}</figcaption>
            </figure>
          )}

          <div className="button-row compare-actions">
            <button
              type="button"
              className="button"
              onClick={() => downloadCsv(buildCompareCsv(rows, getLoadedRevision))}
            >
              {w.exportCsv}
            </button>
            <button type="button" className="button" onClick={() => window.print()}>
              {w.print}
            </button>
          </div>

          <AnswerGrid rows={rows} />

          <section className="compare-print-only" aria-label={w.printLinks}>
            <h3>{w.printLinks}</h3>
            <ol>
              {rows.map(({ index, label, link }) => (
                <li key={index}>
                  {label}: <span className="compare-link-text">{link}</span>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </section>
  );
}

/** A score with its range; `heading` repeats the column's name where a phone shows rows as cards. */
function ScoreCell({ heading, score }: { heading: string; score: DisplayScore | null }) {
  if (score === null) {
    return (
      <td data-label={heading}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{w.table.noScore}</span>
      </td>
    );
  }
  return (
    <td className="compare-score" data-label={heading}>
      {score.value} <span className="muted">{w.table.range(score.low, score.high)}</span>
    </td>
  );
}
