import { buildResultPagePath, RESULT_PATH_PREFIX } from '../domain/result-path';
import type { ResultType } from '../domain/result-types';
import { LANGUAGE, pathIn } from './languages';

const at = (path: string) => pathIn(LANGUAGE, path);

/**
 * Every route path, with href builders. `path` is the page table's pattern, without a language prefix;
 * `href` is the address in this build's language ("/de/quiz" in German). Paths end without a slash
 * except the share pages.
 */
export const paths = {
  home: { path: '/', href: () => at('/') },
  /** A `#p=` fragment (src/domain/link-fragment.ts) carries answers from another device. */
  quiz: { path: '/quiz', href: () => at('/quiz') },
  results: { path: '/results', href: () => at('/results') },
  roles: { path: '/roles', href: () => at('/roles') },
  howItWorks: { path: '/how-it-works', href: () => at('/how-it-works') },
  privacy: { path: '/privacy', href: () => at('/privacy') },
  /** A result page (src/domain/result-path.ts); `buildResultPath` in result-link.ts adds a `#r=` code. */
  shareResult: {
    path: `${RESULT_PATH_PREFIX}:type`,
    prefix: RESULT_PATH_PREFIX,
    href: (type: ResultType) => at(buildResultPagePath(type)),
  },
  compare: { path: '/compare', href: () => at('/compare') },
  coach: { path: '/coach', href: () => at('/coach') },
  /** The invite landing; its details are in the fragment (`buildInviteHash`). */
  invite: { path: '/c', href: (hash = '') => at(`/c/${hash}`) },
  /** The chrome-less quiz inside a host page's iframe (outside the page frame). */
  embed: { path: '/embed', href: () => at('/embed/') },
  embedBuilder: { path: '/embed-builder', href: () => at('/embed-builder') },
  /**
   * Paste a job posting and see where it sits; the posting never goes into the URL. Its fragment
   * (`buildLinkFragment` in src/domain/link-fragment.ts) may carry a result's code (`#r=`, as a
   * "With scores" or "With answers" link does), which puts that result beside the job.
   */
  job: { path: '/job', href: (fragment = '') => at(`/job${fragment}`) },
} as const;
