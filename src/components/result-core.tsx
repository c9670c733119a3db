import type { SharedResult } from '../domain/share-code';
import { toMapPoint } from '../domain/shared-result';
import type { ResultView } from '../domain/shared-view';
import { ChartBoundary } from './chart-boundary';
import { DeferredFitMap } from './deferred-chart';
import { formatPercent } from '../domain/format';
import { result as w } from '../words/en/result';

/** The signed scores as a table, folded away: the text alternative of the map and the details view. */
export function ScoreTable({ view, caption }: { view: ResultView; caption: string }) {
  return (
    <details className="score-details">
      <summary>{w.core.scoresSummary}</summary>
      <table className="score-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{w.core.scale}</th>
            <th scope="col">{w.core.score}</th>
            <th scope="col">{w.core.range}</th>
          </tr>
        </thead>
        <tbody>
          {view.scores.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.name}</th>
              <td>{r.score.value}</td>
              <td>{w.core.rangeText(r.score.low, r.score.high)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** How sure we are, each axis in words, and how the choices split (inside "What it means"). */
export function CertaintyDetails({ view, note }: { view: ResultView; note?: string }) {
  return (
    <>
      <h3>{w.core.howSure}</h3>
      <p>{view.certainty}</p>
      {note ? <p className="muted">{note}</p> : null}
      <ul>
        <li>
          <strong>{w.core.strategicAxis}</strong> {view.axes.strategic}
        </li>
        <li>
          <strong>{w.core.outsideAxis}</strong> {view.axes.outside}
        </li>
      </ul>
      <table className="shares">
        <caption>{view.choices.caption}</caption>
        <tbody>
          {view.choices.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td className="share-value">
                {r.count === null ? formatPercent(r.percent) : w.core.countOf(r.count, view.k)}
              </td>
              <td className="share-bar-cell" aria-hidden="true">
                <span className="share-bar" style={{ width: `${r.percent}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The map with its table (the body of "The map"). */
export function MapFigure({
  result,
  view,
  label,
  caption,
}: {
  result: SharedResult;
  view: ResultView;
  label: string;
  caption: string;
}) {
  const point = toMapPoint(label, result);
  const summary = w.core.mapSummary(point);
  return (
    <>
      <figure className="chart-figure">
        <ChartBoundary>
          <DeferredFitMap points={[point]} summary={summary} />
        </ChartBoundary>
        <figcaption>{w.core.mapCaption}</figcaption>
      </figure>
      <ScoreTable view={view} caption={caption} />
    </>
  );
}

/** "Why this result": sentences that count the choices, then the next-nearest type. */
export function WhyDetails({
  sentences,
  nextNearest,
}: {
  sentences: readonly string[];
  nextNearest: string;
}) {
  return (
    <>
      <h3>{w.core.why}</h3>
      <ul>
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <p>{nextNearest}</p>
    </>
  );
}
