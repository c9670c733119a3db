// The check of a bank language file (questions/lang/<language>/bank.json) against the source bank.
// It runs at build time (scripts/bank-files.ts) and in tests; the browser only applies a checked
// file (bank-language.ts), so no page downloads this schema (docs/decisions/007-languages.md).
import * as v from 'valibot';
import { toContentIssue, type ContentIssue } from './content-issues';
import {
  describeLanguageIssues as describeSharedIssues,
  LanguageReviewSchema,
  LanguageTagSchema,
  objectMessage as sharedObjectMessage,
  textMessage as sharedTextMessage,
  type LanguageReview,
} from './language-file-schema';
import type { Bank } from './schema';

/** What an unknown field in a language file is told: the file holds text, never scoring. */
export const NOT_TEXT_MESSAGE =
  'is not a text field: a language file holds only text; ids, option keys, dimensions, signals, ' +
  'weights and the short set come from questions/bank.json';

const objectMessage = sharedObjectMessage(NOT_TEXT_MESSAGE);
const textMessage = sharedTextMessage('its key and scoring stay in questions/bank.json');

// The same length limits as the source bank's fields (schema.ts), and never empty.
const text = (min: number, max: number) =>
  v.pipe(
    v.string(textMessage),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.check((s) => s.length === 0 || s.length >= min, `must be at least ${min} characters`),
    v.maxLength(max, `must be at most ${max} characters`),
  );

const exact = <const TEntries extends v.ObjectEntries>(entries: TEntries) =>
  v.strictObject(entries, objectMessage);

// valibot's record() also takes an array; texts are keyed by id, so a list is refused first.
const textsByKey = <const TSchema extends v.GenericSchema>(value: TSchema) =>
  v.pipe(
    v.custom<Record<string, unknown>>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
      (issue) =>
        issue.input === undefined ? 'is missing' : 'must be an object (texts keyed by id)',
    ),
    v.record(v.string(), value),
  );

export { LanguageReviewSchema };

const BankLanguageShapeSchema = exact({
  $schema: v.optional(v.string()),
  language: LanguageTagSchema,
  revision: v.pipe(
    v.number('must be the bank revision this text was translated from (a number)'),
    v.integer(),
    v.minValue(1),
  ),
  review: LanguageReviewSchema,
  dimensions: textsByKey(exact({ label: text(3, 60), scenarioNoun: text(2, 30) })),
  scenarios: textsByKey(exact({ prompt: text(10, 300), options: textsByKey(text(10, 240)) })),
  practice: textsByKey(exact({ activity: text(5, 160) })),
  context: textsByKey(exact({ prompt: text(5, 200), options: textsByKey(text(1, 80)) })),
});

/** A language file with the right shape: text only, keyed by the source bank's ids and option keys. */
export type BankLanguage = v.InferOutput<typeof BankLanguageShapeSchema>;
export type { LanguageReview };

type Section = 'dimensions' | 'scenarios' | 'practice' | 'context';

type KeyMap = Map<string, readonly string[] | null>;
type Keys = Record<Section, KeyMap>;
const SECTIONS = ['dimensions', 'scenarios', 'practice', 'context'] as const;

/** The keys a language file must have: every source id, and under each, every option key. */
function sourceKeys(bank: Bank): Keys {
  return {
    dimensions: new Map(bank.dimensions.map((d) => [d.id, null])),
    scenarios: new Map(bank.scenarios.map((s) => [s.id, s.options.map((o) => o.key)])),
    practice: new Map(bank.practice.map((p) => [p.id, null])),
    context: new Map(bank.context.map((c) => [c.id, c.options.map((o) => o.id)])),
  };
}

/** The keys a well-shaped language file has. */
function languageKeys(language: BankLanguage): Keys {
  const ids = (texts: Readonly<Record<string, unknown>>): KeyMap =>
    new Map(Object.keys(texts).map((id) => [id, null]));
  const withOptions = (
    texts: Readonly<Record<string, { options: Readonly<Record<string, string>> }>>,
  ): KeyMap => new Map(Object.entries(texts).map(([id, t]) => [id, Object.keys(t.options)]));
  return {
    dimensions: ids(language.dimensions),
    scenarios: withOptions(language.scenarios),
    practice: ids(language.practice),
    context: withOptions(language.context),
  };
}

/** Compares the keys of a well-shaped language file with the source bank's. */
function compareKeys(bank: Bank, language: BankLanguage): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (language.revision !== bank.revision)
    issues.push({
      path: ['revision'],
      message:
        `translates revision ${language.revision}, but questions/bank.json is revision ` +
        `${bank.revision}: bring the changed items up to date, then set revision to ${bank.revision}`,
    });
  const expected = sourceKeys(bank);
  const found = languageKeys(language);
  for (const section of SECTIONS) {
    for (const [id, optionKeys] of expected[section]) {
      const foundKeys = found[section].get(id);
      if (foundKeys === undefined) {
        issues.push({ path: [section, id], message: 'is missing: questions/bank.json has it' });
        continue;
      }
      if (optionKeys === null || foundKeys === null) continue;
      for (const key of optionKeys)
        if (!foundKeys.includes(key))
          issues.push({
            path: [section, id, 'options', key],
            message: `is missing: the source item has option "${key}"`,
          });
      for (const key of foundKeys)
        if (!optionKeys.includes(key))
          issues.push({
            path: [section, id, 'options', key],
            message: `the source item has no option "${key}" (it has ${optionKeys.map((k) => `"${k}"`).join(', ')})`,
          });
    }
    for (const id of found[section].keys())
      if (!expected[section].has(id))
        issues.push({
          path: [section, id],
          message: `questions/bank.json has no ${section} item with this id`,
        });
  }
  return issues;
}

/**
 * One line per problem, naming file, item id and field:
 * `questions/lang/de/bank.json: scenarios (id "x") field "options.tactical-team": is missing …`.
 */
export function describeLanguageIssues(
  fileName: string,
  issues: readonly ContentIssue[],
): string[] {
  return describeSharedIssues(fileName, issues, SECTIONS);
}

export type LanguageCheck = { ok: true; value: BankLanguage } | { ok: false; messages: string[] };

/**
 * Checks a language file against the source bank: text only (no scoring field), every id and
 * option key of the source and no other, no empty text, the source's revision. Never throws.
 */
export function checkBankLanguage(fileName: string, raw: unknown, bank: Bank): LanguageCheck {
  const parsed = v.safeParse(BankLanguageShapeSchema, raw);
  const issues = parsed.success
    ? compareKeys(bank, parsed.output)
    : parsed.issues.map(toContentIssue);
  if (parsed.success && issues.length === 0) return { ok: true, value: parsed.output };
  return { ok: false, messages: describeLanguageIssues(fileName, issues) };
}
