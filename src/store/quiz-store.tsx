import { createContext, use, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import {
  createEmptyQuiz,
  restoreSavedQuiz,
  SAVED_QUIZ_VERSION,
  type SavedAnswer,
  type SavedQuiz,
} from '../domain/saved-quiz';
import type { Mode } from '../domain/schema';
import { createGuardedStorage, type StorageNotice } from './guarded-storage';
import { persistStore } from './persist-store';

/** The key saved progress lives under. */
export const QUIZ_STORAGE_KEY = 'rolefit-quiz';

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
  /** The taker closed the storage notice. */
  dismissNotice: () => void;
}

interface QuizState extends SavedQuiz {
  storageNotice: StorageNotice | null;
  actions: QuizActions;
}

export interface QuizStoreInit {
  /** Where progress is kept; return null, or throw, where storage is unavailable. */
  getStorage: () => Storage | null;
  /** The key progress is saved under; `QUIZ_STORAGE_KEY` unless given (the embed keeps its own). */
  storageKey?: string;
}

/** A quiz store with progress persisted through the guarded storage. One per provider. */
export function createQuizStore({
  getStorage,
  storageKey = QUIZ_STORAGE_KEY,
}: QuizStoreInit): StoreApi<QuizState> {
  const store = createStore<QuizState>()((set) => ({
    ...createEmptyQuiz(),
    storageNotice: null,
    actions: {
      startQuiz: (mode, seed) => {
        set({ ...createEmptyQuiz(), mode, seed: seed >>> 0 });
      },
      answerQuestion: (questionId, option, hash) => {
        set((s) => ({
          answers: { ...s.answers, [questionId]: { option, hash } },
          currentId: questionId,
        }));
      },
      importProgress: (mode, answers, seed) => {
        set({ ...createEmptyQuiz(), mode, answers: { ...answers }, seed: seed >>> 0 });
      },
      goToQuestion: (questionId) => {
        set({ currentId: questionId, isReviewing: false });
      },
      openReview: () => {
        set({ isReviewing: true });
      },
      deleteAll: () => {
        set({ ...createEmptyQuiz(), storageNotice: null });
        clearSaved();
      },
      dismissNotice: () => {
        set({ storageNotice: null });
      },
    },
  }));
  const report = (notice: StorageNotice) => {
    if (store.getState().storageNotice !== notice) store.setState({ storageNotice: notice });
  };
  const clearSaved = persistStore(store, {
    storage: createGuardedStorage(getStorage, report),
    name: storageKey,
    version: SAVED_QUIZ_VERSION,
    save: (s) => ({
      mode: s.mode,
      answers: s.answers,
      currentId: s.currentId,
      isReviewing: s.isReviewing,
      seed: s.seed,
    }),
    restore: (saved, version) => {
      const restored = restoreSavedQuiz(saved, version);
      if (!restored.ok) report(restored.reason);
      return restored.ok ? restored.value : null;
    },
  });
  return store;
}

const QuizStoreContext = createContext<StoreApi<QuizState> | null>(null);

export interface QuizStoreProviderProps extends QuizStoreInit {
  children: ReactNode;
}

/** Gives its subtree its own quiz store (every app, embed and test gets a fresh one). */
export function QuizStoreProvider({ getStorage, storageKey, children }: QuizStoreProviderProps) {
  const [store] = useState(() =>
    createQuizStore({ getStorage, ...(storageKey === undefined ? {} : { storageKey }) }),
  );
  return <QuizStoreContext value={store}>{children}</QuizStoreContext>;
}

function useQuizStore<T>(selector: (state: QuizState) => T): T {
  const store = use(QuizStoreContext);
  if (!store) throw new Error('useQuizStore must be used inside <QuizStoreProvider>');
  return useStore(store, selector);
}

export const useQuizMode = () => useQuizStore((s) => s.mode);
export const useSavedAnswers = () => useQuizStore((s) => s.answers);
export const useCurrentId = () => useQuizStore((s) => s.currentId);
export const useIsReviewing = () => useQuizStore((s) => s.isReviewing);
export const useShuffleSeed = () => useQuizStore((s) => s.seed);
export const useStorageNotice = () => useQuizStore((s) => s.storageNotice);
export const useQuizActions = () => useQuizStore((s) => s.actions);

/** Number of saved answers, for the landing page (which does not load the bank). */
export const useSavedAnswerCount = () => useQuizStore((s) => Object.keys(s.answers).length);
