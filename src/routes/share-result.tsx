import { useParams } from 'react-router';
import { SITE_NAME, SITE_ORIGIN, type PageHead, type RouteHandle } from '../app/head';
import { isResultType, TYPE_NAMES, type ResultType } from '../domain/result-types';

/**
 * Version in the preview image file names (public/og/<type>.v<N>.png, made by `npm run og:images`).
 * LinkedIn caches a preview by URL for about a week, so a changed image needs a new version.
 */
const OG_IMAGE_VERSION = 1;

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
  const url = `${SITE_ORIGIN}/r/${type}/`;
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

/** A shared result page (details arrive with the share issue). */
export function ShareResultPage() {
  const { type } = useParams();
  const name = type && isResultType(type) ? TYPE_NAMES[type] : 'Unknown result type';
  return (
    <article>
      <h1>{name}</h1>
    </article>
  );
}
