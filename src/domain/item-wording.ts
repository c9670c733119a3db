// The wording rules of docs/item-rules.md that a program can check: option length within a scenario,
// prompt length, no negations, and no tell-tale word that only one quadrant's options use. The content
// tests (test/content/item-wording.test.ts) run them over questions/bank.json.
import type { Quadrant, Scenario } from './schema';

/** Every option has this many words (docs/item-rules.md, "Scenarios", rule 3). */
export const OPTION_WORDS = { min: 8, max: 11 } as const;
/** Prompts stay short so the full quiz takes about 10 minutes. */
export const PROMPT_MAX_WORDS = 16;
/** Within one scenario, the longest option is at most this many times the shortest. */
export const MAX_LENGTH_RATIO = { words: 1.25, characters: 1.3 } as const;

/** Words as the reading-time estimate counts them (src/domain/bank.ts, `estimateMinutes`). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Longest over shortest of some option texts, by words or by characters; 1 for fewer than two. */
export function lengthRatio(
  texts: readonly string[],
  measure: keyof typeof MAX_LENGTH_RATIO,
): number {
  const lengths = texts.map((t) => (measure === 'words' ? countWords(t) : t.trim().length));
  if (lengths.length < 2) return 1;
  const shortest = Math.min(...lengths);
  return shortest === 0 ? Infinity : Math.max(...lengths) / shortest;
}

/**
 * Words that make an option sound more senior, more genuine or more menial than the work it
 * describes, listed under the quadrant they tend to give away. Such a word may appear in the options
 * of several quadrants, or of none, but never of one quadrant only: otherwise takers can pick the
 * status rather than the work. A trailing `*` matches any ending (`strateg*`: strategy, strategic).
 */
export const TELL_TALE_WORDS: Readonly<Record<Quadrant, readonly string[]>> = {
  // Status: readers chose Product Manager options for these words rather than for the work.
  'strategic-market': [
    'executive*',
    'exec',
    'execs',
    'leader*',
    'strateg*',
    'vision*',
    'ceo',
    'ceos',
    'board',
    'c-level',
    'c-suite',
    'senior*',
  ],
  // The long view, once written into strategic-technical options only.
  'strategic-team': ['long-term', 'longer-term'],
  // Authenticity and reward, once written into customer-facing options only.
  'tactical-market': ['real', 'thank*'],
  // Belittling words that would make delivery work sound like chores.
  'tactical-team': [
    'just',
    'simply',
    'merely',
    'only',
    'routine*',
    'admin*',
    'paperwork',
    'chore*',
  ],
};

/** Words that turn an option into a negation (docs/item-rules.md, "Scenarios", rule 4). */
export const NEGATION_WORDS = ['not', 'never', 'avoid*', 'no', 'none', 'nothing', 'without'];

/** Lower-case words of a text; hyphenated words stay whole and a possessive 's is dropped. */
export function wordsOf(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z0-9]+(?:['’-][a-z0-9]+)*/g) ?? [];
  return words.map((w) => w.replace(/['’]s$/, ''));
}

/** Whether a word matches a list entry (exactly, or by prefix for an entry ending in `*`). */
export function matchesEntry(word: string, entry: string): boolean {
  return entry.endsWith('*') ? word.startsWith(entry.slice(0, -1)) : word === entry;
}

/** The list entries a text uses, each once. */
export function findListedWords(text: string, list: readonly string[]): string[] {
  const words = wordsOf(text);
  return list.filter((entry) => words.some((w) => matchesEntry(w, entry)));
}

/** A listed word that only one quadrant's options use, and the scenarios that use it. */
export interface OneQuadrantWord {
  entry: string;
  listedUnder: Quadrant;
  usedBy: Quadrant;
  scenarioIds: string[];
}

/** Every entry of `list` that appears in the options of exactly one quadrant across `scenarios`. */
export function findOneQuadrantWords(
  scenarios: readonly Scenario[],
  list: Readonly<Record<Quadrant, readonly string[]>> = TELL_TALE_WORDS,
): OneQuadrantWord[] {
  const found: OneQuadrantWord[] = [];
  for (const [listedUnder, entries] of Object.entries(list) as [Quadrant, readonly string[]][]) {
    for (const entry of entries) {
      const uses = scenarios.flatMap((s) =>
        s.options
          .filter((o) => findListedWords(o.text, [entry]).length > 0)
          .map((o) => ({ id: s.id, key: o.key })),
      );
      const quadrants = [...new Set(uses.map((u) => u.key))];
      const [usedBy] = quadrants;
      if (quadrants.length === 1 && usedBy !== undefined) {
        found.push({
          entry,
          listedUnder,
          usedBy,
          scenarioIds: [...new Set(uses.map((u) => u.id))],
        });
      }
    }
  }
  return found;
}
