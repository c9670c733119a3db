// What every language file shares (questions/lang/<language>/*.json), and the one check of a
// text-only language file against its English source's texts (roles.json, growth.json). Build time
// only (scripts/bank-files.ts): pages apply a checked file and never download this schema
// (docs/decisions/007-languages.md). The bank's file has its own schema (bank-language-schema.ts)
// for its length limits and revision, built from these same parts.
import * as v from 'valibot';
import { formatIssuePath, toContentIssue, type ContentIssue } from './content-issues';
import { hashTextTree, type TextTree } from './text-tree';

/** The message for a missing field, an unknown one (`notText`) or a non-object, in a strictObject. */
export const objectMessage =
  (notText: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    issue.expected === 'never'
      ? notText
      : issue.input === undefined
        ? 'is missing'
        : 'must be an object';

/** The message for a text field that is missing or not a string; `stays` says where the rest lives. */
export const textMessage =
  (stays: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    issue.input === undefined
      ? 'is missing'
      : typeof issue.input === 'object' && issue.input !== null
        ? `must be the text alone (a string): ${stays}`
        : 'must be text (a string)';

/** Who checked a translation, and when; only a checked file may say "verified". */
export const LanguageReviewSchema = v.variant(
  'status',
  [
    v.strictObject({ status: v.literal('unverified') }, objectMessage('is not a review field')),
    v.strictObject(
      {
        status: v.literal('verified'),
        reviewer: v.pipe(
          v.string(textMessage('')),
          v.trim(),
          v.minLength(2, 'must be at least 2 characters'),
          v.maxLength(100, 'must be at most 100 characters'),
        ),
        date: v.pipe(v.string(textMessage('')), v.isoDate('must be a date such as "2026-12-03"')),
      },
      objectMessage('is not a review field'),
    ),
  ],
  'must be { "status": "unverified" } or { "status": "verified", "reviewer": …, "date": … }',
);
export type LanguageReview = v.InferOutput<typeof LanguageReviewSchema>;

/** A language tag such as "de" or "pt-BR": the name of the file's folder. */
export const LanguageTagSchema = v.pipe(
  v.string(textMessage('')),
  v.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language tag such as "de" or "pt-BR"'),
);

/**
 * One line per problem, naming file, item id and field. Paths under an `itemSections` section read
 * `file: section (id "x") field "f": …`, others `file: field "a.b": …`.
 */
export function describeLanguageIssues(
  fileName: string,
  issues: readonly ContentIssue[],
  itemSections: readonly string[],
): string[] {
  return issues.map(({ path, message }) => {
    const [section, id, ...field] = path;
    if (section === undefined) return `${fileName}: (top level): ${message}`;
    const isItem = id !== undefined && (itemSections as readonly PropertyKey[]).includes(section);
    if (!isItem) return `${fileName}: field "${formatIssuePath(path)}": ${message}`;
    const where = field.length > 0 ? ` field "${formatIssuePath(field)}"` : '';
    return `${fileName}: ${String(section)} (id "${String(id)}")${where}: ${message}`;
  });
}

/** What a text language file is checked against: its English source's texts, as a tree. */
export interface TextSource<T extends Readonly<Record<string, TextTree>>> {
  /** The English file, e.g. "questions/roles.json". */
  readonly file: string;
  /** Every text of the English file that users see, keyed by the source's ids (text-tree.ts). */
  readonly texts: T;
  /** Top-level sections whose keys are item ids, for messages such as `types (id "x")`. */
  readonly itemSections: readonly string[];
}

/** A checked text language file: its texts have exactly the shape of the source's. */
export type TextLanguage<T> = {
  language: string;
  review: LanguageReview;
  /** The fingerprint of the English texts it translates (`hashTextTree`). */
  translates: string;
} & T;

export type TextLanguageCheck<T> =
  { ok: true; value: TextLanguage<T> } | { ok: false; messages: string[] };

// A valibot schema with exactly the tree's shape: the same keys, lists of the same length, and a
// non-empty string wherever the source has text. Anything else is refused with a message.
function schemaFor(tree: TextTree, file: string): v.GenericSchema {
  const notText =
    `is not a text of ${file}: a language file holds only text, under the same keys; ids, ` +
    `source keys, URLs, years and numbers come from ${file}`;
  if (typeof tree === 'string')
    return v.pipe(
      v.string(textMessage(`its ids and sources stay in ${file}`)),
      v.trim(),
      v.nonEmpty('must not be empty'),
    );
  if (Array.isArray(tree)) {
    const items: readonly TextTree[] = tree;
    return v.strictTuple(
      items.map((item) => schemaFor(item, file)),
      (issue) =>
        issue.expected === 'never'
          ? `is one item too many: ${file} has ${items.length} here`
          : issue.input === undefined
            ? 'is missing'
            : `must be a list of ${items.length}, in the order of ${file}`,
    );
  }
  const entries = Object.entries(tree as Readonly<Record<string, TextTree>>);
  return v.strictObject(
    Object.fromEntries(entries.map(([key, child]) => [key, schemaFor(child, file)])),
    objectMessage(notText),
  );
}

/**
 * Checks a language file against its English source: text only, every key and id of the source
 * and no other, lists as long as the source's, no empty text, and made from the English texts as
 * they are now (`translates`). Never throws.
 */
export function checkTextLanguage<T extends Readonly<Record<string, TextTree>>>(
  fileName: string,
  raw: unknown,
  source: TextSource<T>,
): TextLanguageCheck<T> {
  const fingerprint = hashTextTree(source.texts);
  const envelope = {
    $schema: v.optional(v.string()),
    language: LanguageTagSchema,
    review: LanguageReviewSchema,
    translates: v.pipe(
      v.string(textMessage('')),
      v.regex(/^[0-9a-f]{8}$/, `must be the fingerprint of the English texts, "${fingerprint}"`),
    ),
  };
  const shape = schemaFor(source.texts, source.file) as v.StrictObjectSchema<
    v.ObjectEntries,
    undefined
  >;
  const schema = v.strictObject(
    { ...envelope, ...shape.entries },
    objectMessage(
      `is not a text of ${source.file}: a language file holds only text, under the same keys`,
    ),
  );
  const parsed = v.safeParse(schema, raw);
  const issues: ContentIssue[] = parsed.success ? [] : parsed.issues.map(toContentIssue);
  if (parsed.success && parsed.output.translates !== fingerprint)
    issues.push({
      path: ['translates'],
      message:
        `translates English texts with fingerprint "${parsed.output.translates}", but ` +
        `${source.file}'s texts are now "${fingerprint}": bring the changed texts up to date ` +
        `(git log -p ${source.file}), then set translates to "${fingerprint}"`,
    });
  if (parsed.success && issues.length === 0)
    // The schema was built from `source.texts`, whose type is T: the output has T's shape.
    return { ok: true, value: parsed.output as TextLanguage<T> };
  return { ok: false, messages: describeLanguageIssues(fileName, issues, source.itemSections) };
}
