import { parseStorageEnvelope, type StorageNotice } from '../domain/saved-quiz';

export type { StorageNotice };

/** What is saved under a key: the state and the version of its format. */
export interface SavedValue {
  state: unknown;
  version: number;
}

/**
 * What a read found: a value; nothing under the key; or nothing usable (storage that throws, or
 * garbage, both already reported), which must not be mistaken for a deletion.
 */
export type ReadResult =
  { kind: 'value'; value: SavedValue } | { kind: 'missing' } | { kind: 'unreadable' };

/** Web Storage behind guards, holding versioned values. */
export interface GuardedStorage {
  getItem: (name: string) => SavedValue | null;
  readItem: (name: string) => ReadResult;
  /** Writes the value; false when storage refused it (already reported). */
  setItem: (name: string, value: SavedValue) => boolean;
  removeItem: (name: string) => void;
  /** Whether `area` (a `storage` event's storageArea) is the storage this one guards. */
  isArea: (area: unknown) => boolean;
}

/**
 * A full quota on a storage that holds something is "full"; the same error on an empty one is how
 * blocked or private storage with a zero quota refuses every write (docs/performance.md).
 */
function classifyError(error: unknown, storage: Storage | null): StorageNotice {
  const name: unknown = error instanceof Error || error instanceof DOMException ? error.name : null;
  const isQuota = name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
  if (!isQuota || storage === null) return 'unavailable';
  try {
    return storage.length > 0 ? 'full' : 'unavailable';
  } catch {
    return 'unavailable';
  }
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
    let storage: Storage | null = null;
    try {
      storage = getStorage();
      if (!storage) {
        report('unavailable');
        return fallback;
      }
      return fn(storage);
    } catch (error) {
      report(classifyError(error, storage));
      return fallback;
    }
  };
  const readItem = (name: string): ReadResult =>
    use(
      (storage): ReadResult => {
        const raw = storage.getItem(name);
        if (raw === null) return { kind: 'missing' };
        let json: unknown;
        try {
          json = JSON.parse(raw);
        } catch {
          report('corrupted');
          return { kind: 'unreadable' };
        }
        const envelope = parseStorageEnvelope(json);
        if (envelope === null) {
          report('corrupted');
          return { kind: 'unreadable' };
        }
        // The state itself stays unknown here: the store's `restore` parses it.
        return { kind: 'value', value: { state: envelope.state, version: envelope.version ?? 0 } };
      },
      { kind: 'unreadable' },
    );
  return {
    getItem: (name) => {
      const read = readItem(name);
      return read.kind === 'value' ? read.value : null;
    },
    readItem,
    setItem: (name, value) =>
      use((storage) => {
        storage.setItem(name, JSON.stringify(value));
        return true;
      }, false),
    removeItem: (name) => {
      use((storage) => {
        storage.removeItem(name);
      }, undefined);
    },
    isArea: (area) => {
      try {
        return area === getStorage();
      } catch {
        return false;
      }
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
