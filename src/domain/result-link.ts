import { buildLinkFragment, readLinkFragment } from './link-fragment';
import { buildResultPagePath, RESULT_PATH_PREFIX } from './result-path';
import { isResultType, type ResultType } from './result-types';

/** A result link: the type from the path, the code from the `#r=` fragment (null for a type-only link). */
export interface ResultLink {
  type: ResultType;
  code: string | null;
}

export type ResultLinkOutcome =
  { ok: true; value: ResultLink } | { ok: false; reason: 'not-a-result-link' | 'unknown-type' };

/** The path (and fragment) of a result link; the origin is added by the caller. */
export function buildResultPath(type: ResultType, code?: string | null): string {
  return `${buildResultPagePath(type)}${code ? buildLinkFragment('result', code) : ''}`;
}

/** Reads the `r` parameter of a fragment such as `#r=ABC`; null when there is none. */
export function readCodeFromHash(hash: string): string | null {
  return readLinkFragment(hash, 'result');
}

/**
 * A language folder before a page's path: `/de` in `/de/r/<type>/`. Any two lowercase letters, so a
 * link made on the pages of a language added later (`/pt/r/…`) parses here too; the code itself
 * carries no language, so every language's page shows the same result.
 */
const LANGUAGE_PREFIX = /^\/[a-z]{2}(?=\/)/;

/**
 * Parses a pasted result link from any origin and in any language (`https://…/r/<type>/#r=<code>`,
 * `https://…/de/r/<type>/#r=<code>`), or a bare path. Never throws.
 */
export function parseResultLink(input: string): ResultLinkOutcome {
  const text = input.trim();
  if (text.length === 0 || text.length > 2000) return { ok: false, reason: 'not-a-result-link' };
  let url: URL;
  try {
    url = new URL(text, 'https://placeholder.invalid');
  } catch {
    return { ok: false, reason: 'not-a-result-link' };
  }
  const pathname = url.pathname.replace(LANGUAGE_PREFIX, '');
  const rest = pathname.startsWith(RESULT_PATH_PREFIX)
    ? pathname.slice(RESULT_PATH_PREFIX.length).replace(/\/$/, '')
    : '';
  if (rest === '' || rest.includes('/')) return { ok: false, reason: 'not-a-result-link' };
  let slug: string;
  try {
    slug = decodeURIComponent(rest);
  } catch {
    // A malformed escape such as `product%-owner` is not a result type.
    return { ok: false, reason: 'unknown-type' };
  }
  if (!isResultType(slug)) return { ok: false, reason: 'unknown-type' };
  return { ok: true, value: { type: slug, code: readCodeFromHash(url.hash) } };
}
