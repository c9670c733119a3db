import type { StoreApi } from 'zustand';
import type { StoredCopy } from '../domain/merge-quiz';
import type { GuardedStorage } from './guarded-storage';

export interface PersistOptions<S, T extends Partial<S>> {
  storage: GuardedStorage;
  /** The storage key. */
  name: string;
  /** The version of the saved format, written next to the state. */
  version: number;
  /** The part of the state that is saved; written only when one of its fields changed. */
  save: (state: S) => T;
  /** Turns what storage held (any shape, any older version) into the saved part, or null. */
  restore: (saved: unknown, version: number) => T | null;
  /**
   * This page's state combined with what storage holds now (another tab may have written); called on
   * load, before every write and on every `storage` event. Without it, the saved part is restored
   * on load and every change is written as it is (state only one tab uses, like the invite).
   */
  reconcile?: (state: S, stored: StoredCopy<T>) => Partial<S>;
  /** Storage holds progress saved by a newer version: it is kept, and this page stops saving. */
  onNewer?: () => void;
  /** Where the browser announces other tabs' writes (`storage` events): `window`, or null. */
  events?: EventTarget | null;
}

export interface Persisted<S> {
  /** Removes the saved state and puts `state` in the store without saving it. */
  clear: (state: Partial<S>) => void;
}

function isSameSaved(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.is(Reflect.get(a, key), Reflect.get(b, key)))
  );
}

/**
 * Loads a store's saved state now (Web Storage is synchronous, so the first render already has it)
 * and saves every change after. Our own small module instead of zustand's `persist` middleware,
 * which costs every page 1 KB gzip for asynchronous storage and options we do not use (issue #6
 * budgets, docs/performance.md). Several tabs share one storage, so every write reads first and
 * saves the reconciled state, another tab's write (a `storage` event) is folded in without writing,
 * a copy from a newer version is never overwritten, and a copy that disappears was deleted.
 */
export function persistStore<S, T extends Partial<S>>(
  store: StoreApi<S>,
  options: PersistOptions<S, T>,
): Persisted<S> {
  const { storage, name, version } = options;
  // Whether storage held our key when this page last read or wrote it: if it is gone now, someone
  // deleted it, and deletion must win over what this page still holds.
  let isStored = false;
  let isQuiet = false;
  let lastSaved: T | undefined;

  const read = (): StoredCopy<T> | 'newer' => {
    const result = storage.readItem(name);
    if (result.kind === 'unreadable') return { kind: 'absent' };
    if (result.kind === 'missing') {
      const wasStored = isStored;
      isStored = false;
      return { kind: wasStored ? 'removed' : 'absent' };
    }
    isStored = true;
    if (result.value.version > version) return 'newer';
    const value = options.restore(result.value.state, result.value.version);
    return value === null ? { kind: 'absent' } : { kind: 'saved', value };
  };
  // While this page folds storage in, its own changes (including a notice reported on the way) are
  // not writes of the taker's: saving them would re-enter and could undo a deletion.
  const quietly = (fn: () => void) => {
    isQuiet = true;
    try {
      fn();
    } finally {
      isQuiet = false;
    }
    lastSaved = options.save(store.getState());
  };
  /** Folds storage into this page; true when this page may write (no newer copy, no deletion). */
  const sync = (isLoading: boolean): boolean => {
    let mayWrite = false;
    quietly(() => {
      const stored = read();
      if (stored === 'newer') {
        options.onNewer?.();
        return;
      }
      const { reconcile } = options;
      if (reconcile) store.setState(reconcile(store.getState(), stored));
      else if (isLoading && stored.kind === 'saved') store.setState(stored.value);
      mayWrite = reconcile === undefined || stored.kind !== 'removed';
    });
    return mayWrite;
  };

  sync(true);
  store.subscribe((state) => {
    if (isQuiet || isSameSaved(options.save(state), lastSaved)) return;
    if (!sync(false)) return;
    if (storage.setItem(name, { state: options.save(store.getState()), version })) isStored = true;
  });
  options.events?.addEventListener('storage', (event) => {
    const key: unknown = Reflect.get(event, 'key');
    const area: unknown = Reflect.get(event, 'storageArea');
    // key null: the whole storage was cleared. No storageArea: a synthetic event, taken as ours.
    if ((key !== name && key !== null) || (area != null && !storage.isArea(area))) return;
    sync(false);
  });
  return {
    clear: (state) => {
      storage.removeItem(name);
      isStored = false;
      quietly(() => {
        store.setState(state);
      });
    },
  };
}
