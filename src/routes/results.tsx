import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { linkRoot, type RouteHandle } from '../config/head';
import { formatPercent } from '../domain/format';
import { result as w } from '../words/en/result';
import { paths } from '../config/paths';
import { buildLinkFragment } from '../domain/link-fragment';
import { ChartBoundary } from '../components/chart-boundary';
import { ResultSections } from '../components/result-sections';
import { ResultHero, JumpLink } from '../components/result-hero';
import { SharePanel } from '../components/share-panel';
import { typesOfPayload } from '../domain/shared-result';
import { newSeed } from '../components/random-seed';
import { useInvite } from '../store/invite-store';
import { DeferredSkillChart } from '../components/deferred-chart';
import { useHydrated } from '../components/use-hydrated';
import { loadBank } from '../content/load-content';
import type { PreparedBank } from '../domain/bank';
import { buildResultReport, type ResultReport } from '../domain/result-report';
import type { Answers } from '../domain/schema';
import { useQuizActions, useQuizMode, useShuffleSeed } from '../store/quiz-store';
import { useAnswers } from '../store/use-answers';
import { GrowthSection } from '../components/result-guide';
import { SalarySection } from '../components/salary-section';
import { loadGrowth } from '../content/load-growth';
import { loadRolesContent } from '../content/load-roles';
import { loadSalaries } from '../content/load-salaries';
import { selectGrowth } from '../domain/growth-guide';
import { compareSalaries } from '../domain/salary-comparison';
import { EarlierResults } from '../components/earlier-results';
import { RetakeButton } from '../components/retake-button';
import { isKnownRevision } from '../content/load-archive';
import { takeIdOf } from '../domain/result-history';
import { encodeShareCode } from '../domain/share-code';
import {
  useHistoryEntries,
  useHistoryNotice,
  useIsTakeKept,
  useRecordResult,
} from '../store/history-store';

export const resultsHandle: RouteHandle = {
  head: () => ({ ...w.head, noindex: true }),
};

/** The taker's own result, computed from the saved answers. */
export function ResultsPage() {
  const isHydrated = useHydrated();
  if (!isHydrated) {
    return (
      <article aria-busy="true">
        <h1>{w.loading.heading}</h1>
        <p>{w.loading.text}</p>
      </article>
    );
  }
  return <OwnResult prepared={loadBank()} />;
}

function OwnResult({ prepared }: { prepared: PreparedBank }) {
  const mode = useQuizMode();
  const answers = useAnswers(prepared);
  const outcome = useMemo(
    () => (mode === null ? null : buildResultReport(prepared, answers, mode, linkRoot())),
    [prepared, answers, mode],
  );
  if (mode === null || outcome === null || !outcome.ok) {
    const missing =
      outcome && !outcome.ok && outcome.error.kind === 'missing-scenarios'
        ? outcome.error.ids.length
        : null;
    return (
      <article>
        <h1>{w.notReady.heading}</h1>
        <p>
          {mode === null
            ? w.notReady.notStarted
            : missing !== null
              ? w.notReady.missing(missing)
              : w.notReady.mismatch}
        </p>
        <p>
          <Link className="button primary" to={paths.quiz.href()}>
            {mode === null ? w.notReady.take : w.notReady.continue}
          </Link>
        </p>
      </article>
    );
  }
  return <ResultView prepared={prepared} report={outcome.value} answers={answers} />;
}

interface ResultViewProps {
  prepared: PreparedBank;
  report: ResultReport;
  /** The context answers pick salaries and growth tips. */
  answers: Answers;
}

function ResultView({ prepared, report, answers }: ResultViewProps) {
  const navigate = useNavigate();
  const { startQuiz } = useQuizActions();
  const { bank } = prepared;
  const invite = useInvite();
  const { words, links, mode } = report;
  const take = takeIdOf(useShuffleSeed());
  const history = useHistoryEntries();
  const historyNotice = useHistoryNotice();
  const isResultKept = useIsTakeKept(take);
  useRecordResult(take, report.result);
  const roles = loadRolesContent();
  // /job with this result's "With scores" code, so the comparison also works in another browser.
  const jobPath = paths.job.href(
    buildLinkFragment('result', encodeShareCode({ level: 'scores', result: report.result })),
  );
  const types = typesOfPayload({ level: 'scores', result: report.result });
  const salaries = compareSalaries(loadSalaries(), {
    country: answers.country,
    experience: answers.experience,
  });
  const growth = selectGrowth(loadGrowth(), roles, {
    type: report.type,
    skills: report.skills,
    framework: answers.framework,
    companySize: answers['company-size'],
    experience: answers.experience,
    dimensionLabels: Object.fromEntries(bank.dimensions.map((d) => [d.id, d.label])),
  });

  return (
    <article className="results">
      <ResultHero
        eyebrow={w.hero.eyebrow}
        headline={words.headline}
        summary={words.summary}
        reasons={words.reasons}
        jobTitles={growth.jobTitles.titles.slice(0, FIRST_SCREEN_TITLES)}
        actions={
          <>
            <JumpLink to="share" className="button primary">
              {invite ? w.hero.sendTo(invite.name) : w.hero.share}
            </JumpLink>
            <Link to={jobPath}>{w.hero.checkJob}</Link>
          </>
        }
        footnote={w.hero.footnote}
      />
      <ResultSections
        report={report}
        roles={roles}
        types={types}
        shortQuizNote={w.sections.shortQuizNote(words.k)}
        practice={<PracticeProfile report={report} />}
        pay={<SalarySection view={salaries} />}
        growth={
          <>
            <GrowthSection selection={growth} />
            <p className="print-hide">
              {w.sections.jobTip.before}
              <Link to={jobPath}>{w.sections.jobTip.link}</Link>
              {w.sections.jobTip.after}
            </p>
          </>
        }
      />
      <SharePanel
        links={links}
        headline={words.headline}
        type={report.type}
        result={report.result}
        coach={invite ? { name: invite.name, email: invite.email } : null}
      />
      <EarlierResults
        entries={history}
        currentTake={take}
        currentResult={report.result}
        notice={historyNotice}
        isKnownRevision={isKnownRevision}
      />
      <section aria-labelledby="next-heading" className="no-print">
        <h2 id="next-heading">{w.next.heading}</h2>
        <div className="button-row">
          <RetakeButton
            isResultKept={isResultKept}
            onRetake={() => {
              startQuiz(mode, newSeed());
              void navigate(paths.quiz.href());
            }}
          />
          <Link to={paths.roles.href()}>{w.next.compareRoles}</Link>
          <Link to={paths.howItWorks.href()}>{w.next.howScored}</Link>
        </div>
      </section>
    </article>
  );
}

/** How many job titles the first screen lists; "How to grow from here" has them all. */
const FIRST_SCREEN_TITLES = 3;

/** The practice answers as a chart and a table, and the areas the scenario choices touched most. */
function PracticeProfile({ report }: { report: ResultReport }) {
  const { practice } = report;
  return (
    <>
      {practice ? (
        <>
          <p className="muted print-hide">{w.practice.intro}</p>
          <figure className="chart-figure">
            <ChartBoundary>
              <DeferredSkillChart
                bars={practice.map((b) => ({ label: b.label, value: b.value ?? 0 }))}
                summary={w.practice.chartSummary}
              />
            </ChartBoundary>
          </figure>
          <table className="print-hide">
            <caption>{w.practice.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{w.practice.area}</th>
                <th scope="col">{w.practice.answer}</th>
                <th scope="col">{w.practice.score}</th>
              </tr>
            </thead>
            <tbody>
              {practice.map((b) => (
                <tr key={b.id}>
                  <th scope="row">{b.label}</th>
                  <td>{b.answer}</td>
                  <td>{b.value ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>{w.practice.none}</p>
      )}
      <div className="print-hide">
        <h3>{w.practice.gravitateHeading}</h3>
        <p>
          {w.practice.gravitate(
            report.gravitate.map((g) => ({ label: g.label, percent: formatPercent(g.percent) })),
          )}
        </p>
      </div>
    </>
  );
}
