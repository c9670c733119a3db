import { useLocation } from 'react-router';
import { formatNumber } from '../domain/format';
import { ChartBoundary } from '../components/chart-boundary';
import { FitMap, type MapPoint } from '../components/fit-map';
import { LINK_PROBLEMS } from '../content/decode-result';
import { readLinkFragment } from '../domain/link-fragment';
import { describePosition } from '../domain/posting/describe-posting';
import { placeEvidence } from '../domain/posting/place-posting';
import { posteriorMapPoint } from '../domain/shared-result';
import { decodePlacementCode } from '../domain/posting/placement-code';
import { job as w } from '../words/en/job';

/** A map point in words, for the map's accessible summary (this page and /job). */
export function mapPointSummary(p: MapPoint): string {
  return w.mapSummary(
    p.label,
    formatNumber(p.strategic),
    formatNumber(p.strategicLow),
    formatNumber(p.strategicHigh),
    formatNumber(p.outside),
    formatNumber(p.outsideLow),
    formatNumber(p.outsideHigh),
  );
}

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
          {decoded.reason === 'unknown-format' ? LINK_PROBLEMS['unknown-format'] : w.sharedBroken}
        </strong>{' '}
        {w.sharedPasteAnyway}
      </p>
    );
  const place = placeEvidence(decoded.value);
  const [typeWords, ...ranges] = describePosition(place);
  const point = posteriorMapPoint(w.sharedJobLabel, place.posterior);
  return (
    <section className="job-shared card" aria-labelledby="job-shared-heading">
      <h2 id="job-shared-heading">{w.sharedHeading}</h2>
      <p className="job-type">{typeWords}</p>
      <ul>
        {ranges.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {place.verdict ? (
        <figure className="job-map">
          <ChartBoundary>
            <FitMap points={[point]} summary={mapPointSummary(point)} />
          </ChartBoundary>
          <figcaption>{w.sharedCaption}</figcaption>
        </figure>
      ) : null}
      <p className="job-note">{w.sharedNote}</p>
    </section>
  );
}
