import { paths } from '../config/paths';
import { SalarySection } from '../components/salary-section';
import { ResultSections } from '../components/result-sections';
import { JumpLink, ResultHero } from '../components/result-hero';
import { SharePanel } from '../components/share-panel';
import { typesOfPayload } from '../domain/shared-result';
import { loadRolesContent } from '../content/load-roles';
import { loadSalaries } from '../content/load-salaries';
import { compareSalaries } from '../domain/salary-comparison';
import type { ResultReport } from '../domain/result-report';
import type { Answers } from '../domain/schema';
import type { Cta } from './frame-messages';
import type { Consent } from '../embed-loader/protocol';
import { useFocusOnMount } from './use-focus-on-mount';
import { describeBesideRole } from '../domain/role-beside';
import type { ResultType } from '../domain/result-types';
import { embed } from '../words/en/embed';

const w = embed.result;

export interface EmbedResultProps {
  report: ResultReport;
  /** The context answers pick salaries. */
  answers: Answers;
  showSalaries: boolean;
  showGuide: boolean;
  /** A role the host named (`job-profile`): the taker's result beside it, in words, seen only here. */
  jobProfile: ResultType | null;
  /** The host's link for the result screen (e.g. open roles), https only. */
  cta: Cta | null;
  /** The verified host origin, or null when no host page is listening. */
  hostOrigin: string | null;
  consent: Consent;
  onRestart: () => void;
}

/** The result inside the embed: the same numbers and words as the full results page, more compact. */
export function EmbedResult(props: EmbedResultProps) {
  const { report, answers, cta, hostOrigin, consent } = props;
  const { words, links } = report;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const roles = loadRolesContent();
  const salaries = props.showSalaries
    ? compareSalaries(loadSalaries(), { country: answers.country, experience: answers.experience })
    : null;

  const types = typesOfPayload({ level: 'scores', result: report.result });

  return (
    <article className="results embed-result">
      <ResultHero
        eyebrow={w.eyebrow}
        headline={words.headline}
        headingRef={headingRef}
        summary={words.summary}
        reasons={words.reasons}
        actions={
          <>
            {cta ? (
              <a className="button primary" href={cta.href} target="_top">
                {cta.label ?? w.cta}
              </a>
            ) : null}
            <JumpLink to="share" className={cta ? 'button' : 'button primary'}>
              {w.copyLink}
            </JumpLink>
          </>
        }
        footnote={
          hostOrigin !== null ? (
            <>
              {hostOrigin === 'null' ? (
                w.seen.theSite
              ) : (
                <span className="embed-origin">{hostOrigin}</span>
              )}{' '}
              {w.seen.canSee} {consent === 'granted' ? w.seen.shared : w.seen.kept}
            </>
          ) : undefined
        }
      />
      {props.jobProfile ? <RoleBeside report={report} role={props.jobProfile} /> : null}
      <ResultSections
        report={report}
        roles={roles}
        types={types}
        shortQuizNote={w.shortQuizNote(words.k)}
        {...(salaries ? { pay: <SalarySection view={salaries} /> } : {})}
      />
      <SharePanel
        links={links}
        headline={words.headline}
        type={report.type}
        result={report.result}
        social={false}
      />
      <section aria-labelledby="embed-next-heading" className="no-print">
        <h2 id="embed-next-heading">{w.nextHeading}</h2>
        <p className="button-row">
          <button type="button" className="button" onClick={props.onRestart}>
            {w.retake}
          </button>
          {props.showGuide ? (
            <a href={paths.roles.href()} target="_blank" rel="noopener noreferrer">
              {w.guide}
            </a>
          ) : null}
          <a href={links.type} target="_blank" rel="noopener noreferrer">
            {w.open}
          </a>
        </p>
      </section>
    </article>
  );
}

/** The result beside the host's role, in neutral words (never sent to the host). */
function RoleBeside({ report, role }: { report: ResultReport; role: ResultType }) {
  const beside = describeBesideRole(report.result, role);
  return (
    <section className="embed-role-beside card" aria-labelledby="embed-role-heading">
      <h2 id="embed-role-heading">{beside.heading}</h2>
      <ul>
        {beside.sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <p className="muted">{beside.note}</p>
    </section>
  );
}
