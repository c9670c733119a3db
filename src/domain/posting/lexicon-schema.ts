// The job-posting lexicon's schema in one small file, so a change of validator touches only this
// file (docs/job-postings.md). zod/mini, as for the bank (docs/performance.md).
import '../zod-setup';
import * as z from 'zod/mini';
import { QUADRANTS } from '../ids';
import { describeBankIssues } from '../parse-bank';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Lower-case words; a * ending a word matches any ending ("prioriti*" matches "prioritise").
const PHRASE = /^[a-z0-9][a-z0-9'&+./-]*\*?(?: [a-z0-9'&+./-]+\*?)*$/;

const slug = z.string().check(z.regex(SLUG, 'must be a kebab-case slug such as "own-backlog"'));
const phrase = z
  .string()
  .check(
    z.regex(
      PHRASE,
      "must be lower-case words (letters, digits, spaces, & + . / ' -), a word may end in *",
    ),
  );
const phrases = z.array(phrase).check(z.minLength(1, 'needs at least one phrase'));
const note = z.string().check(z.trim(), z.minLength(10, 'must say why (at least 10 characters)'));
const share = z.number().check(z.gte(0, 'must be 0 or more'), z.lte(1, 'must be at most 1'));

export const LexiconSectionSchema = z.strictObject({
  id: slug,
  /** Multiplies every match under a heading of this kind. */
  weight: share,
  headings: phrases,
  note,
});

export const LexiconTitleSchema = z.strictObject({
  id: slug,
  type: z.enum(['product-manager', 'product-owner']),
  phrases,
  note,
});

export const LexiconEntrySchema = z.strictObject({
  id: slug,
  /** "none": boilerplate that counts for nothing and stops its words matching anything else. */
  quadrant: z.enum([...QUADRANTS, 'none']),
  weight: z.number().check(z.gte(0, 'must be 0 or more'), z.lte(3, 'must be at most 3')),
  phrases,
  note,
});

export const LexiconSchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.literal(1),
  sections: z.array(LexiconSectionSchema),
  bonusCues: z.strictObject({ weight: share, phrases, note }),
  negation: z.strictObject({
    weight: share,
    /** How many words before a phrase a negation word may stand. */
    window: z.int().check(z.gte(1, 'must be 1 or more'), z.lte(8, 'must be at most 8')),
    phrases,
    note,
  }),
  /** Each repeat of the same entry counts this share of the one before. */
  repeatDecay: share,
  titles: z.array(LexiconTitleSchema),
  entries: z.array(LexiconEntrySchema).check(z.minLength(1)),
});

export type Lexicon = z.infer<typeof LexiconSchema>;
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

/** Rules the schema cannot say: unique ids, each phrase once, weight 0 exactly for "none". */
function checkRules(fileName: string, lexicon: Lexicon): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  lexicon.entries.forEach((entry, index) => {
    const where = `${fileName}: entries[${index}] (id "${entry.id}")`;
    if (ids.has(entry.id)) problems.push(`${where} field "id": is used by another entry`);
    ids.add(entry.id);
    if (entry.quadrant === 'none' && entry.weight !== 0)
      problems.push(
        `${where} field "weight": must be 0 for a "none" entry (it counts for nothing)`,
      );
    if (entry.quadrant !== 'none' && entry.weight === 0)
      problems.push(`${where} field "weight": must be more than 0 (use quadrant "none" instead)`);
    entry.phrases.forEach((p, i) => {
      const other = owner.get(p);
      if (other !== undefined)
        problems.push(`${where} field "phrases.${i}": "${p}" is already in entry "${other}"`);
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
  const parsed = LexiconSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, messages: describeBankIssues(fileName, raw, parsed.error.issues) };
  const problems = checkRules(fileName, parsed.data);
  return problems.length > 0 ? { ok: false, messages: problems } : { ok: true, value: parsed.data };
}
