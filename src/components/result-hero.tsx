import type { MouseEvent, ReactNode, Ref } from 'react';
import { result as w } from '../words/en/result';

export interface ResultHeroProps {
  eyebrow: string;
  /** The type in plain words (the page's h1). */
  headline: string;
  /** How sure we are, in a few words with the percentage. */
  summary: string;
  /** The two or three strongest reasons, counted from the answers. */
  reasons: readonly string[];
  /** Job titles to search for; none on a page that does not know the type's titles. */
  jobTitles?: readonly string[];
  /** The next steps as buttons and links. */
  actions?: ReactNode;
  /** A short line under the actions (e.g. "for exploration, not hiring decisions"). */
  footnote?: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * The first screen of a result: the type, how sure we are, why, and what to do next. Everything on it
 * is computed elsewhere (shared-view.ts, result-report.ts); it fits a 390 × 844 phone without scrolling.
 */
export function ResultHero(props: ResultHeroProps) {
  const { eyebrow, headline, summary, reasons, jobTitles, actions, footnote, headingRef } = props;
  return (
    <header className="result-hero">
      <p className="eyebrow">{eyebrow}</p>
      <h1 ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {headline}
      </h1>
      <p className="result-summary">
        <span className="visually-hidden">{w.hero.howSure}</span>
        {summary}
      </p>
      {/* In print, "Why this result" in "What it means" gives these reasons and more. */}
      <h2 className="hero-label print-hide">{w.hero.why}</h2>
      <ul className="result-reasons print-hide">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {jobTitles && jobTitles.length > 0 ? (
        <>
          <h2 className="hero-label">{w.hero.jobTitles}</h2>
          <ul className="job-titles">
            {jobTitles.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </>
      ) : null}
      {actions ? <div className="hero-actions button-row">{actions}</div> : null}
      {footnote ? <p className="muted hero-footnote">{footnote}</p> : null}
    </header>
  );
}

/**
 * A link to a section further down the page (such as the share panel) that moves the reader and the
 * keyboard focus there without adding a history entry; without script it is a plain fragment link.
 */
export function JumpLink({
  to,
  className,
  children,
}: {
  /** The target section's id; its heading (`<id>-heading`) receives focus. */
  to: string;
  className?: string;
  children: ReactNode;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(to);
    if (!target) return;
    event.preventDefault();
    const heading = document.getElementById(`${to}-heading`) ?? target;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };
  return (
    <a href={`#${to}`} className={className} onClick={onClick}>
      {children}
    </a>
  );
}
