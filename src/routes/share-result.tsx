import { startTransition, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '../config/paths';
import { buildLinkFragment } from '../domain/link-fragment';
import { CertaintyDetails, MapFigure, WhyDetails } from '../components/result-core';
import { Disclosure } from '../components/disclosure';
import { TypeMeaning } from '../components/result-sections';
import { useHydrated } from '../components/use-hydrated';
import { decodeResultCode, LINK_PROBLEMS } from '../content/decode-result';
import { getLoadedRevision } from '../content/load-archive';
import { loadRolesContent } from '../content/load-guide';
import { prepareBank } from '../domain/bank';
import { labelOfAnswer, presentItem } from '../domain/present';
import { buildResultPath, readCodeFromHash } from '../domain/result-link';
import type { Answers, Mode } from '../domain/schema';
import type { DecodeOutcome } from '../domain/bit-codec';
import type { SharePayload } from '../domain/share-code';
import { typeOfPayload, typesOfPayload } from '../domain/shared-result';
import { buildSharedReport, describeSharedVerdict, MODEL_NOTES } from '../domain/shared-view';
import {
  SITE_NAME,
  SITE_ORIGIN,
  type PageHead,
  type PageParams,
  type RouteHandle,
} from '../config/head';
import { isResultType, TYPE_NAMES, type ResultType } from '../domain/result-types';

/**
 * Version in the preview image file names (public/og/<type>.v<N>.png, made by `npm run og:images`).
 * LinkedIn caches a preview by URL for about a week, so a changed image needs a new version.
 */
const OG_IMAGE_VERSION = 2;

/** One plain line per type for link previews (the same words as on the preview images). */
const TYPE_LINES: Readonly<Record<ResultType, string>> = {
  'product-manager':
    'Looks outward and ahead: customers, the market and where the product should go next.',
  'product-owner':
    'Works close to the team: turns goals into a clear, ordered backlog and keeps delivery moving.',
  'strategic-technical':
    'Sets long-range direction from inside the team: platforms, architecture and technical bets.',
  'customer-facing':
    'Close to users day to day: turns what customers say into concrete, near-term improvements.',
  balanced: 'Moves between strategy and delivery, market and team, as the work needs.',
};

/** Open Graph, Twitter and canonical tags for one type; all URLs absolute, none with a fragment. */
function previewTags(type: ResultType): Pick<PageHead, 'meta' | 'links'> {
  const name = TYPE_NAMES[type];
  const url = `${SITE_ORIGIN}${paths.shareResult.href(type)}`;
  const image = `${SITE_ORIGIN}/og/${type}.v${OG_IMAGE_VERSION}.png`;
  const title = `My rolefit result: ${name}`;
  const description = `${TYPE_LINES[type]} Product Manager or Product Owner? Take the free quiz to see where you fit.`;
  const where = type === 'balanced' ? 'at the centre of' : 'highlighted in its corner of';
  const alt = `${name}, ${where} a two-by-two map of strategic or tactical and team- or market-facing product work.`;
  return {
    meta: [
      { property: 'og:type', content: 'website' },
      { property: 'og:site_name', content: SITE_NAME },
      { property: 'og:title', content: title },
      { property: 'og:description', content: description },
      { property: 'og:url', content: url },
      { property: 'og:image', content: image },
      { property: 'og:image:width', content: '1200' },
      { property: 'og:image:height', content: '630' },
      { property: 'og:image:alt', content: alt },
      { property: 'og:locale', content: 'en_US' },
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'twitter:title', content: title },
      { name: 'twitter:description', content: description },
      { name: 'twitter:image', content: image },
      { name: 'twitter:image:alt', content: alt },
    ],
    links: [{ rel: 'canonical', href: url }],
  };
}

export const shareResultHandle: RouteHandle = {
  head: ({ type }) => {
    const known = type !== undefined && isResultType(type) ? type : undefined;
    const name = known ? TYPE_NAMES[known] : 'rolefit result';
    return {
      title: `${name} · rolefit`,
      description: `A rolefit result: ${name}. Take the quiz to see where you land between Product Manager and Product Owner work.`,
      // Unknown slugs get no preview tags: they must never claim to be a result type.
      ...(known ? previewTags(known) : {}),
    };
  },
};

/**
 * A shared result: what the type means, in the third person (prerendered), then the details from the
 * link's fragment, which only exist after hydration.
 */
export function ShareResultPage({ params: { type } }: { params: PageParams }) {
  if (type === undefined || !isResultType(type)) {
    return (
      <article>
        <h1>Unknown result type</h1>
        <p>This link names a result type rolefit does not know. It may have been mistyped.</p>
        <p>
          <Link className="button primary" to={paths.home.href()}>
            Take the quiz
          </Link>
        </p>
      </article>
    );
  }
  return <SharedResult pathType={type} />;
}

function SharedResult({ pathType }: { pathType: ResultType }) {
  const link = useSharedLink(pathType);
  const payload = link.state === 'done' && link.outcome.ok ? link.outcome.value : null;
  // A link "between" two types is about both: the heading and the descriptions say so.
  const types = payload ? typesOfPayload(payload) : [pathType];
  const headline =
    types.length > 1 && payload
      ? payload.level === 'verdict'
        ? describeSharedVerdict(payload.shared, 'viewer').headline
        : buildSharedReport(payload, 'viewer').words.headline
      : TYPE_NAMES[pathType];
  return (
    <article className="results">
      <p className="eyebrow">A shared rolefit result</p>
      <h1>{headline}</h1>
      <TypeMeaning roles={loadRolesContent()} types={types} voice="viewer" />
      <aside className="notice">
        <p>
          Results are self-reported and links are not verified. rolefit is for self-reflection, not
          for hiring decisions.
        </p>
      </aside>
      <p className="button-row">
        <Link className="button primary" to={paths.home.href()}>
          Take the quiz yourself
        </Link>
        <Link to={paths.roles.href()}>Compare the roles</Link>
      </p>
      {/* Last, below everything prerendered: the details appear after hydration and push nothing down. */}
      <SharedDetails link={link} />
    </article>
  );
}

type SharedLink =
  | { state: 'none' }
  | { state: 'reading' }
  | { state: 'done'; code: string; outcome: DecodeOutcome<SharePayload>; corrected: boolean };

/** The link's fragment, decoded after hydration; a path that names another type is corrected. */
function useSharedLink(pathType: ResultType): SharedLink {
  const isHydrated = useHydrated();
  const location = useLocation();
  const { hash } = location;
  const state: unknown = location.state;
  const navigate = useNavigate();
  const code = isHydrated ? readCodeFromHash(hash) : null;
  const [decoded, setDecoded] = useState<Decoded>({ state: 'idle' });
  const corrected =
    state !== null && typeof state === 'object' && Reflect.get(state, 'corrected') === true;

  useEffect(() => {
    if (code === null) return;
    let isCurrent = true;
    void decodeResultCode(code).then((outcome) => {
      // A transition: React builds the details in short slices instead of one long task.
      if (isCurrent) startTransition(() => setDecoded({ state: 'done', code, outcome }));
    });
    return () => {
      isCurrent = false;
    };
  }, [code]);

  const payloadType =
    decoded.state === 'done' && decoded.outcome.ok ? typeOfPayload(decoded.outcome.value) : null;
  useEffect(() => {
    // The payload wins over the path: correct the path, keep the fragment.
    if (payloadType !== null && payloadType !== pathType) {
      void navigate(`${buildResultPath(payloadType)}${hash}`, {
        replace: true,
        state: { corrected: true },
      });
    }
  }, [payloadType, pathType, hash, navigate]);

  if (code === null) return { state: 'none' };
  if (decoded.state !== 'done' || decoded.code !== code) return { state: 'reading' };
  return { state: 'done', code, outcome: decoded.outcome, corrected };
}

type Decoded =
  { state: 'idle' } | { state: 'done'; code: string; outcome: DecodeOutcome<SharePayload> };

function SharedDetails({ link }: { link: SharedLink }) {
  if (link.state === 'none') return null;
  if (link.state === 'reading') return <p aria-busy="true">Reading the details in this link…</p>;
  const { outcome } = link;
  if (!outcome.ok) {
    return (
      <div className="notice" role="status">
        <p>
          <strong>{LINK_PROBLEMS[outcome.reason]}</strong> The details could not be shown, but the
          description above is what this result type means.
        </p>
      </div>
    );
  }
  const correction = link.corrected ? (
    <p className="notice" role="status">
      This link's address named a different result type than its details, so we corrected it.
    </p>
  ) : null;
  const payload = outcome.value;
  if (payload.level === 'verdict') {
    const view = describeSharedVerdict(payload.shared, 'viewer');
    return (
      <>
        {correction}
        <h2>{view.headline}</h2>
        <p className="result-summary">{view.summary}</p>
        <p>{view.certainty}</p>
        <p className="muted">This link shares the result only, without scores or answers.</p>
      </>
    );
  }
  const { result, words } = buildSharedReport(payload, 'viewer');
  return (
    <>
      {correction}
      <h2>{words.headline}</h2>
      <p className="result-summary">{words.summary}</p>
      <ul className="result-reasons">
        {words.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className="muted">{MODEL_NOTES[words.model]}</p>
      <div className="result-sections">
        <Disclosure id="meaning" title="How sure we are, and why" defaultOpen>
          <CertaintyDetails view={words} />
          <WhyDetails sentences={words.sentences} nextNearest={words.nextNearest} />
        </Disclosure>
        <Disclosure id="map" title="The map" defaultOpen>
          <MapFigure result={result} view={words} label="Shared result" caption="Shared scores" />
        </Disclosure>
        {payload.level === 'answers' ? (
          <SharedAnswers revision={result.revision} mode={result.mode} answers={payload.answers} />
        ) : null}
      </div>
      <p className="no-print">
        <Link to={paths.job.href(buildLinkFragment('result', link.code))}>
          Check a job posting against this result
        </Link>
        : see where a posting sits beside it. The posting never leaves the browser.
      </p>
    </>
  );
}

function SharedAnswers({
  revision,
  mode,
  answers,
}: {
  revision: number;
  mode: Mode;
  answers: Answers;
}) {
  const bank = getLoadedRevision(revision);
  if (!bank) return null;
  const items = prepareBank(bank).items[mode].filter((item) => item.kind !== 'context');
  return (
    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">The answers in this link</h2>
      <p className="muted">
        Option letters and order are not shown to the taker; the words are exactly what they chose.
      </p>
      <ol className="review-list">
        {items.map((item) => (
          <li key={item.id} className="review-item">
            <p className="review-question">{presentItem(item, 0, mode).legend}</p>
            <p className="review-answer">
              {labelOfAnswer(item, answers[item.id]) ?? 'Not answered'}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
