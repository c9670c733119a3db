/** What a page puts in its <head>: used by the prerender and by the client on navigation. */
export interface PageHead {
  title: string;
  description: string;
  /** Keep a page out of search results (share pages carry personal context). */
  noindex?: boolean;
  /** Extra <meta> tags, e.g. Open Graph on share pages. */
  meta?: readonly Record<string, string>[];
}

export interface RouteHandle {
  head: (params: Readonly<Record<string, string | undefined>>) => PageHead;
}

function isRouteHandle(handle: unknown): handle is RouteHandle {
  return (
    handle !== null &&
    typeof handle === 'object' &&
    typeof Reflect.get(handle, 'head') === 'function'
  );
}

/** The head of a matched route (React Router types `handle` as unknown; every handle here is ours). */
export function readHead(
  handle: unknown,
  params: Readonly<Record<string, string | undefined>>,
): PageHead | undefined {
  return isRouteHandle(handle) ? handle.head(params) : undefined;
}

export const SITE_NAME = 'rolefit';
