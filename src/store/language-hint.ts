import { LANGUAGE_HINT_KEY } from '../domain/language-preference';
import { createGuardedStorage } from './guarded-storage';

// The tab's "No, thanks" to the language suggestion line (src/app/language-switch.tsx). Storage that
// is blocked only means the line may come back on the next page, so nothing is reported.
const storage = createGuardedStorage(
  () => window.sessionStorage,
  () => undefined,
);

/** Whether this tab has answered "No, thanks" to the language suggestion. */
export function isLanguageHintDismissed(): boolean {
  return storage.getItem(LANGUAGE_HINT_KEY) !== null;
}

/** Keeps the tab's "No, thanks" to the suggestion of `code`. */
export function dismissLanguageHint(code: string): void {
  storage.setItem(LANGUAGE_HINT_KEY, { state: code, version: 1 });
}

/** Forgets the tab's "No, thanks" ("Delete my data" on /privacy). */
export function forgetLanguageHint(): void {
  storage.removeItem(LANGUAGE_HINT_KEY);
}
