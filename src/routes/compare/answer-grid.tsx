import { getLoadedRevision, getShareManifest } from '../../content/load-archive';
import { alignAnswers } from '../../domain/compare';
import { compare as w } from '../../words/en/compare';
import { ScrollRegion } from './scroll-region';
import { findAnswerText, findQuestionText, type CompareRow } from '../../domain/compare-report';

/** Answer-level links side by side, aligned by question id across revisions. */
export function AnswerGrid({ rows }: { rows: readonly CompareRow[] }) {
  const columns = rows.flatMap(({ index, label, payload }) => {
    if (payload?.level !== 'answers' || payload.answers === undefined) return [];
    const { revision, mode } = payload.result;
    const manifest = getShareManifest(revision, mode);
    return [
      {
        index,
        label,
        bank: getLoadedRevision(revision),
        itemIds: manifest?.items.map((item) => item.id) ?? [],
        answers: payload.answers,
      },
    ];
  });
  if (columns.length === 0) return null;
  const grid = alignAnswers(columns);
  return (
    <section aria-labelledby="compare-answers-heading" className="compare-answers">
      <h3 id="compare-answers-heading">{w.answers.heading}</h3>
      <p className="muted">{w.answers.hint}</p>
      <ScrollRegion captionId="compare-answers-caption">
        <table className="compare-answer-grid">
          <caption id="compare-answers-caption">{w.answers.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{w.answers.question}</th>
              {columns.map((c) => (
                <th scope="col" key={c.index}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((row) => {
              const header =
                columns.map((c) => findQuestionText(c.bank, row.id)).find((t) => t !== undefined) ??
                row.id;
              return (
                <tr key={row.id}>
                  <th scope="row">{header}</th>
                  {row.cells.map((cell, i) => {
                    const column = columns[i];
                    const asked = column ? findQuestionText(column.bank, row.id) : undefined;
                    return (
                      <td key={column?.index ?? i} data-label={column?.label}>
                        {cell.kind === 'not-asked' ? (
                          <span className="muted">{w.answers.notAsked}</span>
                        ) : cell.kind === 'unanswered' ? (
                          <span className="muted">{w.answers.unanswered}</span>
                        ) : (
                          findAnswerText(column?.bank, row.id, cell.option)
                        )}
                        {asked !== undefined && asked !== header ? (
                          <span className="compare-asked-as">{w.answers.askedAs(asked)}</span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
