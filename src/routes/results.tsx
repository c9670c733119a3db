import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import type { RouteHandle } from '../config/head';
import { paths } from '../config/paths';
import { ChartBoundary } from '../components/chart-boundary';
import { ResultClosing, ResultOverview } from '../components/result-sections';
import { SendToCoach } from '../components/send-to-coach';
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
import { GrowthSection, SalarySection } from '../components/result-guide';
import { loadGrowth, loadRolesContent, loadSalaries } from '../content/load-guide';
import { selectGrowth } from '../domain/growth-guide';
import { selectSalaries } from '../domain/salary-guide';
import { EarlierResults } from '../components/earlier-results';
import { RetakeButton } from '../components/retake-button';
import { isKnownRevision } from '../content/load-archive';
import { takeIdOf } from '../domain/result-history';
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
      mode === null ? null : buildResultReport(prepared, answers, mode, window.location.origin),
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
  const { words, links, mode, practice } = report;
  const take = takeIdOf(useShuffleSeed());
  const history = useHistoryEntries();
  const historyNotice = useHistoryNotice();
  const isResultKept = useIsTakeKept(take);
  useRecordResult(take, report.result);
  const roles = loadRolesContent();
  const salaries = selectSalaries(loadSalaries(), {
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
      <p className="eyebrow">Your rolefit result</p>
      <h1>{words.headline}</h1>
      <ResultOverview
        report={report}
        roles={roles}
        shortQuizNote={`The short quiz has only ${words.k} scenarios, so its ranges are wider. The full quiz gives a steadier result and a skill profile.`}
      />
      <section aria-labelledby="skills-heading">
        <h2 id="skills-heading">Your practice profile</h2>
        {practice ? (
          <>
            <p className="muted print-hide">
              From your answers about how often you did each kind of work in the last 12 months (0 =
              never, 100 = weekly or more). One question per area, so read it as a rough signal, not
              a measurement.
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
            {report.gravitate.map((g) => `${g.label} (${g.percent}% of signals)`).join(', ')}. This
            is where your choices lean, not how good you are at it.
          </p>
        </div>
      </section>
      <SalarySection selection={salaries} />
      <GrowthSection selection={growth} />
      <ResultClosing report={report} roles={roles}>
        {invite ? (
          <SendToCoach coachName={invite.name} coachEmail={invite.email} links={links} />
        ) : null}
      </ResultClosing>
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
