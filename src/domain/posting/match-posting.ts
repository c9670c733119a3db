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

/** A lexicon made ready for matching: build once, use for every posting. */
export interface CompiledLexicon {
  lexicon: Lexicon;
  /** Every phrase as one alternative; group i + 1 is phrase i. */
  pattern: RegExp;
  /** For each phrase (by group), its entry, or null for a "none" entry. */
  owners: readonly ({ id: string; quadrant: Quadrant; weight: number } | null)[];
  headings: readonly { pattern: RegExp; weight: number }[];
  bonusCue: RegExp;
  negationCue: RegExp;
  titles: readonly { pattern: RegExp; type: 'product-manager' | 'product-owner' }[];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a regex source: words joined by any spaces or hyphens, an optional plural, `*` endings. */
function phraseSource(phrase: string): string {
  const words = phrase.split(/[\s-]+/).filter((w) => w !== '');
  const body = words
    .map((word) =>
      word.endsWith('*') ? `${escapeRegex(word.slice(0, -1))}[\\w'-]*` : `${escapeRegex(word)}s?`,
    )
    .join('[\\s-]+');
  // \b only where the phrase starts or ends with a word character ("c++" ends with "+").
  const before = /^\w/.test(phrase) ? '\\b' : '';
  const after = /\w\*?$/.test(phrase) || phrase.endsWith('*') ? '\\b' : '';
  return `${before}${body}${after}`;
}

const anyOf = (list: readonly string[]) =>
  new RegExp(
    [...list]
      .sort((a, b) => b.length - a.length)
      .map(phraseSource)
      .join('|'),
    'i',
  );

/** Builds the matchers once. Longer phrases are tried first, so "product backlog" wins over "backlog". */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const phrases = lexicon.entries
    .flatMap((entry) => entry.phrases.map((phrase) => ({ phrase, entry })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  return {
    lexicon,
    pattern: new RegExp(phrases.map((p) => `(${phraseSource(p.phrase)})`).join('|'), 'gi'),
    owners: phrases.map(({ entry }) =>
      entry.quadrant === 'none'
        ? null
        : { id: entry.id, quadrant: entry.quadrant, weight: entry.weight },
    ),
    headings: lexicon.sections.map((s) => ({
      pattern: new RegExp(`^(?:${anyOf(s.headings).source})`, 'i'),
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
      /^(?:and|&|\/|we|you|for|to|at)\b/i.test(rest) &&
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

const CLAUSE_MARK = /[,;:.!?()]/;
const SENTENCE_MARK = /[.!?;]/;

/** From the last mark before a position (within the line) to the next mark after it. */
function spanAround(text: string, position: number, line: Line, mark: RegExp) {
  let start = line.start;
  for (let i = position - 1; i >= line.start; i -= 1)
    if (mark.test(text.charAt(i))) {
      start = i + 1;
      break;
    }
  let end = line.end;
  for (let i = position; i < line.end; i += 1)
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
  const pattern = new RegExp(compiled.pattern.source, 'gi');
  let lineIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = pattern.exec(text)) !== null) {
    const start = found.index;
    const end = start + found[0].length;
    if (end === start) {
      pattern.lastIndex += 1;
      continue;
    }
    while ((lines[lineIndex]?.end ?? Infinity) < start) lineIndex += 1;
    const line = lines[lineIndex];
    const group = found.findIndex((g, i) => i > 0 && g !== undefined);
    const owner = compiled.owners[group - 1];
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
        text: found[0],
        entryId: owner.id,
        quadrant: owner.quadrant,
        weight,
        isNegated,
      });
  }
  return matches;
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
