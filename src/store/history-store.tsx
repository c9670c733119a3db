import { useEffect } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import {
  applyHistoryOp,
  EMPTY_HISTORY,
  HISTORY_VERSION,
  restoreHistory,
  type HistoryEntry,
  type HistoryOp,
  type SavedHistory,
  isTakeKept,
  toHistoryEntry,
} from '../domain/result-history';
import type { SharedResult } from '../domain/shared-result';
import { createGuardedStorage, type StorageNotice } from './guarded-storage';
import { persistStore } from './persist-store';
import { useQuizStorage } from './quiz-store';

/** The key "Your earlier results" live under, in localStorage. */
export const HISTORY_STORAGE_KEY = 'rolefit-history';

interface HistoryActions {
  /** The taker's finished quiz shows its result: keep it (once per take; see applyHistoryOp). */
  recordResult: (entry: HistoryEntry) => void;
  /** The taker deletes one kept result (privacy page). */
  deleteResult: (take: string) => void;
  /** The taker deletes every kept result (privacy page); the current quiz is not added back. */
  deleteAllResults: () => void;
  /** "Delete my data": removes the history from storage altogether. */
  forgetHistory: () => void;
}

export interface HistoryState extends SavedHistory {
  /** Why the history could not be read or kept, if it could not. */
  notice: StorageNotice | null;
  actions: HistoryActions;
}

export interface HistoryStoreInit {
  /** Where the history is kept; return null, or throw, where storage is unavailable. */
  getStorage: () => Storage | null;
  /** Where other tabs' writes are announced (`storage` events); `window` unless given. */
  storageEvents?: EventTarget | null;
}

/**
 * The history of results on this device, persisted like the quiz (guarded storage, persistStore,
 * a format version). Several tabs share it: every write first reads storage and applies this tab's
 * change to what is stored there, so one tab's addition and another's deletion both survive; a
 * deletion elsewhere ("Delete my data", clearing site data) empties this tab too.
 */
export function createHistoryStore({
  getStorage,
  storageEvents = typeof window === 'undefined' ? null : window,
}: HistoryStoreInit): StoreApi<HistoryState> {
  // The change being written, applied again on top of what storage holds when it is written.
  let pending: HistoryOp | null = null;
  const apply = (op: HistoryOp) => {
    pending = op;
    try {
      store.setState((s) => applyHistoryOp(s, op));
    } finally {
      pending = null;
    }
  };
  const store = createStore<HistoryState>()(() => ({
    ...EMPTY_HISTORY,
    notice: null,
    actions: {
      recordResult: (entry) => {
        apply({ kind: 'record', entry });
      },
      deleteResult: (take) => {
        apply({ kind: 'delete', take });
      },
      deleteAllResults: () => {
        apply({ kind: 'clear' });
      },
      forgetHistory: () => {
        persisted.clear({ ...EMPTY_HISTORY, notice: null });
      },
    },
  }));
  const report = (notice: StorageNotice) => {
    if (store.getState().notice !== notice) store.setState({ notice });
  };
  const persisted = persistStore(store, {
    storage: createGuardedStorage(getStorage, report),
    name: HISTORY_STORAGE_KEY,
    version: HISTORY_VERSION,
    save: (s): SavedHistory => ({ entries: s.entries, recordedTake: s.recordedTake }),
    restore: (saved, version) => {
      const restored = restoreHistory(saved, version);
      if (restored === null) report('corrupted');
      return restored;
    },
    reconcile: (_state, stored) => {
      // Deletion wins; otherwise storage is the truth, with this tab's change applied on top.
      if (stored.kind === 'removed') return EMPTY_HISTORY;
      if (stored.kind === 'absent') return {};
      return pending ? applyHistoryOp(stored.value, pending) : stored.value;
    },
    onNewer: () => {
      report('newer-version');
    },
    events: storageEvents,
  });
  return store;
}

/**
 * One history store per quiz provider's storage, made on first use: the page frame carries no
 * history code, and every app, test and frame that has its own quiz store has its own history.
 */
const storesByStorage = new WeakMap<() => Storage | null, StoreApi<HistoryState>>();

function useHistoryStore<T>(selector: (state: HistoryState) => T): T {
  const getStorage = useQuizStorage();
  let store = storesByStorage.get(getStorage);
  if (!store) {
    store = createHistoryStore({ getStorage });
    storesByStorage.set(getStorage, store);
  }
  return useStore(store, selector);
}

/** The kept results, newest first. Read only after hydration (prerendered pages have none). */
export const useHistoryEntries = () => useHistoryStore((s) => s.entries);
/** Why the history could not be read or kept, or null. */
export const useHistoryNotice = () => useHistoryStore((s) => s.notice);
/** The history actions (a stable object, safe to destructure). */
export const useHistoryActions = () => useHistoryStore((s) => s.actions);

/** Notices after which what the page holds is not in storage (a write failed or is not allowed). */
const NOT_KEPT: ReadonlySet<StorageNotice> = new Set(['unavailable', 'full', 'newer-version']);

/** Whether `take`'s result is kept in storage (so a retake does not lose it). */
export function useIsTakeKept(take: string): boolean {
  const entries = useHistoryEntries();
  const notice = useHistoryNotice();
  return isTakeKept(entries, take) && (notice === null || !NOT_KEPT.has(notice));
}

/**
 * Keeps the result on screen in the history: storage kept in step with what the page shows (an
 * outside system, so an effect). Recording is idempotent: re-renders, strict mode's second run and
 * revisits write nothing; a take whose answers changed updates its own entry.
 * @example useRecordResult(takeIdOf(seed), report.result);
 */
export function useRecordResult(take: string | null, result: SharedResult | null): void {
  const { recordResult } = useHistoryActions();
  useEffect(() => {
    if (take !== null && result?.model === 2)
      recordResult(toHistoryEntry(take, result, Date.now()));
  }, [recordResult, take, result]);
}
