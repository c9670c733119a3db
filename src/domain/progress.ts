import { getAllowedAnswers, type PreparedBank, type QuizItem } from './bank';
import { isCurrentWording, type EarlierWordings } from './earlier-wordings';
import { hashString } from './hash';
import type { Answers, Mode, ScenarioOption } from './schema';
import type { SavedAnswer } from './saved-quiz';

/**
 * Answers whose item still exists unchanged (same content hash, or an earlier wording with the same
 * meaning: src/domain/earlier-wordings.ts) and whose option is still offered.
 */
export function getEffectiveAnswers(
  prepared: PreparedBank,
  saved: Readonly<Record<string, SavedAnswer>>,
  earlier: EarlierWordings = {},
): Answers {
  const byId = new Map(prepared.items.full.map((item) => [item.id, item]));
  const answers: Answers = {};
  for (const [itemId, answer] of Object.entries(saved)) {
    const item = byId.get(itemId);
    if (
      item &&
      isCurrentWording(prepared, earlier, itemId, answer.hash) &&
      getAllowedAnswers(item).includes(answer.option)
    ) {
      answers[itemId] = answer.option;
    }
  }
  return answers;
}

export interface Progress {
  answered: number;
  total: number;
  /** Every question of the mode has an answer (context questions count when skipped). */
  isComplete: boolean;
  /** Index of the first unanswered question, or -1 when complete. */
  nextIndex: number;
}

/** How far the taker is in the given mode. */
export function getProgress(prepared: PreparedBank, mode: Mode, answers: Answers): Progress {
  const items = prepared.items[mode];
  const nextIndex = items.findIndex((item) => answers[item.id] === undefined);
  const answered = items.filter((item) => answers[item.id] !== undefined).length;
  return { answered, total: items.length, isComplete: nextIndex === -1, nextIndex };
}

/** Where the quiz should show: the saved question if it still exists, else the first unanswered. */
export function getCurrentIndex(
  items: readonly QuizItem[],
  currentId: string | null,
  answers: Answers,
): number {
  const saved = currentId === null ? -1 : items.findIndex((item) => item.id === currentId);
  if (saved !== -1) return saved;
  const next = items.findIndex((item) => answers[item.id] === undefined);
  return next === -1 ? Math.max(items.length - 1, 0) : next;
}

/** Where "Next" leads from a question: another question, or out of the questions (review or result). */
export type StepAfter = { to: 'question'; id: string } | { to: 'end' };

export interface StepAfterInit {
  /** The taker came from the review screen to change an answer: once all are answered, go back there. */
  isRevisiting: boolean;
  /**
   * The last question while some are still open: `end` when a review screen lists them (the site's
   * quiz), `first-open` to go to the first of them when there is none (the embed).
   */
  whenOpenAtEnd: 'end' | 'first-open';
}

/** The end-of-quiz rule shared by the site's quiz and the embed: what follows the question at `index`. */
export function getStepAfter(
  items: readonly QuizItem[],
  index: number,
  answers: Answers,
  { isRevisiting, whenOpenAtEnd }: StepAfterInit,
): StepAfter {
  const isComplete = items.every((item) => answers[item.id] !== undefined);
  const next = items[index + 1];
  if (next && !(isRevisiting && isComplete)) return { to: 'question', id: next.id };
  if (isComplete || whenOpenAtEnd === 'end') return { to: 'end' };
  const open = items.find((item) => answers[item.id] === undefined);
  return open ? { to: 'question', id: open.id } : { to: 'end' };
}

/** A deterministic per-taker order of a scenario's options: stable across reloads, different per item. */
export function shuffleOptions(
  options: readonly ScenarioOption[],
  seed: number,
  itemId: string,
): ScenarioOption[] {
  let state = parseInt(hashString(`${seed}:${itemId}`), 16) || 1;
  const next = () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  const result = [...options];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    const a = result[i];
    const b = result[j];
    if (a && b) {
      result[i] = b;
      result[j] = a;
    }
  }
  return result;
}
