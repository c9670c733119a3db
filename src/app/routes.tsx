import type { RouteObject } from 'react-router';
import { RootLayout } from './root-layout';
import { RootError, RouteError, showChunkErrors } from './route-error';
import { HomePage, homeHandle } from '../routes/home';
import { NotFoundPage, notFoundHandle } from '../routes/not-found';
import { paths } from './paths';

/**
 * Every route, declared once: the browser router, the prerender and the tests use these objects.
 * Pages other than the landing page load lazily so the first load stays small.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RootError,
    children: withErrorBoundaries([
      { index: true, Component: HomePage, handle: homeHandle },
      {
        path: paths.quiz.path,
        lazy: async () => {
          const m = await import('../routes/quiz');
          return { Component: m.QuizPage, handle: m.quizHandle };
        },
      },
      {
        path: paths.results.path,
        lazy: async () => {
          const m = await import('../routes/results');
          return { Component: m.ResultsPage, handle: m.resultsHandle };
        },
      },
      {
        path: paths.roles.path,
        lazy: async () => {
          const m = await import('../routes/roles');
          return { Component: m.RolesPage, handle: m.rolesHandle };
        },
      },
      {
        path: paths.howItWorks.path,
        lazy: async () => {
          const m = await import('../routes/how-it-works');
          return { Component: m.HowItWorksPage, handle: m.howItWorksHandle };
        },
      },
      {
        path: paths.privacy.path,
        lazy: async () => {
          const m = await import('../routes/privacy');
          return { Component: m.PrivacyPage, handle: m.privacyHandle };
        },
      },
      {
        path: paths.shareResult.path,
        lazy: async () => {
          const m = await import('../routes/share-result');
          return { Component: m.ShareResultPage, handle: m.shareResultHandle };
        },
      },
      {
        path: paths.coach.path,
        lazy: async () => {
          const m = await import('../routes/coach');
          return { Component: m.CoachPage, handle: m.coachHandle };
        },
      },
      {
        path: paths.invite.path,
        lazy: async () => {
          const m = await import('../routes/invite');
          return { Component: m.InvitePage, handle: m.inviteHandle };
        },
      },
      {
        path: paths.compare.path,
        lazy: async () => {
          const m = await import('../routes/compare');
          return { Component: m.ComparePage, handle: m.compareHandle };
        },
      },
      {
        path: paths.embedBuilder.path,
        lazy: async () => {
          const m = await import('../routes/embed-builder');
          return { Component: m.EmbedBuilderPage, handle: m.embedBuilderHandle };
        },
      },
      { path: '*', Component: NotFoundPage, handle: notFoundHandle },
    ]),
  },
  {
    // The embed runs chrome-less inside a host page's iframe: no header, footer or page frame.
    path: paths.embed.path,
    lazy: async () => {
      const m = await import('../routes/embed');
      return { Component: m.EmbedPage, handle: m.embedHandle, ErrorBoundary: m.EmbedError };
    },
  },
];

/** Every page gets its own boundary so the header and footer stay and progress is never lost. */
function withErrorBoundaries(children: RouteObject[]): RouteObject[] {
  return children.map((route) => ({
    ...route,
    ErrorBoundary: RouteError,
    ...(typeof route.lazy === 'function' ? { lazy: showChunkErrors(route.lazy) } : {}),
  }));
}
