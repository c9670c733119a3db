/**
 * One tab's view of a storage the browser shares between tabs: reads and writes go to `shared`, and
 * every write is announced (the key, or null for clear) so the test can deliver the "storage" event
 * to the other tabs, as a browser does.
 */
export function announcingStorage(
  shared: Storage,
  announce: (key: string | null) => void,
): Storage {
  return {
    ...shared,
    get length() {
      return shared.length;
    },
    getItem: (key) => shared.getItem(key),
    key: (index) => shared.key(index),
    setItem: (key, value) => {
      shared.setItem(key, value);
      announce(key);
    },
    removeItem: (key) => {
      shared.removeItem(key);
      announce(key);
    },
    clear: () => {
      shared.clear();
      announce(null);
    },
  };
}
