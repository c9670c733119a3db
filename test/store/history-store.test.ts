import { expect, test } from 'vitest';
import { takeIdOf, toHistoryEntry } from '../../src/domain/result-history';
import { toSharedResultV2 } from '../../src/domain/shared-result';
import { createMemoryStorage } from '../../src/store/guarded-storage';
import { createHistoryStore, HISTORY_STORAGE_KEY } from '../../src/store/history-store';
import { announcingStorage } from './announcing-storage';

const PM = toSharedResultV2(
  { 'strategic-market': 10, 'tactical-team': 0, 'strategic-team': 0, 'tactical-market': 0 },
  'short',
  1,
);
const entry = (seed: number, at = 1000) => toHistoryEntry(takeIdOf(seed), PM, at);
const takesOf = (store: ReturnType<typeof createHistoryStore>) =>
  store.getState().entries.map((e) => e.take);
function savedTakes(storage: Storage): string[] {
  const saved: unknown = JSON.parse(storage.getItem(HISTORY_STORAGE_KEY) ?? 'null');
  const state: unknown = saved && typeof saved === 'object' ? Reflect.get(saved, 'state') : null;
  const entries: unknown = state && typeof state === 'object' ? Reflect.get(state, 'entries') : [];
  return Array.isArray(entries)
    ? entries.map((e: unknown) => String(Reflect.get(Object(e), 'take')))
    : [];
}

/** One browser's localStorage shared by tabs; a write queues a `storage` event for the others. */
function createBrowser() {
  const shared = createMemoryStorage();
  const tabs: EventTarget[] = [];
  let queue: { to: EventTarget; key: string | null }[] = [];
  const openTab = () => {
    const events = new EventTarget();
    tabs.push(events);
    const announce = (key: string | null) => {
      for (const other of tabs) if (other !== events) queue.push({ to: other, key });
    };
    const storage = announcingStorage(shared, announce);
    return createHistoryStore({ getStorage: () => storage, storageEvents: events });
  };
  const deliver = () => {
    const pending = queue;
    queue = [];
    for (const { to, key } of pending)
      to.dispatchEvent(Object.assign(new Event('storage'), { key }));
  };
  return { shared, openTab, deliver };
}

test('a recorded result is saved with the format version and read back by the next page', () => {
  const memory = createMemoryStorage();
  const store = createHistoryStore({ getStorage: () => memory, storageEvents: null });
  store.getState().actions.recordResult(entry(1));
  expect(JSON.parse(memory.getItem(HISTORY_STORAGE_KEY) ?? 'null')).toEqual({
    state: { entries: [entry(1)], recordedTake: '1' },
    version: 1,
  });
  const next = createHistoryStore({ getStorage: () => memory, storageEvents: null });
  expect(next.getState().entries).toEqual([entry(1)]);
  expect(next.getState().notice).toBeNull();
});

test('recording the same result again (a re-render, a revisit) writes nothing', () => {
  const memory = createMemoryStorage();
  let writes = 0;
  const counting: Storage = {
    ...memory,
    get length() {
      return memory.length;
    },
    getItem: (key) => memory.getItem(key),
    setItem: (key, value) => {
      writes += 1;
      memory.setItem(key, value);
    },
  };
  const store = createHistoryStore({ getStorage: () => counting, storageEvents: null });
  store.getState().actions.recordResult(entry(1, 1000));
  store.getState().actions.recordResult(entry(1, 2000));
  expect(writes).toBe(1);
});

test('unreadable history is reported and replaced by the next result, like the quiz', () => {
  const memory = createMemoryStorage();
  memory.setItem(HISTORY_STORAGE_KEY, '{"state":{"entries":"nope"},"version":1}');
  const store = createHistoryStore({ getStorage: () => memory, storageEvents: null });
  expect(store.getState().notice).toBe('corrupted');
  expect(store.getState().entries).toEqual([]);
  store.getState().actions.recordResult(entry(2));
  expect(savedTakes(memory)).toEqual(['2']);
});

test('a full storage is reported as full and the page keeps the result in memory only', () => {
  const memory = createMemoryStorage();
  memory.setItem('something-else', 'x');
  const full: Storage = {
    ...memory,
    get length() {
      return memory.length;
    },
    getItem: (key) => memory.getItem(key),
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  };
  const store = createHistoryStore({ getStorage: () => full, storageEvents: null });
  expect(() => store.getState().actions.recordResult(entry(3))).not.toThrow();
  expect(store.getState().notice).toBe('full');
  expect(takesOf(store)).toEqual(['3']);
  expect(memory.getItem(HISTORY_STORAGE_KEY)).toBeNull();
});

test('history saved by a newer version is reported and never overwritten', () => {
  const memory = createMemoryStorage();
  const newer = JSON.stringify({ state: { anything: true }, version: 2 });
  memory.setItem(HISTORY_STORAGE_KEY, newer);
  const store = createHistoryStore({ getStorage: () => memory, storageEvents: null });
  expect(store.getState().notice).toBe('newer-version');
  store.getState().actions.recordResult(entry(4));
  expect(memory.getItem(HISTORY_STORAGE_KEY)).toBe(newer);
});

test("one tab's new result and another tab's deletion both survive, in storage and both pages", () => {
  const browser = createBrowser();
  const a = browser.openTab();
  a.getState().actions.recordResult(entry(1, 1000));
  const b = browser.openTab();
  a.getState().actions.recordResult(entry(2, 2000));
  // Tab B has not heard of result 2 yet: its deletion reads storage first.
  b.getState().actions.deleteResult('1');
  expect(savedTakes(browser.shared)).toEqual(['2']);
  browser.deliver();
  expect(takesOf(a)).toEqual(['2']);
  expect(takesOf(b)).toEqual(['2']);
});

test('"Delete my data" in one tab empties the other, and nothing comes back', () => {
  const browser = createBrowser();
  const a = browser.openTab();
  a.getState().actions.recordResult(entry(1));
  const b = browser.openTab();
  expect(takesOf(b)).toEqual(['1']);
  a.getState().actions.forgetHistory();
  browser.deliver();
  expect(takesOf(b)).toEqual([]);
  expect(browser.shared.getItem(HISTORY_STORAGE_KEY)).toBeNull();
  b.getState().actions.deleteResult('1');
  expect(browser.shared.getItem(HISTORY_STORAGE_KEY)).toBeNull();
});

test('after "Delete all kept results" the result on screen is not added back', () => {
  const memory = createMemoryStorage();
  const store = createHistoryStore({ getStorage: () => memory, storageEvents: null });
  store.getState().actions.recordResult(entry(5));
  store.getState().actions.deleteAllResults();
  store.getState().actions.recordResult(entry(5));
  expect(savedTakes(memory)).toEqual([]);
  store.getState().actions.recordResult(entry(6));
  expect(savedTakes(memory)).toEqual(['6']);
});
