// Field schemas the three guide files share: slugs, texts, years, source keys and the source list.
import * as v from 'valibot';
import type { ReportIssue } from './content-issues';
import { SourceGradeSchema } from './guide-ids';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = v.pipe(
  v.string(),
  v.regex(SLUG, 'must be a kebab-case slug such as "us-pm-dice-average"'),
);
export const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
export const sourceKey = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'must be a source key such as "SG20"'),
);
export const sourceKeys = v.array(sourceKey);
/** At least one item: `atLeastOne(v.array(x))`. */
export const atLeastOne = <const S extends v.ArraySchema<v.GenericSchema, undefined>>(
  list: S,
  message?: string,
) => v.pipe(list, v.minLength(1, message));
export const unknownSource = (key: string) => `source "${key}" is not in this file's sources list`;

// "n.d.", "2013", "c. 2020", "June 2023", "H1 2022", "Dec 2021-Jan 2022": we keep "n.d." (docs/sources.md, "Dates").
const YEAR_PART = String.raw`(?:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec|H[12]|Q[1-4]) )?(?:19|20)\d{2}`;
const YEAR = new RegExp(String.raw`^(?:n\.d\.|(?:c\. )?${YEAR_PART}(?:-${YEAR_PART})?)$`);
export const YearSchema = v.pipe(
  v.string(),
  v.regex(YEAR, 'must be "n.d." or a year such as "2023", "June 2023", "c. 2020" or "H1 2022"'),
);

export const isoDate = v.pipe(v.string(), v.isoDate());

export const SourceSchema = v.strictObject({
  key: sourceKey,
  name: text,
  url: v.nullable(v.pipe(v.string(), v.url())),
  altUrls: v.optional(v.array(v.pipe(v.string(), v.url()))),
  repo: v.optional(v.pipe(v.string(), v.regex(/^[\w.-]+\/[\w.-]+$/, 'must be "owner/name"'))),
  path: v.optional(text),
  grade: SourceGradeSchema,
});
export type Source = v.InferOutput<typeof SourceSchema>;

/** An object with exactly these keys, each holding a value of one schema (every key required). */
export function everyKey<const K extends string, S extends v.GenericSchema>(
  keys: readonly K[],
  value: S,
) {
  const entries = Object.fromEntries(keys.map((key) => [key, value])) as { [P in K]: S };
  return v.strictObject(entries);
}

/** Reports every item whose key was used earlier in the list; returns every key seen. */
export function flagDuplicates<T>(
  report: ReportIssue,
  items: readonly T[],
  keyOf: (item: T) => string,
  [list, field]: readonly [string, string],
  what: string,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (seen.has(key)) report([list, i, field], `duplicate ${what} "${key}"`);
    seen.add(key);
  });
  return seen;
}

/** A source key used somewhere in a content file, with the path that uses it. */
export interface SourceRef {
  path: (string | number)[];
  key: string;
}

export const refsAt = (path: (string | number)[], keys: readonly string[]): SourceRef[] =>
  keys.map((key, i) => ({ path: [...path, i], key }));
