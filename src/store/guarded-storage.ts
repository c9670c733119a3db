import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { parseStorageEnvelope, type StorageNotice } from '../domain/saved-quiz';

export type { StorageNotice };

/**
 * The one way the app touches Web Storage. Every call is guarded: storage that throws (private mode,
 * blocked third-party storage, a full quota) or holds garbage is reported, never fatal.
 */
export function createGuardedStorage(
  getStorage: () => Storage | null,
  report: (notice: StorageNotice) => void,
): PersistStorage<unknown> {
  const use = <T>(fn: (storage: Storage) => T, fallback: T): T => {
    try {
      const storage = getStorage();
      if (!storage) {
        report('unavailable');
        return fallback;
      }
      return fn(storage);
    } catch {
      report('unavailable');
      return fallback;
    }
  };
  return {
    getItem: (name) =>
      use((storage): StorageValue<unknown> | null => {
        const raw = storage.getItem(name);
        if (raw === null) return null;
        let json: unknown;
        try {
          json = JSON.parse(raw);
        } catch {
          report('corrupted');
          return null;
        }
        const envelope = parseStorageEnvelope(json);
        if (envelope === null) {
          report('corrupted');
          return null;
        }
        // The state itself stays unknown here: the store's migrate/merge parse it.
        return { state: envelope.state, version: envelope.version ?? 0 };
      }, null),
    setItem: (name, value) => {
      use((storage) => {
        storage.setItem(name, JSON.stringify(value));
      }, undefined);
    },
    removeItem: (name) => {
      use((storage) => {
        storage.removeItem(name);
      }, undefined);
    },
  };
}

/** A Storage that keeps everything in memory: for tests, the prerender and storage-less frames. */
export function createMemoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => {
      map.clear();
    },
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => {
      map.delete(key);
    },
    setItem: (key, value) => {
      map.set(key, String(value));
    },
  };
}
