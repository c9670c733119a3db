import type { Quadrant } from '../schema';
import type { Lexicon } from './lexicon-schema';

// Finds the lexicon's phrases in a posting: which section each sits in, whether it is negated or
// only a wish, and what it weighs (docs/job-postings.md, "How a posting is read").

/** One phrase found in the text. `end` is exclusive; matches never overlap. */
export interface PhraseMatch {
  start: number;
  end: number;
  /** The text as written in the posting. */
  text: string;
  entryId: string;
  quadrant: Quadrant;
  /** The entry's weight times section, wish and negation factors, before repeats are discounted. */
  weight: number;
  isNegated: boolean;
}

interface PhraseMatcher {
  /** Sticky: matches only at `lastIndex`. */
  pattern: RegExp;
  /** The entry, or null for a "none" entry (its words count for nothing). */
  owner: { id: string; quadrant: Quadrant; weight: number } | null;
}

const PREFIX_LENGTH = 3;

/** A phrase's lookup key: its first word's first three characters (fewer for a shorter word). */
function prefixKey(phrase: string): string {
  const first = phrase.split(/[\s-]+/, 1)[0]?.replace(/\*$/, '') ?? '';
  return first.slice(0, PREFIX_LENGTH);
}

/** A lexicon made ready for matching: build once, use for every posting. */
export interface CompiledLexicon {
  lexicon: Lexicon;
  /** Phrases by the first (up to) three characters they start with; see `prefixKey`. */
  byPrefix: ReadonlyMap<string, readonly PhraseMatcher[]>;
  headings: readonly { pattern: RegExp; weight: number }[];
  bonusCue: RegExp;
  negationCue: RegExp;
  titles: readonly { pattern: RegExp; type: 'product-manager' | 'product-owner' }[];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A word character in any language: letters with umlauts and ß count ("Übergabe", "Maßnahmen"), so
// German words start, end and match whole (`\w` and `\b` know only a–z). Patterns use the `u` flag.
const WORD = '[\\p{L}\\p{N}_]';
const WORD_START = `(?<!${WORD})`;
const WORD_END = `(?!${WORD})`;
const WORD_CHAR = new RegExp(WORD, 'u');
const FLAGS = 'iu';

/** A phrase as a regex source: words joined by any spaces or hyphens, an optional plural, `*` endings. */
function phraseSource(phrase: string): string {
  const words = phrase.split(/[\s-]+/).filter((w) => w !== '');
  const body = words
    .map((word) =>
      word.endsWith('*')
        ? `${escapeRegex(word.slice(0, -1))}(?:${WORD}|['-])*`
        : `${escapeRegex(word)}s?`,
    )
    .join('[\\s-]+');
  // A word boundary only where the phrase starts or ends with a word character ("c++" ends with "+").
  const before = WORD_CHAR.test(phrase.charAt(0)) ? WORD_START : '';
  // After a `*` ending, the match ends on a word character, as `\b` made it ("sprint-" is "sprint").
  const after = phrase.endsWith('*')
    ? `(?<=${WORD})${WORD_END}`
    : WORD_CHAR.test(phrase.slice(-1))
      ? WORD_END
      : '';
  return `${before}${body}${after}`;
}

const anyOf = (list: readonly string[]) =>
  new RegExp(
    [...list]
      .sort((a, b) => b.length - a.length)
      .map(phraseSource)
      .join('|'),
    FLAGS,
  );

/** Builds the matchers once. Longer phrases are tried first, so "product backlog" wins over "backlog". */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const byPrefix = new Map<string, PhraseMatcher[]>();
  for (const entry of lexicon.entries)
    for (const phrase of entry.phrases) {
      const key = prefixKey(phrase);
      const list = byPrefix.get(key) ?? [];
      list.push({
        pattern: new RegExp(phraseSource(phrase), `${FLAGS}y`),
        owner:
          entry.quadrant === 'none'
            ? null
            : { id: entry.id, quadrant: entry.quadrant, weight: entry.weight },
      });
      byPrefix.set(key, list);
    }
  return {
    lexicon,
    byPrefix,
    headings: lexicon.sections.map((s) => ({
      pattern: new RegExp(`^(?:${anyOf(s.headings).source})`, FLAGS),
      weight: s.weight,
    })),
    bonusCue: anyOf(lexicon.bonusCues.phrases),
    negationCue: anyOf(lexicon.negation.phrases),
    titles: lexicon.titles.map((t) => ({ pattern: anyOf(t.phrases), type: t.type })),
  };
}

const MAX_HEADING_LENGTH = 60;

/**
 * The section weight a line sets, or null when the line is not a heading. A heading starts with a
 * known heading phrase and ends there, goes on with a colon ("Nice to have: SQL", whose rest of line
 * is in that section too), or with a few joining words ("Skills and experience").
 */
function headingWeight(line: string, compiled: CompiledLexicon): number | null {
  const trimmed = line.trim().replace(/^[#*\-•\s]+/, '');
  if (trimmed === '') return null;
  for (const { pattern, weight } of compiled.headings) {
    const found = pattern.exec(trimmed);
    if (!found) continue;
    const rest = trimmed.slice(found[0].length).trim();
    if (rest === '' || rest.startsWith(':')) return weight;
    const isShortTail =
      trimmed.length <= MAX_HEADING_LENGTH &&
      !/[.!?,;]$/.test(trimmed) &&
      /^(?:and|&|\/|we|you|for|to|at|und|wir|sie|du|für|bei|zu|im)(?![\p{L}\p{N}_])/iu.test(rest) &&
      rest.split(/\s+/).length <= 4;
    if (isShortTail) return weight;
  }
  return null;
}

interface Line {
  start: number;
  end: number;
  sectionWeight: number;
}

/** The posting's lines, each with the weight of the section it sits in. */
function readLines(compiled: CompiledLexicon, text: string): Line[] {
  const lines: Line[] = [];
  let sectionWeight = 1;
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const heading = headingWeight(text.slice(start, end), compiled);
    if (heading !== null) sectionWeight = heading;
    lines.push({ start, end, sectionWeight });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

const MAX_SPAN = 400;
const CLAUSE_MARK = /[,;:.!?()]/;
const SENTENCE_MARK = /[.!?;]/;

/** From the last mark before a position (within the line) to the next mark after it. */
function spanAround(text: string, position: number, line: Line, mark: RegExp) {
  // Bounded, so a 100 KB posting on one line is still read in linear time.
  let start = Math.max(line.start, position - MAX_SPAN);
  for (let i = position - 1; i >= start; i -= 1)
    if (mark.test(text.charAt(i))) {
      start = i + 1;
      break;
    }
  let end = Math.min(line.end, position + MAX_SPAN);
  for (let i = position; i < end; i += 1)
    if (mark.test(text.charAt(i))) {
      end = i;
      break;
    }
  return { start, end };
}

/**
 * Every lexicon phrase in the text, in order, with its weight. Phrases of "none" entries, and phrases
 * under a zero-weight section or negated, are left out (they count for nothing and are not shown).
 * @example findPhrases(compiled, 'Responsibilities\nOwn the product backlog.')[0]?.entryId // 'backlog'
 */
export function findPhrases(compiled: CompiledLexicon, text: string): PhraseMatch[] {
  const { lexicon } = compiled;
  const lines = readLines(compiled, text);
  const matches: PhraseMatch[] = [];
  let lineIndex = 0;
  for (let position = 0; position < text.length; position += 1) {
    if (!isWordStart(text, position)) continue;
    const found = longestAt(compiled, text, position);
    if (!found) continue;
    const start = position;
    const end = position + found.length;
    position = end - 1;
    while ((lines[lineIndex]?.end ?? Infinity) < start) lineIndex += 1;
    const line = lines[lineIndex];
    const owner = found.owner;
    if (!line || !owner || line.sectionWeight === 0) continue;
    const clause = spanAround(text, start, line, CLAUSE_MARK);
    const before = text
      .slice(clause.start, start)
      .split(/\s+/)
      .filter((w) => w !== '');
    const isNegated = compiled.negationCue.test(before.slice(-lexicon.negation.window).join(' '));
    const sentence = spanAround(text, start, line, SENTENCE_MARK);
    const isWish = compiled.bonusCue.test(text.slice(sentence.start, sentence.end));
    const weight =
      owner.weight *
      line.sectionWeight *
      (isWish ? lexicon.bonusCues.weight : 1) *
      (isNegated ? lexicon.negation.weight : 1);
    if (weight > 0)
      matches.push({
        start,
        end,
        text: text.slice(start, end),
        entryId: owner.id,
        quadrant: owner.quadrant,
        weight,
        isNegated,
      });
  }
  return matches;
}

function isWordStart(text: string, position: number): boolean {
  return WORD_CHAR.test(text.charAt(position)) && !WORD_CHAR.test(text.charAt(position - 1));
}

/** The longest phrase that starts exactly at `position`, if any. */
function longestAt(compiled: CompiledLexicon, text: string, position: number) {
  let best: { length: number; owner: PhraseMatcher['owner'] } | null = null;
  const head = text.slice(position, position + PREFIX_LENGTH).toLowerCase();
  for (let size = 1; size <= head.length; size += 1) {
    for (const matcher of compiled.byPrefix.get(head.slice(0, size)) ?? []) {
      matcher.pattern.lastIndex = position;
      const found = matcher.pattern.exec(text);
      if (found && found[0].length > (best?.length ?? 0))
        best = { length: found[0].length, owner: matcher.owner };
    }
  }
  return best;
}

/** The usual meaning of a job title, or null when it names neither role or both. */
export function readTitle(
  compiled: CompiledLexicon,
  title: string,
): 'product-manager' | 'product-owner' | null {
  const types = new Set(compiled.titles.filter((t) => t.pattern.test(title)).map((t) => t.type));
  if (types.size !== 1) return null;
  const [type] = types;
  return type ?? null;
}
