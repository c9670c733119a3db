import type { FitResult } from '../domain/classify';
import { toDisplay } from '../domain/classify';
import { TYPE_NAMES } from '../domain/result-types';
import type { Scores } from '../domain/scoring';

/** The numbers behind a result as a table: the text alternative of the map. */
export function ScoreTable({ scores, caption }: { scores: Scores; caption: string }) {
  const rows = [
    { name: 'Strategic (+) ↔ tactical (−)', axis: scores.strategic },
    { name: 'Market-facing (+) ↔ team-facing (−)', axis: scores.outside },
    { name: 'PM-fit index: Product Manager (+) ↔ Product Owner (−)', axis: scores.fit },
  ];
  return (
    <table className="score-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Scale (−100 to 100)</th>
          <th scope="col">Your score</th>
          <th scope="col">90% range</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <th scope="row">{r.name}</th>
            <td>{toDisplay(r.axis.value)}</td>
            <td>
              {toDisplay(r.axis.low)} to {toDisplay(r.axis.high)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Shares of PM-type, PO-type and mixed choices, as text with simple bars. */
export function FitShares({ fit, k }: { fit: FitResult; k: number }) {
  const rows = [
    { label: 'Product Manager-type choices', value: fit.percentages.pm },
    { label: 'Product Owner-type choices', value: fit.percentages.po },
    {
      label: 'Mixed choices (strategic-team or hands-on with customers)',
      value: fit.percentages.mixed,
    },
  ];
  return (
    <table className="shares">
      <caption>How your {k} scenario choices split</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td className="share-value">{r.value}%</td>
            <td className="share-bar-cell" aria-hidden="true">
              <span className="share-bar" style={{ width: `${r.value}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One sentence that names the next-nearest type. */
export function nextNearestSentence(fit: FitResult): string {
  return `The next closest result type for your answers is ${TYPE_NAMES[fit.nextNearest]}.`;
}
