import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import type { RouteHandle } from '../config/head';
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
import { loadGrowth, loadRolesContent, loadSalaries } from '../content/load-guide';
import { selectGrowth } from '../domain/growth-guide';
import { compareSalaries } from '../domain/salary-comparison';
import { EarlierResults } from '../components/earlier-results';
import { RetakeButton } from '../components/retake-button';
import { isKnownRevision } from '../content/load-archive';
import { BASE } from '../config/languages';
import { takeIdOf } from '../domain/result-history';
import { encodeShareCode } from '../domain/share-code';
import {
  useHistoryEntries,
  useHistoryNotice,
  useIsTakeKept,
  useRecordResult,
} from '../store/history-store';

export const resultsHandle: RouteHandle = {
  head: () => ({
    title: 'Your result · rolefit',
    description:
      'Your rolefit result: Product Manager or Product Owner fit, how sure we are and why.',
    noindex: true,
  }),
};

/** The taker's own result, computed from the saved answers. */
export function ResultsPage() {
  const isHydrated = useHydrated();
  if (!isHydrated) {
    return (
      <article aria-busy="true">
        <h1>Your result</h1>
        <p>Loading your result…</p>
      </article>
    );
  }
  return <OwnResult prepared={loadBank()} />;
}

function OwnResult({ prepared }: { prepared: PreparedBank }) {
  const mode = useQuizMode();
  const answers = useAnswers(prepared);
  const outcome = useMemo(
    () =>
      mode === null
        ? null
        : buildResultReport(prepared, answers, mode, `${window.location.origin}${BASE}`),
    [prepared, answers, mode],
  );
  if (mode === null || outcome === null || !outcome.ok) {
    const missing =
      outcome && !outcome.ok && outcome.error.kind === 'missing-scenarios'
        ? outcome.error.ids.length
        : null;
    return (
      <article>
        <h1>Your result is not ready yet</h1>
        <p>
          {mode === null
            ? 'You have not started the quiz in this browser.'
            : missing !== null
              ? `${missing} ${missing === 1 ? 'scenario still needs' : 'scenarios still need'} an answer before we can show a result.`
              : 'Some saved answers no longer match the questions, so please check them.'}
        </p>
        <p>
          <Link className="button primary" to={paths.quiz.href()}>
            {mode === null ? 'Take the quiz' : 'Continue the quiz'}
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
        eyebrow="Your rolefit result"
        headline={words.headline}
        summary={words.summary}
        reasons={words.reasons}
        jobTitles={growth.jobTitles.titles.slice(0, FIRST_SCREEN_TITLES)}
        actions={
          <>
            <JumpLink to="share" className="button primary">
              {invite ? `Send to ${invite.name}` : 'Share your result'}
            </JumpLink>
            <Link to={jobPath}>Check a job posting against your result</Link>
          </>
        }
        footnote="For exploring your own career, not for hiring decisions."
      />
      <ResultSections
        report={report}
        roles={roles}
        types={types}
        shortQuizNote={`The short quiz has only ${words.k} scenarios, so its ranges are wider. The full quiz gives a steadier result and a practice profile.`}
        practice={<PracticeProfile report={report} />}
        pay={<SalarySection view={salaries} />}
        growth={
          <>
            <GrowthSection selection={growth} />
            <p className="print-hide">
              Looking at a job? <Link to={jobPath}>Paste its posting</Link> to see it beside your
              result, with these tips for the areas it asks for that you practise least.
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
        <h2 id="next-heading">What next</h2>
        <div className="button-row">
          <RetakeButton
            isResultKept={isResultKept}
            onRetake={() => {
              startQuiz(mode, newSeed());
              void navigate(paths.quiz.href());
            }}
          />
          <Link to={paths.roles.href()}>Compare the roles in detail</Link>
          <Link to={paths.howItWorks.href()}>How we scored this</Link>
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
          <p className="muted print-hide">
            From your answers about how often you did each kind of work in the last 12 months (0 =
            never, 100 = weekly or more). One question per area, so read it as a rough signal, not a
            measurement.
          </p>
          <figure className="chart-figure">
            <ChartBoundary>
              <DeferredSkillChart
                bars={practice.map((b) => ({ label: b.label, value: b.value ?? 0 }))}
                summary="Bar chart of your practice profile; the table below lists the same values."
              />
            </ChartBoundary>
          </figure>
          <table className="print-hide">
            <caption>Practice in the last 12 months</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Your answer</th>
                <th scope="col">Score (0–100)</th>
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
        <p>
          The short quiz leaves out the practice questions, so there is no practice profile this
          time.
        </p>
      )}
      <div className="print-hide">
        <h3>What you gravitate to</h3>
        <p>
          The areas your scenario choices touched most often:{' '}
          {report.gravitate.map((g) => `${g.label} (${g.percent}% of signals)`).join(', ')}. This is
          where your choices lean, not how good you are at it.
        </p>
      </div>
    </>
  );
}
