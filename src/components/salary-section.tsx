import { pay as w } from '../words/en/pay';
import type { MoreSourceRow, PayLine, SalaryView } from '../domain/salary-comparison';

function SourceLink({ name, url }: { name: string; url: string | null }) {
  return url ? (
    <a href={url} rel="noopener noreferrer">
      {name}
    </a>
  ) : (
    <>{name}</>
  );
}

function PayLineItem({ line }: { line: PayLine }) {
  return (
    <li className="pay-line">
      <span className="pay-role">{line.roleName}</span>{' '}
      <span className="pay-figure">{line.figure}</span>
      <span className="pay-meta">
        {line.basis} · {line.bandLabel} · {line.year}
        {line.conversion ? ` · ${line.conversion}` : ''}
        <br />
        {w.section.source}
        <SourceLink name={line.sourceName} url={line.sourceUrl} />{' '}
        {w.section.grade(line.sourceGrade)}
        {line.note ? `. ${line.note}` : ''}
      </span>
    </li>
  );
}

function MoreSourceItem({ row }: { row: MoreSourceRow }) {
  return (
    <li className="pay-more-row">
      <span className="pay-figure">{row.figure}</span> · {row.seniority} · {row.measure} ·{' '}
      {row.year}
      {row.labels.length > 0 ? ` · ${row.labels.join(' · ')}` : ''}
      <br />
      <span className="muted">
        {w.section.source}
        <SourceLink name={row.sourceName} url={row.sourceUrl} /> {w.section.grade(row.sourceGrade)}
        {row.note ? `. ${row.note}` : ''}
      </span>
    </li>
  );
}

/**
 * Which role pays more in the taker's country, on one basis with source and year, then the other
 * dated figures folded away: the body of "What the roles pay".
 */
export function SalarySection({ view }: { view: SalaryView }) {
  const { comparison } = view;
  const regionNote = w.regionNote(view.countryId);
  return (
    <div className="salaries">
      {view.intro ? <p>{view.intro}</p> : null}
      <p className="pay-answer">{view.sentence}</p>
      {regionNote ? <p>{regionNote}</p> : null}
      {comparison ? (
        <>
          <ul className="pay-lines" aria-label={w.section.compared(view.country)}>
            <PayLineItem line={comparison.pm} />
            <PayLineItem line={comparison.po} />
          </ul>
          <p className="muted">
            {view.bandNote}
            {view.sourceNote ? ` ${view.sourceNote}` : ''}
          </p>
        </>
      ) : null}
      <details className="pay-more">
        <summary>{w.section.more(view.country, view.moreSourceCount)}</summary>
        {view.moreSources.map((group) => (
          <div key={group.role}>
            <h3 className="pay-more-role">{group.roleName}</h3>
            <ul className="pay-more-list">
              {group.rows.map((row) => (
                <MoreSourceItem key={row.id} row={row} />
              ))}
            </ul>
          </div>
        ))}
        {view.moreSourceCount === 0 ? <p>{w.section.noMore(view.country)}</p> : null}
        {view.undatedCount > 0 ? (
          <p className="muted">{w.section.undated(view.undatedCount)}</p>
        ) : null}
        <ul className="muted small-print">
          {view.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </details>
      <p className="muted small-print">{w.section.footer(view.checkedOn)}</p>
    </div>
  );
}
