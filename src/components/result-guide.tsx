import type { GrowthSelection } from '../domain/growth-guide';
import type { SalaryRoleBlock, SalaryRow, SalarySelection } from '../domain/salary-guide';
import type { Source } from '../domain/guide-fields';

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** How many rows each role shows before "show all" (docs/salary-rules.md, display rule 2: two or three sources per cell). */
const VISIBLE_ROWS = 3;

function SalaryRowItem({ row }: { row: SalaryRow }) {
  return (
    <li className={row.highlighted ? 'salary-row highlighted' : 'salary-row'}>
      <span className="salary-figure">{row.figure}</span>{' '}
      <span>
        {row.seniority === 'all' ? 'all levels' : row.seniority} · {row.payTypeLabel} · {row.year}
        {row.highlighted ? ' · matches your experience' : ''}
      </span>
      <br />
      <span className="muted">
        Source:{' '}
        {row.sourceUrl ? (
          <a href={row.sourceUrl} rel="noopener noreferrer">
            {row.sourceName}
          </a>
        ) : (
          row.sourceName
        )}{' '}
        (grade {row.sourceGrade}){row.labels.length > 0 ? ` · ${row.labels.join(' · ')}` : ''}
        {row.note ? `. ${row.note}` : ''}
      </span>
    </li>
  );
}

function SalaryRole({ block }: { block: SalaryRoleBlock }) {
  const visible = block.rows.slice(0, VISIBLE_ROWS);
  const rest = block.rows.slice(VISIBLE_ROWS);
  return (
    <div className="salary-role">
      <h4>{block.roleName}</h4>
      {block.noData ? (
        <p>
          <span className="badge">No data</span>{' '}
          {capitalize(block.noDataReason ?? 'we found no reliable source for this')}.
        </p>
      ) : (
        <>
          <ul className="salary-list">
            {visible.map((row) => (
              <SalaryRowItem key={row.id} row={row} />
            ))}
          </ul>
          {rest.length > 0 ? (
            <details>
              <summary>
                Show {rest.length} more {rest.length === 1 ? 'figure' : 'figures'}
              </summary>
              <ul className="salary-list">
                {rest.map((row) => (
                  <SalaryRowItem key={row.id} row={row} />
                ))}
              </ul>
            </details>
          ) : null}
        </>
      )}
      {block.gaps.length > 0 ? (
        <p className="muted">
          No data for: {block.gaps.map((g) => `${g.label} (${g.reason})`).join('; ')}.
        </p>
      ) : null}
    </div>
  );
}

/** Salary ranges with country, level, pay type, year and source for every figure; never a personal number (the body of "What the roles pay"). */
export function SalarySection({ selection }: { selection: SalarySelection }) {
  return (
    <div className="salaries">
      <p>
        Indicative figures from published sources, each with its country, year and source. They use
        different methods and are not a prediction of what you would earn. Figures checked on{' '}
        {selection.checkedOn}.
      </p>
      {selection.groups.map((group) => (
        <div key={group.heading} className="salary-group">
          <h3>{group.heading}</h3>
          {group.currencyNote ? <p className="muted">{group.currencyNote}</p> : null}
          {group.roles.map((block) => (
            <SalaryRole key={block.role} block={block} />
          ))}
        </div>
      ))}
      <ul className="muted small-print">
        {selection.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}

function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <details className="sources">
      <summary>Sources for this section</summary>
      <ul>
        {sources.map((s) => (
          <li key={s.key}>
            [{s.key}]{' '}
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer">
                {s.name}
              </a>
            ) : (
              s.name
            )}{' '}
            (grade {s.grade})
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Growth tips from the practice answers, certifications, books, moving between roles, titles and
 * caveats: the body of "How to grow from here".
 */
export function GrowthSection({ selection }: { selection: GrowthSelection }) {
  return (
    <div className="growth">
      <h3>Practise what you do least</h3>
      {selection.focus.length > 0 ? (
        <>
          <p>These are the areas you said you practised least in the last 12 months.</p>
          {selection.focus.map((f) => (
            <div key={f.dimension} className="focus">
              <h4>
                {f.label ?? f.dimension}{' '}
                <span className="muted">(practice score {f.practiceScore} of 100)</span>
              </h4>
              <ul>
                {f.tips.map((tip) => (
                  <li key={tip.text}>{tip.text}</li>
                ))}
              </ul>
            </div>
          ))}
        </>
      ) : (
        <p>{selection.focusNote}</p>
      )}
      {selection.moves.map((move) => (
        <div key={move.direction}>
          <h3>{move.heading}</h3>
          <ol>
            {move.steps.map((step) => (
              <li key={step.title}>
                <strong>{step.title}.</strong> <span className="print-hide">{step.text}</span>
              </li>
            ))}
          </ol>
        </div>
      ))}
      <h3>Certifications that fit</h3>
      <ul>
        {selection.certifications.items.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong> ({c.body})<span className="print-hide">: {c.summary}</span>
          </li>
        ))}
      </ul>
      <p className="muted">{selection.certifications.caveat}</p>
      <div className="print-hide">
        <h3>Books</h3>
        <ul>
          {selection.books.map((b) => (
            <li key={b.title}>
              <cite>{b.title}</cite> by {b.authors} ({b.year})
            </li>
          ))}
        </ul>
        <h3>Job titles to search for</h3>
        <p>{selection.jobTitles.titles.join(' · ')}</p>
      </div>
      {selection.caveats.length > 0 ? (
        <>
          <h3>Things to keep in mind</h3>
          <ul>
            {selection.caveats.map((c) => (
              <li key={c.id}>{c.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="print-hide">
        <SourceList sources={selection.sources} />
      </div>
    </div>
  );
}
