import { expect, test } from 'vitest';
import {
  createGuardedStorage,
  createMemoryStorage,
  type StorageNotice,
} from '../../src/store/guarded-storage';

function setup(getStorage: () => Storage | null) {
  const notices: StorageNotice[] = [];
  const storage = createGuardedStorage(getStorage, (n) => notices.push(n));
  return { storage, notices };
}

test('reads back what it wrote', () => {
  const memory = createMemoryStorage();
  const { storage, notices } = setup(() => memory);
  storage.setItem('k', { state: { a: 1 }, version: 1 });
  expect(storage.getItem('k')).toEqual({ state: { a: 1 }, version: 1 });
  expect(notices).toEqual([]);
});

test('garbage in storage is reported as corrupted and read as nothing', () => {
  const memory = createMemoryStorage();
  memory.setItem('k', '{oops');
  const { storage, notices } = setup(() => memory);
  expect(storage.getItem('k')).toBeNull();
  expect(notices).toEqual(['corrupted']);
});

test('a foreign JSON shape is reported as corrupted', () => {
  const memory = createMemoryStorage();
  memory.setItem('k', '[1,2,3]');
  const { storage, notices } = setup(() => memory);
  expect(storage.getItem('k')).toBeNull();
  expect(notices).toEqual(['corrupted']);
});

test('storage that throws on access, or is full, is reported as unavailable and never throws', () => {
  const { storage, notices } = setup(() => {
    throw new DOMException('denied', 'SecurityError');
  });
  expect(storage.getItem('k')).toBeNull();
  const full = createMemoryStorage();
  full.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  const second = setup(() => full);
  expect(() => second.storage.setItem('k', { state: {}, version: 1 })).not.toThrow();
  expect(notices).toEqual(['unavailable']);
  expect(second.notices).toEqual(['unavailable']);
});
