import { createEmptyQuiz, type SavedAnswer, type SavedQuiz } from './saved-quiz';

/**
 * What storage holds under a key when a page looks: a readable copy; nothing (never saved, or
 * unreadable); or nothing where this page had seen a copy before, which means someone deleted it
 * (another tab's "Delete my data", or the browser's "clear site data").
 */
export type StoredCopy<T> = { kind: 'saved'; value: T } | { kind: 'absent' } | { kind: 'removed' };

const MODE_RANK = { none: 0, short: 1, full: 2 } as const;

/** Orders quizzes by when they were started; mode and seed only break ties, so the order is total. */
function compareQuizzes(a: SavedQuiz, b: SavedQuiz): number {
  return (
    a.startedAt - b.startedAt ||
    MODE_RANK[a.mode ?? 'none'] - MODE_RANK[b.mode ?? 'none'] ||
    a.seed - b.seed
  );
}

type StampedAnswer = { answer: SavedAnswer; at: number };

/** The later of two answers to one question; equal stamps fall back to the text, so either order agrees. */
function pickLater(a: StampedAnswer, b: StampedAnswer): StampedAnswer {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  const aKey = `${a.answer.option}\u0000${a.answer.hash}`;
  const bKey = `${b.answer.option}\u0000${b.answer.hash}`;
  return aKey >= bKey ? a : b;
}

function stampedAnswer(quiz: SavedQuiz, id: string): StampedAnswer | null {
  if (!Object.prototype.hasOwnProperty.call(quiz.answers, id)) return null;
  const answer = quiz.answers[id];
  if (answer === undefined) return null;
  const at = Object.prototype.hasOwnProperty.call(quiz.answeredAt, id) ? quiz.answeredAt[id] : 0;
  return { answer, at: at ?? 0 };
}

/**
 * This page's progress combined with another copy (another tab's, read from storage). The same quiz
 * (same start, mode and order) keeps every answer given in either, the later one per question, and
 * this page's place in it; different quizzes: the one started later wins whole, since starting over
 * discards the old one. Commutative except for the place, which is always `mine`'s in the same quiz.
 */
export function mergeSavedQuiz(mine: SavedQuiz, theirs: SavedQuiz): SavedQuiz {
  const order = compareQuizzes(mine, theirs);
  if (order !== 0) return order > 0 ? mine : theirs;
  const ids = new Set([...Object.keys(mine.answers), ...Object.keys(theirs.answers)]);
  const merged: [string, StampedAnswer][] = [];
  for (const id of ids) {
    const a = stampedAnswer(mine, id);
    const b = stampedAnswer(theirs, id);
    const later = a === null ? b : b === null ? a : pickLater(a, b);
    if (later !== null) merged.push([id, later]);
  }
  // fromEntries defines own properties, so no id can reach a prototype.
  return {
    ...mine,
    answers: Object.fromEntries(merged.map(([id, s]) => [id, s.answer])),
    answeredAt: Object.fromEntries(merged.map(([id, s]) => [id, s.at])),
  };
}

/** What a page keeps after looking at storage, and whether it must tell the taker it was deleted. */
export type Reconciled = { quiz: SavedQuiz; isDeleted: boolean };

/**
 * This page's progress after looking at what storage holds now. Deletion wins: a copy removed since
 * this page saw it empties the page too (and says so when there was anything to lose); nothing
 * stored keeps the page's own; a copy is merged with `mergeSavedQuiz`.
 */
export function reconcileSavedQuiz(mine: SavedQuiz, stored: StoredCopy<SavedQuiz>): Reconciled {
  switch (stored.kind) {
    case 'saved':
      return { quiz: mergeSavedQuiz(mine, stored.value), isDeleted: false };
    case 'absent':
      return { quiz: mine, isDeleted: false };
    case 'removed':
      return { quiz: createEmptyQuiz(), isDeleted: mine.mode !== null };
  }
}
