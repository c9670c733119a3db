import { createContext, use, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { reconcileSavedQuiz } from '../domain/merge-quiz';
import {
  createEmptyQuiz,
  restoreSavedQuiz,
  SAVED_QUIZ_VERSION,
  type SavedAnswer,
  type SavedQuiz,
  QUIZ_STORAGE_KEY,
} from '../domain/saved-quiz';
import type { Mode } from '../domain/schema';
import { createGuardedStorage, type StorageNotice } from './guarded-storage';
import { persistStore } from './persist-store';

export { QUIZ_STORAGE_KEY };

interface QuizActions {
  /** The taker starts a new quiz (any earlier progress is discarded). */
  startQuiz: (mode: Mode, seed: number) => void;
  /** The taker picks an option; `hash` is the item's content hash at the time. */
  answerQuestion: (questionId: string, option: string, hash: string) => void;
  /** The taker moves to a question (Next, Back or "Change" on the review screen). */
  goToQuestion: (questionId: string) => void;
  /** The taker reaches the review screen. */
  openReview: () => void;
  /** The taker loads progress carried over from another device (replaces what is here). */
  importProgress: (
    mode: Mode,
    answers: Readonly<Record<string, SavedAnswer>>,
    seed: number,
  ) => void;
  /** The taker asks to forget everything (privacy page, "Start over"). */
  deleteAll: () => void;
  /** The taker closed the storage notice (it stays closed for this page, even if storage keeps failing). */
  dismissNotice: () => void;
}

interface QuizState extends SavedQuiz {
  storageNotice: StorageNotice | null;
  /** Where this store keeps progress: other stores of the same device read it (the history). */
  getStorage: () => Storage | null;
  actions: QuizActions;
}

export interface QuizStoreInit {
  /** Where progress is kept; return null, or throw, where storage is unavailable. */
  getStorage: () => Storage | null;
  /** The key progress is saved under; `QUIZ_STORAGE_KEY` unless given (the embed keeps its own). */
  storageKey?: string;
  /** Where other tabs' writes are announced (`storage` events); `window` unless given. */
  storageEvents?: EventTarget | null;
  /** The clock that stamps starts and answers; `Date.now` unless given. */
  now?: () => number;
}

/** A quiz store with progress persisted through the guarded storage. One per provider. */
export function createQuizStore({
  getStorage,
  storageKey = QUIZ_STORAGE_KEY,
  storageEvents = typeof window === 'undefined' ? null : window,
  now = Date.now,
}: QuizStoreInit): StoreApi<QuizState> {
  const store = createStore<QuizState>()((set) => ({
    ...createEmptyQuiz(),
    storageNotice: null,
    getStorage,
    actions: {
      startQuiz: (mode, seed) => {
        set({ ...createEmptyQuiz(), mode, seed: seed >>> 0, startedAt: now() });
      },
      answerQuestion: (questionId, option, hash) => {
        set((s) => {
          // Later than this page's own earlier answer even if the clock stepped back.
          const at = Math.max(now(), (s.answeredAt[questionId] ?? -1) + 1);
          return {
            answers: { ...s.answers, [questionId]: { option, hash } },
            answeredAt: { ...s.answeredAt, [questionId]: at },
            currentId: questionId,
          };
        });
      },
      importProgress: (mode, answers, seed) => {
        const at = now();
        const answeredAt = Object.fromEntries(Object.keys(answers).map((id) => [id, at]));
        set({
          ...createEmptyQuiz(),
          mode,
          answers: { ...answers },
          answeredAt,
          seed: seed >>> 0,
          startedAt: at,
        });
      },
      goToQuestion: (questionId) => {
        set({ currentId: questionId, isReviewing: false });
      },
      openReview: () => {
        set({ isReviewing: true });
      },
      deleteAll: () => {
        persisted.clear({ ...createEmptyQuiz(), storageNotice: null });
      },
      dismissNotice: () => {
        dismissed.add(store.getState().storageNotice);
        set({ storageNotice: null });
      },
    },
  }));
  // Closed notices stay closed for the life of the page: storage that keeps failing reports again
  // on every save, and must not bring back what the taker dismissed.
  const dismissed = new Set<StorageNotice | null>();
  const report = (notice: StorageNotice) => {
    if (dismissed.has(notice) || store.getState().storageNotice === notice) return;
    store.setState({ storageNotice: notice });
  };
  const persisted = persistStore(store, {
    storage: createGuardedStorage(getStorage, report),
    name: storageKey,
    version: SAVED_QUIZ_VERSION,
    // Everything but the page's own notice, storage and actions (fewer bytes than naming each field).
    save: ({
      storageNotice: _notice,
      getStorage: _storage,
      actions: _actions,
      ...saved
    }): SavedQuiz => saved,
    restore: (saved, version) => {
      const restored = restoreSavedQuiz(saved, version);
      if (!restored.ok) report(restored.reason);
      return restored.ok ? restored.value : null;
    },
    reconcile: (state, stored) => {
      const { quiz, isDeleted } = reconcileSavedQuiz(state, stored);
      if (isDeleted) report('deleted-elsewhere');
      return quiz;
    },
    onNewer: () => {
      report('newer-version');
    },
    events: storageEvents,
  });
  return store;
}

const QuizStoreContext = createContext<StoreApi<QuizState> | null>(null);

export interface QuizStoreProviderProps extends QuizStoreInit {
  children: ReactNode;
}

/** Gives its subtree its own quiz store (every app, embed and test gets a fresh one). */
export function QuizStoreProvider({ children, ...init }: QuizStoreProviderProps) {
  const [store] = useState(() => createQuizStore(init));
  return <QuizStoreContext value={store}>{children}</QuizStoreContext>;
}

function useQuizStore<T>(selector: (state: QuizState) => T): T {
  const store = use(QuizStoreContext);
  if (!store) throw new Error('No <QuizStoreProvider>');
  return useStore(store, selector);
}

export const useQuizMode = () => useQuizStore((s) => s.mode);
export const useSavedAnswers = () => useQuizStore((s) => s.answers);
export const useCurrentId = () => useQuizStore((s) => s.currentId);
export const useIsReviewing = () => useQuizStore((s) => s.isReviewing);
export const useShuffleSeed = () => useQuizStore((s) => s.seed);
/** The storage this provider keeps progress in, for the pages' other stores (the history). */
export const useQuizStorage = () => useQuizStore((s) => s.getStorage);
export const useStorageNotice = () => useQuizStore((s) => s.storageNotice);
export const useQuizActions = () => useQuizStore((s) => s.actions);

/** Number of saved answers, for the landing page (which does not load the bank). */
export const useSavedAnswerCount = () => useQuizStore((s) => Object.keys(s.answers).length);
