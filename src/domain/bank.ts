import { canonicalJson, hashString } from './hash';
import { PREFER_NOT_TO_SAY } from './ids';
import { SCORING_MODEL } from './model-constants';
import type { Bank, ContextQuestion, Mode, PracticeItem, Scenario } from './schema';
import { question as w } from '../words/en/question';

/** The practice-frequency answer scale, lowest first; `score` feeds the 0..100 skill profile. */
export const FREQUENCIES = [
  { id: 'never', label: w.frequencies.never, score: 0 },
  { id: 'once-or-twice', label: w.frequencies['once-or-twice'], score: 25 },
  { id: 'every-few-months', label: w.frequencies['every-few-months'], score: 50 },
  { id: 'monthly', label: w.frequencies.monthly, score: 75 },
  { id: 'weekly', label: w.frequencies.weekly, score: 100 },
] as const;
export type FrequencyId = (typeof FREQUENCIES)[number]['id'];

/** One screen of the quiz, in the order asked. */
export type QuizItem =
  | { kind: 'scenario'; id: string; hash: string; scenario: Scenario }
  | { kind: 'practice'; id: string; hash: string; practice: PracticeItem }
  | { kind: 'context'; id: string; hash: string; context: ContextQuestion };

/** A validated bank with what the app derives from it once. */
export interface PreparedBank {
  bank: Bank;
  /** Fingerprint of everything that scores: ids, option keys, dimensions, the short set. */
  scoringKeyHash: string;
  /** Content hash per item id: a stored answer is kept only while this is unchanged. */
  itemHashes: Readonly<Record<string, string>>;
  items: Readonly<Record<Mode, readonly QuizItem[]>>;
}

/** What ties saved answers to the source bank: its scoring-key fingerprint and item hashes. */
export type SourceKey = Pick<PreparedBank, 'scoringKeyHash' | 'itemHashes'>;

/** Content hash of one item: changes when its wording, options or keys change. */
export function hashItem(item: Scenario | PracticeItem | ContextQuestion): string {
  return hashString(canonicalJson(item));
}

/** The scoring key: everything that changes a score when edited (but not wording). */
export function hashScoringKey(bank: Bank): string {
  return hashString(
    canonicalJson({
      scenarios: bank.scenarios.map((s) => ({
        id: s.id,
        dimension: s.dimension,
        short: s.short === true,
        options: s.options.map((o) => ({ key: o.key, signals: o.signals })),
      })),
      practice: bank.practice.map((p) => ({ id: p.id, dimension: p.dimension })),
      frequencies: FREQUENCIES.map((f) => [f.id, f.score]),
      model: SCORING_MODEL,
    }),
  );
}

/**
 * Derives hashes and the per-mode question order from a validated bank. A bank in another language
 * passes its `source` (the English bank's key): it keeps the source's scoring-key fingerprint and
 * every item's content hash, so a saved answer is tied to the English item, switching language keeps
 * it, and a translation can never change which answers count.
 */
export function prepareBank(bank: Bank, source?: SourceKey): PreparedBank {
  const hashOf = (item: Scenario | PracticeItem | ContextQuestion) =>
    source?.itemHashes[item.id] ?? hashItem(item);
  const scenario = (s: Scenario): QuizItem => ({
    kind: 'scenario',
    id: s.id,
    hash: hashOf(s),
    scenario: s,
  });
  const practice = bank.practice.map((p): QuizItem => ({
    kind: 'practice',
    id: p.id,
    hash: hashOf(p),
    practice: p,
  }));
  const context = bank.context.map((c): QuizItem => ({
    kind: 'context',
    id: c.id,
    hash: hashOf(c),
    context: c,
  }));
  const full = [...bank.scenarios.map(scenario), ...practice, ...context];
  // Short mode (about 3 minutes) leaves out the practice items: its result has no skill profile.
  const short = [...bank.scenarios.filter((s) => s.short === true).map(scenario), ...context];
  return {
    bank,
    scoringKeyHash: source?.scoringKeyHash ?? hashScoringKey(bank),
    itemHashes: source?.itemHashes ?? Object.fromEntries(full.map((item) => [item.id, item.hash])),
    items: { full, short },
  };
}

/** The options a quiz item accepts, as answer ids. */
export function getAllowedAnswers(item: QuizItem): readonly string[] {
  switch (item.kind) {
    case 'scenario':
      return item.scenario.options.map((o) => o.key);
    case 'practice':
      return FREQUENCIES.map((f) => f.id);
    case 'context':
      return [...item.context.options.map((o) => o.id), PREFER_NOT_TO_SAY];
  }
}

/** Silent reading speed of adults in this build's language (words a minute), for the time estimate. */
export const READING_WPM = w.readingWpm;

/** Rough minutes a taker needs: reading time plus a few seconds to decide per question. */
export function estimateMinutes(items: readonly QuizItem[]): number {
  const read = (s: string) => (s.split(/\s+/).filter(Boolean).length / READING_WPM) * 60;
  let seconds = 0;
  for (const item of items) {
    if (item.kind === 'scenario') {
      seconds +=
        read(item.scenario.prompt) +
        item.scenario.options.reduce((n, o) => n + read(o.text), 0) +
        5;
    } else if (item.kind === 'practice') {
      seconds += read(w.practice(item.practice.activity)) + 4;
    } else {
      seconds += read(item.context.prompt) + 3;
    }
  }
  return seconds / 60;
}
