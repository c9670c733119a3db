import { useDeferredValue, useId, useMemo, useState } from 'react';
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
import { loadGrowth } from '../content/load-guide';
import { loadBank } from '../content/load-content';
import type { DimensionId } from '../domain/schema';
import {
  choiceCountOf,
  TakeQuizOffer,
  useResultToCompare,
  type ResultState,
  type ResultToCompare,
} from './job-beside';
import { SharedPlacement } from './job-shared';
import { paths } from '../config/paths';
import { buildLinkFragment } from '../domain/link-fragment';
import { encodePlacementCode } from '../domain/posting/placement-code';
import './job.css';

export const jobHandle: RouteHandle = {
  head: () => ({
    title: 'Where does this job sit? · rolefit',
    description:
      'Paste a product job posting and see where its duties sit on the Product Manager / Product Owner map, with the phrases that placed it. Nothing leaves your browser.',
  }),
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
      <h1>Where does this job sit?</h1>
      <p>
        Paste a job posting for a product role. rolefit reads what the job <em>does</em>, not what
        it is called, and places it on the same map as a quiz result. The posting stays in this
        browser: it is never sent anywhere and never put into a link.
      </p>
      <p>Hiring? Paste your own draft to see what it says the job is before you publish it.</p>
      {isHydrated ? <SharedPlacement /> : null}
      <form className="job-form" onSubmit={(event) => event.preventDefault()}>
        <fieldset className="form-fields" disabled={!isHydrated}>
          <label htmlFor={titleId}>Job title (optional)</label>
          <input
            id={titleId}
            type="text"
            value={title}
            maxLength={200}
            autoComplete="off"
            onChange={(event) => setTitle(event.target.value)}
          />
          <label htmlFor={textId}>Job posting</label>
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
            {text.length.toLocaleString('en')} of {MAX_POSTING_LENGTH.toLocaleString('en')}{' '}
            characters
            {text.length >= MAX_POSTING_LENGTH ? ': the rest of the posting was cut off.' : ''}
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
  if (state.kind === 'reading') return <p aria-busy="true">Reading the result in the link…</p>;
  const problem = state.linkProblem ? (
    <p className="notice" role="status">
      <strong>{state.linkProblem}</strong> The result in it cannot be shown beside the job
      {state.kind === 'found' ? ', so the result from this browser is used instead' : ''}.
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
        The job will be shown beside {state.value.voice === 'own' ? 'your result' : 'this result'}:{' '}
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
  const point = posteriorMapPoint('The job', placement.posterior);
  const hasEvidence = placement.matches.length > 0;
  const summary = summarizePlacement(placement);
  const comparison = yours ? compareWith(placement, yours) : null;
  const resultLabel = yours?.voice === 'own' ? 'Your result' : 'The linked result';
  const besidePoint =
    yours && comparison?.kind === 'compared' ? toMapPoint(resultLabel, yours.result) : null;
  const points = besidePoint ? [point, besidePoint] : [point];
  return (
    <section className="job-result" aria-labelledby="job-result-heading">
      <h2 id="job-result-heading">What the posting says the job is</h2>
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
              summary={points
                .map(
                  (p) =>
                    `${p.label} on the map: strategic ${p.strategic} (90% range ${p.strategicLow} to ${p.strategicHigh}), market-facing ${p.outside} (90% range ${p.outsideLow} to ${p.outsideHigh}).`,
                )
                .join(' ')}
            />
          </ChartBoundary>
          <figcaption>
            {besidePoint
              ? `Each shaded box is where the job or ${resultLabel.toLowerCase()} may sit (90% range): the less the posting says, the bigger the job's box.`
              : 'The shaded box is where the job may sit (90% range): the less the posting says, the bigger the box.'}
          </figcaption>
        </figure>
      ) : null}
      {comparison ? <BesideResult comparison={comparison} resultLabel={resultLabel} /> : null}
      <h3>The evidence</h3>
      <table className="job-evidence">
        <caption>Phrases found, by what they point to</caption>
        <thead>
          <tr>
            <th scope="col">Points to</th>
            <th scope="col">Phrases</th>
          </tr>
        </thead>
        <tbody>
          {QUADRANTS.map((q) => (
            <tr key={q}>
              <th scope="row">
                <span className={`job-swatch job-mark-${q}`} aria-hidden="true" />
                {QUADRANT_EVIDENCE_NAMES[q]}
              </th>
              <td>{placement.matchCounts[q]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="job-note">
        Phrases under “Nice to have” or “Preferred”, and phrases after “not” or “no”, count less or
        not at all; benefits and company boilerplate count for nothing and are not marked.
      </p>
      <h3>The posting, marked</h3>
      <PostingHighlights
        text={text}
        matches={placement.matches}
        quadrantNames={QUADRANT_EVIDENCE_NAMES}
      />
      <CopyLink
        label="Summary (plain text: position and top phrases, not the posting)"
        value={summary}
        buttonLabel="Copy summary"
        copiedMessage="Summary copied."
        isMultiline
      />
      <CopyLink
        label="Link to this placement (the job’s place on the map only, never the posting)"
        value={`${window.location.origin}${paths.job.href(buildLinkFragment('job', encodePlacementCode(placement.evidence)))}`}
        buttonLabel="Copy link to this placement"
        copiedMessage="Link copied."
      />
    </section>
  );
}

function BesideResult({
  comparison,
  resultLabel,
}: {
  comparison: JobBesideResult;
  resultLabel: string;
}) {
  return (
    <section className="job-beside" aria-labelledby="job-beside-heading">
      <h3 id="job-beside-heading">Beside {resultLabel.toLowerCase()}</h3>
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
          <h4>Least practised areas</h4>
          <p>{comparison.weakNote}</p>
          {comparison.weakMatches?.map((m) => (
            <div key={m.dimension} className="job-weak-area">
              <h5>{m.label}</h5>
              <p>{m.sentence}</p>
              <p>Tips from the growth guide:</p>
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
