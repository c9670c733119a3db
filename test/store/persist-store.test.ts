import { expect, test } from 'vitest';
import { createStore } from 'zustand';
import { createGuardedStorage, createMemoryStorage } from '../../src/store/guarded-storage';
import { persistStore } from '../../src/store/persist-store';
import { createQuizStore, QUIZ_STORAGE_KEY } from '../../src/store/quiz-store';

function counterStore(memory: Storage) {
  const store = createStore<{ count: number; label: string }>()(() => ({ count: 0, label: 'x' }));
  const { clear } = persistStore(store, {
    storage: createGuardedStorage(
      () => memory,
      () => {},
    ),
    name: 'counter',
    version: 2,
    save: (s) => ({ count: s.count }),
    restore: (saved, version) =>
      version === 2 && typeof saved === 'object' && saved !== null && 'count' in saved
        ? { count: Number(saved.count) }
        : null,
  });
  return { store, clear };
}

test('saves the chosen part of every change and restores it in a new store', () => {
  const memory = createMemoryStorage();
  const first = counterStore(memory);
  first.store.setState({ count: 3, label: 'not saved' });
  expect(JSON.parse(memory.getItem('counter') ?? 'null')).toEqual({
    state: { count: 3 },
    version: 2,
  });
  const second = counterStore(memory);
  expect(second.store.getState()).toEqual({ count: 3, label: 'x' });
});

test('data saved by a newer version is never overwritten: the page keeps its changes in memory', () => {
  const memory = createMemoryStorage();
  const newer = JSON.stringify({ state: { count: 9, extra: true }, version: 3 });
  memory.setItem('counter', newer);
  const { store } = counterStore(memory);
  expect(store.getState().count).toBe(0);
  expect(memory.getItem('counter')).toBe(newer);
  store.setState({ count: 1 });
  expect(store.getState().count).toBe(1);
  expect(memory.getItem('counter')).toBe(newer);
});

test('clear removes the saved state', () => {
  const memory = createMemoryStorage();
  const { store, clear } = counterStore(memory);
  store.setState({ count: 5 });
  clear({ count: 0 });
  expect(store.getState().count).toBe(0);
  expect(memory.getItem('counter')).toBeNull();
});

test('the quiz store reports progress from a newer version and keeps it in storage', () => {
  const memory = createMemoryStorage();
  const newer = JSON.stringify({ state: { anything: 1 }, version: 99 });
  memory.setItem(QUIZ_STORAGE_KEY, newer);
  const store = createQuizStore({ getStorage: () => memory });
  expect(store.getState().storageNotice).toBe('newer-version');
  expect(store.getState().mode).toBeNull();
  expect(memory.getItem(QUIZ_STORAGE_KEY)).toBe(newer);
});

test('the quiz store forgets everything on deleteAll', () => {
  const memory = createMemoryStorage();
  const store = createQuizStore({ getStorage: () => memory });
  store.getState().actions.startQuiz('short', 7);
  expect(memory.getItem(QUIZ_STORAGE_KEY)).not.toBeNull();
  store.getState().actions.deleteAll();
  expect(memory.getItem(QUIZ_STORAGE_KEY)).toBeNull();
  expect(createQuizStore({ getStorage: () => memory }).getState().mode).toBeNull();
});
