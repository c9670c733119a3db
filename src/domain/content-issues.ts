// The one way content files (bank, guide, lexicon) are validated and their problems are worded:
// `file: entry (id "x") field "f": message` (docs/decisions/006-one-validator.md).
import * as v from 'valibot';

/** A problem at a path inside a content file, from a schema or a rule the schema cannot say. */
export interface ContentIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** Reports a problem at a path relative to the value being checked. */
export type ReportIssue = (path: readonly (string | number)[], message: string) => void;

export type ContentParse<T> = { ok: true; value: T } | { ok: false; messages: string[] };

/** Formats a path the way editors read it: `figures[3].max`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    const name = String(part);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

// What names a row in a list: its id, key or title, in that order.
function rowLabel(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  for (const field of ['id', 'key', 'title'] as const) {
    const value: unknown = Reflect.get(node, field);
    if (typeof value === 'string') return field === 'title' ? `"${value}"` : `${field} "${value}"`;
  }
  return undefined;
}

// The entry a path points into: the first list row that has a label, else the first list row, else
// the first field. Returns how many path parts name the entry and the entry's label.
function findEntry(
  raw: unknown,
  path: readonly PropertyKey[],
): { length: number; label: string | undefined } {
  let node: unknown = raw;
  let firstRow: number | undefined;
  for (const [i, part] of path.entries()) {
    if (typeof node !== 'object' || node === null) break;
    node = Reflect.get(node, part);
    if (typeof part !== 'number') continue;
    const label = rowLabel(node);
    if (label !== undefined) return { length: i + 1, label };
    firstRow ??= i + 1;
  }
  return { length: firstRow ?? Math.min(path.length, 1), label: undefined };
}

/** One readable line per issue, naming file, entry (with its id, key or title) and field. */
export function describeContentIssues(
  fileName: string,
  raw: unknown,
  issues: readonly ContentIssue[],
): string[] {
  return issues.map(({ path, message }) => {
    if (path.length === 0) return `${fileName}: (top level): ${message}`;
    const { length, label } = findEntry(raw, path);
    const entry = formatIssuePath(path.slice(0, length));
    const field = formatIssuePath(path.slice(length));
    return `${fileName}: ${entry}${label ? ` (${label})` : ''}${field ? ` field "${field}"` : ''}: ${message}`;
  });
}

/** A valibot issue as a content issue: its path as plain keys. */
export function toContentIssue(issue: v.BaseIssue<unknown>): ContentIssue {
  const path = (issue.path ?? []).flatMap((item): PropertyKey[] =>
    typeof item.key === 'string' || typeof item.key === 'number' ? [item.key] : [],
  );
  return { path, message: issue.message };
}

/** Parses raw content with a schema; on failure, one readable line per problem. */
export function parseContent<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  fileName: string,
  raw: unknown,
): ContentParse<v.InferOutput<TSchema>> {
  const parsed = v.safeParse(schema, raw);
  if (parsed.success) return { ok: true, value: parsed.output };
  return {
    ok: false,
    messages: describeContentIssues(fileName, raw, parsed.issues.map(toContentIssue)),
  };
}

/**
 * Rules a schema cannot say (unique ids, cross references): runs once the value has the schema's
 * shape and reports each problem at its path, relative to the value checked.
 */
export function contentRules<T>(check: (value: T, report: ReportIssue) => void) {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    check(dataset.value, (path, message) => {
      const items = path.map((key): v.UnknownPathItem => ({
        type: 'unknown',
        origin: 'value',
        input: dataset.value,
        key,
        value: undefined,
      }));
      const [first, ...rest] = items;
      addIssue(first === undefined ? { message } : { message, path: [first, ...rest] });
    });
  });
}
