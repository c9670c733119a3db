import { useLocation } from 'react-router';
import { ChartBoundary } from '../components/chart-boundary';
import { FitMap } from '../components/fit-map';
import { LINK_PROBLEMS } from '../content/decode-result';
import { readLinkFragment } from '../domain/link-fragment';
import { describePosition } from '../domain/posting/describe-posting';
import { placeEvidence } from '../domain/posting/place-posting';
import { posteriorMapPoint } from '../domain/shared-result';
import { decodePlacementCode } from '../domain/posting/placement-code';

/**
 * A job's place from a `/job#j=<code>` link (docs/job-postings.md, "Sharing a placement"): the map,
 * the type words and the ranges. The posting is never in the link, and the page says so. Render
 * only after hydration: the fragment never reaches the prerender.
 */
export function SharedPlacement() {
  const code = readLinkFragment(useLocation().hash, 'job');
  if (code === null) return null;
  const decoded = decodePlacementCode(code);
  if (!decoded.ok)
    return (
      <p className="notice" role="status">
        <strong>
          {decoded.reason === 'unknown-format'
            ? LINK_PROBLEMS['unknown-format']
            : 'This placement link looks incomplete or was changed, so it shows no job.'}
        </strong>{' '}
        You can still paste the posting below to place it.
      </p>
    );
  const place = placeEvidence(decoded.value);
  const [typeWords, ...ranges] = describePosition(place);
  const point = posteriorMapPoint('The job in the link', place.posterior);
  return (
    <section className="job-shared card" aria-labelledby="job-shared-heading">
      <h2 id="job-shared-heading">A job’s place, from a link</h2>
      <p className="job-type">{typeWords}</p>
      <ul>
        {ranges.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {place.verdict ? (
        <figure className="job-map">
          <ChartBoundary>
            <FitMap
              points={[point]}
              summary={`The job in the link on the map: strategic ${point.strategic} (90% range ${point.strategicLow} to ${point.strategicHigh}), market-facing ${point.outside} (90% range ${point.outsideLow} to ${point.outsideHigh}).`}
            />
          </ChartBoundary>
          <figcaption>The shaded box is where the job may sit (90% range).</figcaption>
        </figure>
      ) : null}
      <p className="job-note">
        The posting itself is not in this link: only the job’s place, from how much its phrases
        pointed to each corner of the map. Paste the posting below to see its phrases again.
      </p>
    </section>
  );
}
