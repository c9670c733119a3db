import { useEffect, type ComponentType } from 'react';
import { matchPath, useLocation } from 'react-router';
import { RootLayout } from './root-layout';
import { PageErrorBoundary, RouteError } from './route-error';
import type { PageParams, RouteHandle } from '../config/head';
import { HomePage, homeHandle } from '../routes/home';
import { paths } from '../config/paths';
import { stripBase } from '../config/languages';
import { frame } from '../words/en/frame';
import { createLoader, loaded, useLoaded, type Loader } from '../components/load-on-demand';

/** What a page module gives the router: the page, its head, and optionally its own error page. */
export interface PageModule {
  /** The page; `params` are the values of its path's `:name` segments (`/r/:type/`). */
  Component: ComponentType<{ params: PageParams }>;
  handle: RouteHandle;
  /** Replaces the standard error page (the embed has no page frame around it). */
  ErrorFallback?: ComponentType;
}

/** A page's code: already in the entry chunk (`loaded`), or a chunk loaded on first use and kept. */
export type PageSource = Loader<PageModule>;

export interface PageRoute {
  /** A React Router path pattern. */
  path: string;
  /** Inside the page frame (header, footer); the embed is not. */
  isFramed: boolean;
  source: PageSource;
}

/**
 * Every page, declared once: the browser, the prerender and the tests use this list. Pages other than
 * the landing page load lazily so the first load stays small. React Router runs in declarative mode
 * (`<BrowserRouter>`), not data mode: the data router costs about 17 KB gzip more and nothing here uses
 * loaders or actions (docs/decisions/005-declarative-router.md).
 */
export const pageRoutes: readonly PageRoute[] = [
  {
    path: paths.home.path,
    isFramed: true,
    source: loaded({ Component: HomePage, handle: homeHandle }),
  },
  {
    path: paths.quiz.path,
    isFramed: true,
    source: createLoader(async () => {
      const m = await import('../routes/quiz');
      return { Component: m.QuizPage, handle: m.quizHandle };
    }),
  },
  {
    path: paths.results.path,
    isFramed: true,
    source: createLoader(async () => {
      const m = await import('../routes/results');
      return { Component: m.ResultsPage, handle: m.resultsHandle };
    }),
  },
  {
    path: paths.roles.path,
    isFramed: true,
    source: createLoader(async () => {
      const m = await import('../routes/roles');
      return { Component: m.RolesPage, handle: m.rolesHandle };
    }),
  },
  {
    path: paths.howItWorks.path,
    isFramed: true,
    source: createLoader(async () => {
      const m = await import('../routes/how-it-works');
      return { Component: m.HowItWorksPage, handle: m.howItWorksHandle };
    }),
  },
  {
    path: paths.privacy.path,
    isFramed: true,
    source: createLoader(async () => {
      const m = await import('../routes/privacy');
      return { Component: m.PrivacyPage, handle: m.privacyHandle };
    }),
  },
  {
    path: paths.shareResult.path,
    isFramed: true,
    source: createLoader(async () => {
      const m = await import('../routes/share-result');
      return { Component: m.ShareResultPage, handle: m.shareResultHandle };
    }),
  },
  {
    path: paths.coach.path,
    isFramed: true,
    source: createLoader(async () => {
      const m = await import('../routes/coach');
      return { Component: m.CoachPage, handle: m.coachHandle };
    }),
  },
  {
    path: paths.invite.path,
    isFramed: true,
    source: createLoader(async () => {
      const m = await import('../routes/invite');
      return { Component: m.InvitePage, handle: m.inviteHandle };
    }),
  },
  {
    path: paths.compare.path,
    isFramed: true,
    source: createLoader(async () => {
      const m = await import('../routes/compare');
      return { Component: m.ComparePage, handle: m.compareHandle };
    }),
  },
  {
    path: paths.embedBuilder.path,
    isFramed: true,
    source: createLoader(async () => {
      const m = await import('../routes/embed-builder');
      return { Component: m.EmbedBuilderPage, handle: m.embedBuilderHandle };
    }),
  },
  {
    path: paths.job.path,
    isFramed: true,
    source: createLoader(async () => {
      const m = await import('../routes/job');
      return { Component: m.JobPage, handle: m.jobHandle };
    }),
  },
  {
    // The embed runs chrome-less inside a host page's iframe: no header, footer or page frame.
    path: paths.embed.path,
    isFramed: false,
    source: createLoader(async () => {
      const m = await import('../embed/embed-page');
      return { Component: m.EmbedPage, handle: m.embedHandle, ErrorFallback: m.EmbedError };
    }),
  },
];

const notFoundRoute: PageRoute = {
  path: '*',
  isFramed: true,
  // Loaded like other pages: a mistyped address is rare, and the landing page's budget is tight.
  source: createLoader(async () => {
    const m = await import('../routes/not-found');
    return { Component: m.NotFoundPage, handle: m.notFoundHandle };
  }),
};

export interface PageMatch {
  route: PageRoute;
  params: PageParams;
}

/**
 * The page a pathname shows (the not-found page when none matches). The pathname is a full address
 * ("/de/quiz" in the German build); the page table's patterns have no language prefix.
 */
export function matchPage(pathname: string): PageMatch {
  const path = stripBase(pathname);
  for (const route of pageRoutes) {
    const match = matchPath({ path: route.path, end: true }, path);
    if (match) return { route, params: match.params };
  }
  return { route: notFoundRoute, params: {} };
}

/**
 * A pathname with each segment percent-decoded, as React Router matches it (`%2F` stays encoded, so
 * a segment never splits); a malformed one is matched as it is.
 */
function decodePathname(pathname: string): string {
  try {
    return pathname
      .split('/')
      .map((segment) => decodeURIComponent(segment).replace(/\//g, '%2F'))
      .join('/');
  } catch {
    return pathname;
  }
}

/**
 * The whole app below the router: the page the address names (`matchPage`, the same table the
 * prerender and the chunk preload use), inside the page frame unless it is the embed. Our own
 * matching rather than React Router's `useRoutes`: its ranking, nested outlets and data-router
 * error handling cost the landing page 1.55 kB gzip (with the `memo` hint in vite.config.ts) for a
 * flat list of patterns that never overlap (docs/performance.md).
 */
export function AppRoutes() {
  const { route, params } = matchPage(decodePathname(useLocation().pathname));
  // Keyed by route, so moving to another page starts that page afresh, as separate routes do.
  const page = <Page key={route.path} source={route.source} params={params} />;
  return route.isFramed ? <RootLayout>{page}</RootLayout> : page;
}

/**
 * One page: its own error boundary (so the header, footer and saved progress survive a failing page,
 * and a chunk missing after a deploy offers a reload), its code loaded on first use, and its title.
 */
function Page({ source, params }: { source: PageSource; params: PageParams }) {
  const { pathname } = useLocation();
  return (
    <PageErrorBoundary resetKey={pathname} fallback={source.current()?.ErrorFallback ?? RouteError}>
      <PageContent source={source} params={params} />
    </PageErrorBoundary>
  );
}

/**
 * The page's chunk, loaded on first use (`useLoaded`: state and an effect, not Suspense); the chunk
 * of the first page is loaded before hydration anyway (src/main.tsx).
 */
function PageContent({ source, params }: { source: PageSource; params: PageParams }) {
  const page = useLoaded(source);
  if (!page) return <p className="page-loading">{frame.loading}</p>;
  return <LoadedPage page={page} params={params} />;
}

function LoadedPage({
  page: { Component, handle },
  params,
}: {
  page: PageModule;
  params: PageParams;
}) {
  const { title } = handle.head(params);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return <Component params={params} />;
}
