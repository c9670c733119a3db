import { parseStorageEnvelope, type StorageNotice } from '../domain/saved-quiz';

export type { StorageNotice };

/** What is saved under a key: the state and the version of its format. */
export interface SavedValue {
  state: unknown;
  version: number;
}

/** Web Storage behind guards, holding versioned values. */
export interface GuardedStorage {
  getItem: (name: string) => SavedValue | null;
  setItem: (name: string, value: SavedValue) => void;
  removeItem: (name: string) => void;
}

/**
 * The one way the app touches Web Storage. Every call is guarded: storage that throws (private mode,
 * blocked third-party storage, a full quota) or holds garbage is reported, never fatal.
 */
export function createGuardedStorage(
  getStorage: () => Storage | null,
  report: (notice: StorageNotice) => void,
): GuardedStorage {
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
      use((storage): SavedValue | null => {
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
        // The state itself stays unknown here: the store's `restore` parses it.
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
