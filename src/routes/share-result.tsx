import { startTransition, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '../config/paths';
import { buildLinkFragment } from '../domain/link-fragment';
import { CertaintyDetails, MapFigure, WhyDetails } from '../components/result-core';
import { Disclosure } from '../components/disclosure';
import { TypeMeaning } from '../components/result-sections';
import { useHydrated } from '../components/use-hydrated';
import { decodeResultCode, LINK_PROBLEMS } from '../content/decode-result';
import { getRevisionToShow } from '../content/shown-revision';
import { loadRolesContent } from '../content/load-roles';
import { prepareBank } from '../domain/bank';
import { labelOfAnswer, presentItem } from '../domain/present';
import { readCodeFromHash } from '../domain/result-link';
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
import { LANGUAGE } from '../config/languages';
import { share } from '../words/en/share';

const w = share.page;
const h = share.head;

/**
 * Version in the preview image file names (public/og/<type>.v<N>.png, and public/og/de/… for German,
 * made by `npm run og:images`). LinkedIn caches a preview by URL for about a week, so a changed image
 * needs a new version.
 */
const OG_IMAGE_VERSION = 2;

/** Where this language's preview images live: /og/ for English, /og/de/ for German. */
const OG_IMAGE_FOLDER = LANGUAGE.base === '' ? '/og/' : `/og/${LANGUAGE.code}/`;

/** Open Graph, Twitter and canonical tags for one type; all URLs absolute, none with a fragment. */
function previewTags(type: ResultType): Pick<PageHead, 'meta' | 'links'> {
  const name = TYPE_NAMES[type];
  const url = `${SITE_ORIGIN}${paths.shareResult.href(type)}`;
  const image = `${SITE_ORIGIN}${OG_IMAGE_FOLDER}${type}.v${OG_IMAGE_VERSION}.png`;
  const title = h.previewTitle(name);
  const description = `${h.typeLines[type]} ${h.previewInvite}`;
  const alt = h.imageAlt(name, type === 'balanced');
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
      { property: 'og:locale', content: h.ogLocale },
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
    const name = known ? TYPE_NAMES[known] : h.unknownName;
    return {
      title: h.title(name),
      description: h.description(name),
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
        <h1>{w.unknownTitle}</h1>
        <p>{w.unknownText}</p>
        <p>
          <Link className="button primary" to={paths.home.href()}>
            {w.takeQuiz}
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
      <p className="eyebrow">{w.eyebrow}</p>
      <h1>{headline}</h1>
      <TypeMeaning roles={loadRolesContent()} types={types} voice="viewer" />
      <aside className="notice">
        <p>{w.notice}</p>
      </aside>
      <p className="button-row">
        <Link className="button primary" to={paths.home.href()}>
          {w.takeQuizYourself}
        </Link>
        <Link to={paths.roles.href()}>{w.compareRoles}</Link>
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
      void navigate(`${paths.shareResult.href(payloadType)}${hash}`, {
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
  if (link.state === 'reading') return <p aria-busy="true">{w.reading}</p>;
  const { outcome } = link;
  if (!outcome.ok) {
    return (
      <div className="notice" role="status">
        <p>
          <strong>{LINK_PROBLEMS[outcome.reason] ?? LINK_PROBLEMS.malformed}</strong>{' '}
          {w.problemAfter}
        </p>
      </div>
    );
  }
  const correction = link.corrected ? (
    <p className="notice" role="status">
      {w.corrected}
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
        <p className="muted">{w.verdictOnly}</p>
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
        <Disclosure id="meaning" title={w.meaning} defaultOpen>
          <CertaintyDetails view={words} />
          <WhyDetails sentences={words.sentences} nextNearest={words.nextNearest} />
        </Disclosure>
        <Disclosure id="map" title={w.map} defaultOpen>
          <MapFigure result={result} view={words} label={w.mapLabel} caption={w.mapCaption} />
        </Disclosure>
        {payload.level === 'answers' ? (
          <SharedAnswers revision={result.revision} mode={result.mode} answers={payload.answers} />
        ) : null}
      </div>
      <p className="no-print">
        <Link to={paths.job.href(buildLinkFragment('result', link.code))}>{w.job.link}</Link>
        {w.job.after}
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
  const bank = getRevisionToShow(revision);
  if (!bank) return null;
  const items = prepareBank(bank).items[mode].filter((item) => item.kind !== 'context');
  return (
    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">{w.answers.heading}</h2>
      <p className="muted">{w.answers.note}</p>
      <ol className="review-list">
        {items.map((item) => (
          <li key={item.id} className="review-item">
            <p className="review-question">{presentItem(item, 0, mode).legend}</p>
            <p className="review-answer">
              {labelOfAnswer(item, answers[item.id]) ?? w.answers.none}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
