import type { ResultType } from './result-types';

/** Where result pages live: `/r/<type>/`, the one place this pattern is written. */
export const RESULT_PATH_PREFIX = '/r/';

/**
 * The path of a result type's page, without a code. Kept apart from result-link.ts (which adds the
 * `#r=` code and parses pasted links) so that every page's entry, which needs only this path, stays
 * small.
 */
export function buildResultPagePath(type: ResultType): string {
  return `${RESULT_PATH_PREFIX}${type}/`;
}
