// The job-posting lexicon's schema in one small file (docs/job-postings.md); valibot, as for every
// content file (docs/decisions/006-one-validator.md).
import * as v from 'valibot';
import { describeContentIssues, parseContent, type ContentIssue } from '../content-issues';
import { DIMENSION_IDS, QUADRANTS } from '../ids';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Lower-case words, German letters too (ä ö ü ß); a * ending a word matches any ending ("prioriti*"
// matches "prioritise", "marktanalyse*" matches "Marktanalysen").
const PHRASE = /^[a-z0-9äöüß][a-z0-9äöüß'&+./-]*\*?(?: [a-z0-9äöüß'&+./-]+\*?)*$/;

const slug = v.pipe(v.string(), v.regex(SLUG, 'must be a kebab-case slug such as "own-backlog"'));
const phrase = v.pipe(
  v.string(),
  v.regex(
    PHRASE,
    "must be lower-case words (letters, ä ö ü ß, digits, spaces, & + . / ' -), a word may end in *",
  ),
);
const phrases = v.pipe(v.array(phrase), v.minLength(1, 'needs at least one phrase'));
const note = v.pipe(v.string(), v.trim(), v.minLength(10, 'must say why (at least 10 characters)'));
const upTo = (max: number) =>
  v.pipe(v.number(), v.minValue(0, 'must be 0 or more'), v.maxValue(max, `must be at most ${max}`));
const share = upTo(1);

export const LexiconSectionSchema = v.strictObject({
  id: slug,
  /** Multiplies every match under a heading of this kind. */
  weight: share,
  headings: phrases,
  note,
});

export const LexiconTitleSchema = v.strictObject({
  id: slug,
  type: v.picklist(['product-manager', 'product-owner']),
  phrases,
  note,
});

export const LexiconEntrySchema = v.strictObject({
  id: slug,
  /** "none": boilerplate that counts for nothing and stops its words matching anything else. */
  quadrant: v.picklist([...QUADRANTS, 'none']),
  weight: upTo(3),
  /** The practice area (questions/bank.json dimension) the phrases ask for, if one fits. */
  dimension: v.optional(v.picklist(DIMENSION_IDS)),
  phrases,
  note,
});

export const LexiconSchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.literal(1),
  sections: v.array(LexiconSectionSchema),
  bonusCues: v.strictObject({ weight: share, phrases, note }),
  negation: v.strictObject({
    weight: share,
    /** How many words before a phrase a negation word may stand. */
    window: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1, 'must be 1 or more'),
      v.maxValue(8, 'must be at most 8'),
    ),
    phrases,
    note,
  }),
  /** Each repeat of the same entry counts this share of the one before. */
  repeatDecay: share,
  titles: v.array(LexiconTitleSchema),
  entries: v.pipe(v.array(LexiconEntrySchema), v.minLength(1)),
});

export type Lexicon = v.InferOutput<typeof LexiconSchema>;
export type LexiconEntry = v.InferOutput<typeof LexiconEntrySchema>;

/** Rules the schema cannot say: unique ids, each phrase once, weight 0 exactly for "none". */
function checkRules(lexicon: Lexicon): ContentIssue[] {
  const problems: ContentIssue[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  lexicon.entries.forEach((entry, index) => {
    const at = (...field: (string | number)[]) => ['entries', index, ...field];
    if (ids.has(entry.id)) problems.push({ path: at('id'), message: 'is used by another entry' });
    ids.add(entry.id);
    if (entry.quadrant === 'none' && entry.weight !== 0)
      problems.push({
        path: at('weight'),
        message: 'must be 0 for a "none" entry (it counts for nothing)',
      });
    if (entry.quadrant === 'none' && entry.dimension !== undefined)
      problems.push({
        path: at('dimension'),
        message: 'must be left out for a "none" entry (it asks for nothing)',
      });
    if (entry.quadrant !== 'none' && entry.weight === 0)
      problems.push({
        path: at('weight'),
        message: 'must be more than 0 (use quadrant "none" instead)',
      });
    entry.phrases.forEach((p, i) => {
      const other = owner.get(p);
      if (other !== undefined)
        problems.push({ path: at('phrases', i), message: `"${p}" is already in entry "${other}"` });
      owner.set(p, entry.id);
    });
  });
  return problems;
}

/** Validates raw lexicon JSON; on failure, readable lines naming file, entry and field. */
export function parseLexicon(
  fileName: string,
  raw: unknown,
): { ok: true; value: Lexicon } | { ok: false; messages: string[] } {
  const parsed = parseContent(LexiconSchema, fileName, raw);
  if (!parsed.ok) return parsed;
  const problems = checkRules(parsed.value);
  return problems.length > 0
    ? { ok: false, messages: describeContentIssues(fileName, raw, problems) }
    : parsed;
}
