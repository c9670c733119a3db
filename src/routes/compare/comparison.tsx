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
import { TYPE_NAMES } from '../../domain/result-types';
import type { DisplayScore } from '../../domain/share-code';
import { AnswerGrid } from './answer-grid';
import { ScrollRegion } from './scroll-region';
import { downloadCsv } from './download-csv';

function describeCause(cause: CompareProblemCause): string {
  if (cause.kind === 'duplicate') {
    return `This is the same result link as line ${cause.of}, so it is compared once.`;
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
  const [printedOn] = useState(() =>
    new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date()),
  );
  if (isLoading) {
    return (
      <section aria-labelledby="compare-heading" aria-busy="true">
        <h2 id="compare-heading">Comparison</h2>
        <p role="status">
          Reading {linkCount} {linkCount === 1 ? 'link' : 'links'}…
        </p>
      </section>
    );
  }
  const points = toComparePoints(rows);

  return (
    <section aria-labelledby="compare-heading" className="compare-results">
      <h2 id="compare-heading">Comparison</h2>
      <p className="compare-print-only">Printed on {printedOn}.</p>

      {problems.length === 0 ? null : (
        <div className="notice compare-problems">
          <h3>
            {problems.length === 1
              ? '1 link could not be compared'
              : `${problems.length} links could not be compared`}
          </h3>
          <ul>
            {problems.map((p) => (
              <li key={`${p.line}-${p.link}`}>
                <strong>
                  Line {p.line} ({p.label}):
                </strong>{' '}
                {describeCause(p.cause)} <code className="compare-link-text">{p.link}</code>
              </li>
            ))}
          </ul>
        </div>
      )}

      {rows.length === 0 ? (
        <p>None of the links could be read, so there is nothing to compare yet.</p>
      ) : (
        <>
          <fieldset className="compare-labels">
            <legend>Labels</legend>
            <p className="muted">
              Labels appear in the table, on the map and in the export, and are kept in this
              page&apos;s address.
            </p>
            {rows.map(({ index, entry, label }) => (
              <div className="compare-label-field" key={index}>
                <label htmlFor={`compare-label-${index}`}>Label for link {entry.line}</label>
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
              <caption id="compare-table-caption">
                Results side by side: scores from −100 to 100, 90% range in brackets
              </caption>
              <thead>
                <tr>
                  <th scope="col">Label</th>
                  <th scope="col">Result type</th>
                  <th scope="col">Strategic (+) ↔ tactical (−)</th>
                  <th scope="col">Market-facing (+) ↔ team-facing (−)</th>
                  <th scope="col">PM-fit: Product Manager (+) ↔ Product Owner (−)</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.index}>
                    <th scope="row">{row.label}</th>
                    <td data-label="Result type">
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
                      heading="Strategic (+) ↔ tactical (−)"
                      score={resultOf(row)?.strategic ?? null}
                    />
                    <ScoreCell
                      heading="Market-facing (+) ↔ team-facing (−)"
                      score={resultOf(row)?.outside ?? null}
                    />
                    <ScoreCell
                      heading="PM-fit: Product Manager (+) ↔ Product Owner (−)"
                      score={resultOf(row)?.fit ?? null}
                    />
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
              <figcaption>
                One point per result with scores; the table above has the numbers and ranges.
              </figcaption>
            </figure>
          )}

          <div className="button-row compare-actions">
            <button
              type="button"
              className="button"
              onClick={() => downloadCsv(buildCompareCsv(rows, getLoadedRevision))}
            >
              Export CSV
            </button>
            <button type="button" className="button" onClick={() => window.print()}>
              Print / Save as PDF
            </button>
          </div>

          <AnswerGrid rows={rows} />

          <section className="compare-print-only" aria-label="Result links">
            <h3>Result links</h3>
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
        <span className="visually-hidden">no score</span>
      </td>
    );
  }
  return (
    <td className="compare-score" data-label={heading}>
      {score.value}{' '}
      <span className="muted">
        ({score.low} to {score.high})
      </span>
    </td>
  );
}
