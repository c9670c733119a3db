import { BASE } from './languages';

/** What a page puts in its <head>: used by the prerender and by the client on navigation. */
export interface PageHead {
  title: string;
  description: string;
  /** Keep a page out of search results (share pages carry personal context). */
  noindex?: boolean;
  /** Extra <meta> tags, e.g. Open Graph on share pages. */
  meta?: readonly Record<string, string>[];
  /** Extra <link> tags, e.g. `{ rel: 'canonical', href }` on share pages. */
  links?: readonly Record<string, string>[];
}

/** The values of a page path's `:name` segments, e.g. `{ type: 'product-owner' }` for `/r/:type/`. */
export type PageParams = Readonly<Record<string, string | undefined>>;

export interface RouteHandle {
  head: (params: PageParams) => PageHead;
}

export const SITE_NAME = 'rolefit';

const PLACEHOLDER_ORIGIN = 'https://rolefit.example';

/**
 * The site origin for absolute URLs (canonical, Open Graph) when `value` is an http(s) origin, such as
 * `https://rolefit.app` with or without a trailing slash; otherwise the placeholder origin.
 */
export function toSiteOrigin(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') return PLACEHOLDER_ORIGIN;
  const raw = value.trim().replace(/\/$/, '');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return PLACEHOLDER_ORIGIN;
  }
  const isHttp = url.protocol === 'https:' || url.protocol === 'http:';
  // Only a bare origin: a path, query, fragment or credentials would break every absolute URL.
  const isBare =
    url.pathname === '/' && !/[?#]/.test(raw) && url.username === '' && url.password === '';
  return isHttp && isBare && url.hostname !== '' ? url.origin : PLACEHOLDER_ORIGIN;
}

/** Set `VITE_SITE_ORIGIN` to the real https origin for release builds (see README, Deploying). */
export const SITE_ORIGIN: string = toSiteOrigin(import.meta.env.VITE_SITE_ORIGIN);

/**
 * The root of this page's absolute links (the result, report and compare links a taker copies):
 * this site in this build's language ("https://…/de" in German), the site's origin when prerendering.
 */
export function linkRoot(): string {
  return `${typeof window === 'undefined' ? SITE_ORIGIN : window.location.origin}${BASE}`;
}
