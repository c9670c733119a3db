import type { GrowthSelection } from '../domain/growth-guide';
import type { Source } from '../domain/guide-fields';
import { result as w } from '../words/en/result';

function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <details className="sources">
      <summary>{w.growth.sources}</summary>
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
            {w.growth.grade(s.grade)}
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
      <h3>{w.growth.practiseLeast}</h3>
      {selection.focus.length > 0 ? (
        <>
          <p>{w.growth.focusIntro}</p>
          {selection.focus.map((f) => (
            <div key={f.dimension} className="focus">
              <h4>
                {f.label ?? f.dimension}{' '}
                <span className="muted">{w.growth.practiceScore(f.practiceScore)}</span>
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
      <h3>{w.growth.certifications}</h3>
      <ul>
        {selection.certifications.items.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong> ({c.body})<span className="print-hide">: {c.summary}</span>
          </li>
        ))}
      </ul>
      <p className="muted">{selection.certifications.caveat}</p>
      <div className="print-hide">
        <h3>{w.growth.books}</h3>
        <ul>
          {selection.books.map((b) => (
            <li key={b.title}>
              <cite>{b.title}</cite>
              {w.growth.by(b.authors, String(b.year))}
            </li>
          ))}
        </ul>
        <h3>{w.growth.jobTitles}</h3>
        <p>{selection.jobTitles.titles.join(' · ')}</p>
      </div>
      {selection.caveats.length > 0 ? (
        <>
          <h3>{w.growth.keepInMind}</h3>
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
