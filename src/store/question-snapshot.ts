import { useEffect, useRef } from 'react';
import {
  QUESTION_SNAPSHOT_KEY,
  writeQuestionSnapshot,
  type QuestionScreen,
} from '../domain/question-screen';
import { canonicalJson } from '../domain/hash';
import { QUIZ_STORAGE_KEY } from '../domain/saved-quiz';
import { createGuardedStorage } from './guarded-storage';

// The quiz store reports storage problems to the taker; a snapshot that cannot be written only means
// the next reload shows the loading shell instead of the early paint, so it reports nothing.
const storage = createGuardedStorage(
  () => window.localStorage,
  () => undefined,
);

/**
 * Keeps the snapshot of the question on screen, for the early paint of /quiz after a reload
 * (src/early-paint/early-paint.ts, docs/architecture.md). Runs after every render of the question, so
 * the snapshot always matches the progress just saved; it writes only when something changed.
 */
export function useQuestionSnapshot(screen: QuestionScreen): void {
  const written = useRef('');
  useEffect(() => {
    const snapshot = writeQuestionSnapshot(screen, storage.getItem(QUIZ_STORAGE_KEY));
    const json = canonicalJson(snapshot);
    if (json === written.current) return;
    if (storage.setItem(QUESTION_SNAPSHOT_KEY, snapshot)) written.current = json;
  });
}

/** Removes the snapshot, with the rest of the taker's data ("Delete my data" on /privacy). */
export function forgetQuestionSnapshot(): void {
  storage.removeItem(QUESTION_SNAPSHOT_KEY);
}
