import type { StoreApi } from 'zustand';
import type { GuardedStorage } from './guarded-storage';

export interface PersistOptions<S> {
  storage: GuardedStorage;
  /** The storage key. */
  name: string;
  /** The version of the saved format, written next to the state. */
  version: number;
  /** The part of the state that is saved. */
  save: (state: S) => unknown;
  /** Turns what storage held (any shape, any version) into state, or null to start empty. */
  restore: (saved: unknown, version: number) => Partial<S> | null;
}

/**
 * Loads a store's saved state now (Web Storage is synchronous, so the first render already has it)
 * and saves every change after. Our own twenty lines instead of zustand's `persist` middleware,
 * which costs every page 1 KB gzip for asynchronous storage and options we do not use (issue #6
 * budgets, docs/performance.md). Returns `clear`, which removes the saved state.
 */
export function persistStore<S>(store: StoreApi<S>, options: PersistOptions<S>): () => void {
  const { storage, name, version } = options;
  const write = (state: S) => {
    storage.setItem(name, { state: options.save(state), version });
  };
  const saved = storage.getItem(name);
  const restored = saved === null ? null : options.restore(saved.state, saved.version);
  if (restored !== null) store.setState(restored);
  // Nothing is written until the taker changes something, so progress saved by a newer version
  // survives a visit with an old cached one.
  store.subscribe(write);
  return () => {
    storage.removeItem(name);
  };
}
