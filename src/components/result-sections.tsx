import type { ReactNode } from 'react';
import type { ResultReport } from '../domain/result-report';
import type { RolesContent } from '../domain/roles-schema';
import { CertaintySection, MapSection, WhySection } from './result-core';
import { TypeDescription } from './result-guide';
import { SharePanel } from './share-panel';

/**
 * The top of a taker's result, on the results page and in the embed: what the type means, how sure
 * we are, why, and the map. `shortQuizNote` is shown under the certainty for a short quiz.
 */
export function ResultOverview({
  report,
  roles,
  shortQuizNote,
  whyHeadingId,
}: {
  report: ResultReport;
  roles: RolesContent;
  shortQuizNote: string;
  whyHeadingId?: string;
}) {
  const { words } = report;
  const typeContent = roles.types.find((t) => t.id === report.type);
  return (
    <>
      {typeContent ? (
        <TypeDescription content={typeContent} splitCaveat={roles.notices.splitCaveat} />
      ) : null}
      <CertaintySection
        view={words}
        {...(report.mode === 'short' ? { note: shortQuizNote } : {})}
      />
      <WhySection
        sentences={words.sentences}
        nextNearest={words.nextNearest}
        {...(whyHeadingId === undefined ? {} : { headingId: whyHeadingId })}
      />
      <MapSection result={report.result} view={words} label="You" caption="Your scores" />
    </>
  );
}

/** The end of a taker's result: what it is not, then the share panel; `children` stand between. */
export function ResultClosing({
  report,
  roles,
  children,
}: {
  report: ResultReport;
  roles: RolesContent;
  children?: ReactNode;
}) {
  return (
    <>
      <aside className="notice">
        <p>{roles.notices.notForHiring}</p>
        <p>{roles.notices.notATest}</p>
      </aside>
      {children}
      <SharePanel
        links={report.links}
        headline={report.words.headline}
        type={report.type}
        result={report.result}
      />
    </>
  );
}
