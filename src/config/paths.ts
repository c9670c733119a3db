import { buildResultPagePath, RESULT_PATH_PREFIX } from '../domain/result-path';
import type { ResultType } from '../domain/result-types';

/** Every route path, with href builders. Paths end without a slash except the share pages. */
export const paths = {
  home: { path: '/', href: () => '/' },
  /** A `#p=` fragment (src/domain/link-fragment.ts) carries answers from another device. */
  quiz: { path: '/quiz', href: () => '/quiz' },
  results: { path: '/results', href: () => '/results' },
  roles: { path: '/roles', href: () => '/roles' },
  howItWorks: { path: '/how-it-works', href: () => '/how-it-works' },
  privacy: { path: '/privacy', href: () => '/privacy' },
  /** A result page (src/domain/result-path.ts); `buildResultPath` in result-link.ts adds a `#r=` code. */
  shareResult: {
    path: `${RESULT_PATH_PREFIX}:type`,
    prefix: RESULT_PATH_PREFIX,
    href: (type: ResultType) => buildResultPagePath(type),
  },
  compare: { path: '/compare', href: () => '/compare' },
  coach: { path: '/coach', href: () => '/coach' },
  /** The invite landing; its details are in the fragment (`buildInviteHash`). */
  invite: { path: '/c', href: (hash = '') => `/c/${hash}` },
  /** The chrome-less quiz inside a host page's iframe (outside the page frame). */
  embed: { path: '/embed', href: () => '/embed/' },
  embedBuilder: { path: '/embed-builder', href: () => '/embed-builder' },
  /**
   * Paste a job posting and see where it sits; the posting never goes into the URL. Its fragment
   * (`buildLinkFragment` in src/domain/link-fragment.ts) may carry a result's code (`#r=`, as a
   * "With scores" or "With answers" link does), which puts that result beside the job.
   */
  job: { path: '/job', href: (fragment = '') => `/job${fragment}` },
} as const;
