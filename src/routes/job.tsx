import { useDeferredValue, useId, useMemo, useState } from 'react';
import { formatNumber } from '../domain/format';
import type { RouteHandle } from '../config/head';
import { ChartBoundary } from '../components/chart-boundary';
import { CopyLink } from '../components/copy-link';
import { FitMap } from '../components/fit-map';
import { PostingHighlights } from '../components/posting-highlights';
import { useHydrated } from '../components/use-hydrated';
import { loadLexicon } from '../content/load-lexicon';
import { QUADRANTS } from '../domain/ids';
import {
  describeJobType,
  describeTitleCheck,
  QUADRANT_EVIDENCE_NAMES,
  summarizePlacement,
} from '../domain/posting/describe-posting';
import { placePosting, type PostingPlacement } from '../domain/posting/place-posting';
import { compareJobWithResult, type JobBesideResult } from '../domain/posting/job-beside-result';
import { posteriorMapPoint, toMapPoint } from '../domain/shared-result';
import { loadGrowth } from '../content/load-growth';
import { loadBank } from '../content/load-content';
import type { DimensionId } from '../domain/schema';
import {
  choiceCountOf,
  TakeQuizOffer,
  useResultToCompare,
  type ResultState,
  type ResultToCompare,
} from './job-beside';
import { mapPointSummary, SharedPlacement } from './job-shared';
import { paths } from '../config/paths';
import { buildLinkFragment } from '../domain/link-fragment';
import { encodePlacementCode } from '../domain/posting/placement-code';
import { job as w } from '../words/en/job';
import './job.css';

export const jobHandle: RouteHandle = {
  head: () => ({ title: w.head.title, description: w.head.description }),
};

/** About 6,000 words: longer than any posting we have seen, short enough to highlight at once. */
export const MAX_POSTING_LENGTH = 40_000;

/** /job: paste a posting, see where its duties sit. The posting stays in this page's memory only. */
export function JobPage() {
  const titleId = useId();
  const textId = useId();
  const counterId = useId();
  // Until the script runs, the fields wait: text pasted earlier would be wiped by hydration.
  const isHydrated = useHydrated();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  // Placing a long posting takes a few milliseconds: typing stays smooth while it catches up.
  const deferredTitle = useDeferredValue(title);
  const deferredText = useDeferredValue(text);
  const placement = useMemo(
    () =>
      deferredText.trim() === ''
        ? null
        : placePosting(loadLexicon(), { title: deferredTitle, text: deferredText }),
    [deferredTitle, deferredText],
  );

  return (
    <article className="job-page">
      <h1>{w.heading}</h1>
      <p>
        {w.intro.before}
        <em>{w.intro.emphasis}</em>
        {w.intro.after}
      </p>
      <p>{w.hiring}</p>
      {isHydrated ? <SharedPlacement /> : null}
      <form className="job-form" onSubmit={(event) => event.preventDefault()}>
        <fieldset className="form-fields" disabled={!isHydrated}>
          <label htmlFor={titleId}>{w.titleLabel}</label>
          <input
            id={titleId}
            type="text"
            value={title}
            maxLength={200}
            autoComplete="off"
            onChange={(event) => setTitle(event.target.value)}
          />
          <label htmlFor={textId}>{w.postingLabel}</label>
          <textarea
            id={textId}
            value={text}
            rows={12}
            maxLength={MAX_POSTING_LENGTH}
            aria-describedby={counterId}
            // A text area takes only the plain text of what is pasted: formatting never arrives.
            onChange={(event) => setText(event.target.value)}
          />
          <p id={counterId} className="job-counter">
            {w.counter(formatNumber(text.length), formatNumber(MAX_POSTING_LENGTH))}
            {text.length >= MAX_POSTING_LENGTH ? w.cutOff : ''}
          </p>
        </fieldset>
      </form>
      {/* Only once hydrated: which result to compare with is in this browser's storage. */}
      {isHydrated ? <JobBesideYou text={deferredText} placement={placement} /> : null}
    </article>
  );
}

/** The job, with the taker's result beside it when this browser or the link has one. */
function JobBesideYou({ text, placement }: { text: string; placement: PostingPlacement | null }) {
  const state = useResultToCompare();
  const found = state.kind === 'found' ? state.value : null;
  return (
    <>
      <ResultStatus state={state} />
      {placement ? <JobResult text={text} placement={placement} yours={found} /> : null}
    </>
  );
}

function ResultStatus({ state }: { state: ResultState }) {
  if (state.kind === 'reading') return <p aria-busy="true">{w.readingLink}</p>;
  const problem = state.linkProblem ? (
    <p className="notice" role="status">
      <strong>{state.linkProblem}</strong>
      {w.linkProblemAfter(state.kind === 'found')}
    </p>
  ) : null;
  if (state.kind === 'none')
    return (
      <>
        {problem}
        <TakeQuizOffer />
      </>
    );
  const { headline, from } = state.value;
  return (
    <>
      {problem}
      <p className="job-yours">
        {w.besideWhich(state.value.voice === 'own')}
        <strong>{headline}</strong> ({from}).
      </p>
    </>
  );
}

/** The practice area each lexicon entry asks for (questions/lexicon.json `dimension`). */
const dimensionOf = (entryId: string): DimensionId | undefined =>
  loadLexicon().lexicon.entries.find((e) => e.id === entryId)?.dimension;

function compareWith(placement: PostingPlacement, yours: ResultToCompare): JobBesideResult {
  const { bank } = loadBank();
  return compareJobWithResult({
    placement,
    result: yours.result,
    choiceCount: choiceCountOf(yours.result),
    practice: yours.practice,
    dimensionOf,
    labels: Object.fromEntries(bank.dimensions.map((d) => [d.id, d.label])) as Record<
      DimensionId,
      string
    >,
    tips: loadGrowth().tips,
    voice: yours.voice,
  });
}

interface JobResultProps {
  text: string;
  placement: PostingPlacement;
  /** The taker's result, when there is one to put beside the job. */
  yours: ResultToCompare | null;
}

function JobResult({ text, placement, yours }: JobResultProps) {
  const titleCheck = describeTitleCheck(placement.titleCheck);
  const point = posteriorMapPoint(w.jobLabel, placement.posterior);
  const hasEvidence = placement.matches.length > 0;
  const summary = summarizePlacement(placement);
  const comparison = yours ? compareWith(placement, yours) : null;
  const isOwn = yours?.voice === 'own';
  const resultLabel = isOwn ? w.yourResult : w.linkedResult;
  const besidePoint =
    yours && comparison?.kind === 'compared' ? toMapPoint(resultLabel, yours.result) : null;
  const points = besidePoint ? [point, besidePoint] : [point];
  return (
    <section className="job-result" aria-labelledby="job-result-heading">
      <h2 id="job-result-heading">{w.resultHeading}</h2>
      <p className="job-type">{describeJobType(placement.verdict)}</p>
      {titleCheck ? (
        <p
          className={
            placement.titleCheck.kind === 'disagrees' ? 'job-title-check notice' : 'job-title-check'
          }
        >
          {titleCheck}
        </p>
      ) : null}
      {hasEvidence ? (
        <figure className="job-map">
          <ChartBoundary>
            <FitMap
              points={points}
              showLabels={besidePoint !== null}
              summary={points.map(mapPointSummary).join(' ')}
            />
          </ChartBoundary>
          <figcaption>{besidePoint ? w.captionBoth(isOwn) : w.captionJob}</figcaption>
        </figure>
      ) : null}
      {comparison ? <BesideResult comparison={comparison} isOwn={isOwn} /> : null}
      <h3>{w.evidenceHeading}</h3>
      <table className="job-evidence">
        <caption>{w.evidenceCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{w.pointsTo}</th>
            <th scope="col">{w.phrases}</th>
          </tr>
        </thead>
        <tbody>
          {QUADRANTS.map((q) => (
            <tr key={q}>
              <th scope="row">
                <span className={`job-swatch job-mark-${q}`} aria-hidden="true" />
                {QUADRANT_EVIDENCE_NAMES[q]}
              </th>
              <td>{formatNumber(placement.matchCounts[q])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="job-note">{w.countNote}</p>
      <h3>{w.markedHeading}</h3>
      <PostingHighlights
        text={text}
        matches={placement.matches}
        quadrantNames={QUADRANT_EVIDENCE_NAMES}
      />
      <CopyLink
        label={w.summaryLabel}
        value={summary}
        buttonLabel={w.copySummary}
        copiedMessage={w.summaryCopied}
        isMultiline
      />
      <CopyLink
        label={w.linkLabel}
        value={`${window.location.origin}${paths.job.href(buildLinkFragment('job', encodePlacementCode(placement.evidence)))}`}
        buttonLabel={w.copyLink}
        copiedMessage={w.linkCopied}
      />
    </section>
  );
}

function BesideResult({ comparison, isOwn }: { comparison: JobBesideResult; isOwn: boolean }) {
  return (
    <section className="job-beside" aria-labelledby="job-beside-heading">
      <h3 id="job-beside-heading">{w.besideHeading(isOwn)}</h3>
      {comparison.kind === 'not-enough' ? (
        <p>{comparison.sentence}</p>
      ) : (
        <>
          <p className="job-closeness">{comparison.headline}</p>
          <ul>
            {comparison.axes.map((a) => (
              <li key={a.axis}>{a.sentence}</li>
            ))}
          </ul>
          <p className="job-note">{comparison.basis}</p>
          <h4>{w.leastPractised}</h4>
          <p>{comparison.weakNote}</p>
          {comparison.weakMatches?.map((m) => (
            <div key={m.dimension} className="job-weak-area">
              <h5>{m.label}</h5>
              <p>{m.sentence}</p>
              <p>{w.tipsIntro}</p>
              <ul>
                {m.tips.map((tip) => (
                  <li key={tip.text}>{tip.text}</li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
