import { expect, test } from 'vitest';
import { createMemoryStorage } from '../../src/store/guarded-storage';
import { createQuizStore, QUIZ_STORAGE_KEY } from '../../src/store/quiz-store';
import { announcingStorage } from './announcing-storage';

const H = '0123abcd';

/**
 * One browser's localStorage shared by several tabs. A write in one tab queues a `storage` event for
 * every other tab, as browsers do; `deliver()` hands them over, so a test can also act before they
 * arrive.
 */
function createBrowser() {
  const shared = createMemoryStorage();
  const tabs: { events: EventTarget }[] = [];
  let queue: { to: EventTarget; key: string | null }[] = [];
  const openTab = (clock = { now: 0 }) => {
    const events = new EventTarget();
    const tab = { events };
    tabs.push(tab);
    const announce = (key: string | null) => {
      for (const other of tabs) if (other !== tab) queue.push({ to: other.events, key });
    };
    const storage = announcingStorage(shared, announce);
    const store = createQuizStore({
      getStorage: () => storage,
      storageEvents: events,
      now: () => (clock.now += 1),
    });
    return { store, actions: store.getState().actions, answers: () => optionsOf(store.getState()) };
  };
  const deliver = () => {
    const pending = queue;
    queue = [];
    for (const { to, key } of pending)
      to.dispatchEvent(Object.assign(new Event('storage'), { key }));
  };
  return { shared, openTab, deliver };
}

function optionsOf(state: { answers: Record<string, { option: string }> }) {
  return Object.fromEntries(Object.entries(state.answers).map(([id, a]) => [id, a.option]));
}
function savedOptions(storage: Storage) {
  const saved: unknown = JSON.parse(storage.getItem(QUIZ_STORAGE_KEY) ?? 'null');
  const state: unknown = saved && typeof saved === 'object' ? Reflect.get(saved, 'state') : null;
  const answers: unknown = state && typeof state === 'object' ? Reflect.get(state, 'answers') : {};
  return optionsOf({ answers: answers as Record<string, { option: string }> });
}

test('answers given in two tabs all survive, in storage and in both pages', () => {
  const browser = createBrowser();
  const clock = { now: 1000 };
  const a = browser.openTab(clock);
  a.actions.startQuiz('full', 7);
  const b = browser.openTab(clock);
  browser.deliver();
  for (const [tab, id] of [
    [a, 'q1'],
    [b, 'q2'],
    [a, 'q3'],
    [b, 'q4'],
    [a, 'q5'],
    [b, 'q6'],
    [b, 'q7'],
  ] as const) {
    tab.actions.answerQuestion(id, `o-${id}`, H);
    browser.deliver();
  }
  const all = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [`q${n}`, `o-q${n}`]));
  expect(savedOptions(browser.shared)).toEqual(all);
  expect(a.answers()).toEqual(all);
  expect(b.answers()).toEqual(all);
});

test("a tab that writes before the other tab's event arrives still keeps both answers", () => {
  const browser = createBrowser();
  const clock = { now: 1000 };
  const a = browser.openTab(clock);
  a.actions.startQuiz('full', 7);
  const b = browser.openTab(clock);
  a.actions.answerQuestion('q1', 'x', H);
  b.actions.answerQuestion('q2', 'y', H); // no event delivered yet: the write reads first
  expect(savedOptions(browser.shared)).toEqual({ q1: 'x', q2: 'y' });
});

test('for the same question the later answer wins, whichever tab wrote last', () => {
  const browser = createBrowser();
  const clock = { now: 1000 };
  const a = browser.openTab(clock);
  a.actions.startQuiz('full', 7);
  const b = browser.openTab(clock);
  b.actions.answerQuestion('q1', 'later', H);
  clock.now -= 10; // tab A's answer is older, though written last
  a.actions.answerQuestion('q1', 'earlier', H);
  browser.deliver();
  expect(savedOptions(browser.shared)).toEqual({ q1: 'later' });
  expect(a.answers()).toEqual({ q1: 'later' });
  expect(b.answers()).toEqual({ q1: 'later' });
});

test('"Delete my data" in one tab empties the other tab, tells it, and nothing comes back', () => {
  const browser = createBrowser();
  const a = browser.openTab();
  a.actions.startQuiz('full', 7);
  a.actions.answerQuestion('q1', 'x', H);
  const b = browser.openTab();
  b.actions.answerQuestion('q2', 'y', H);
  browser.deliver();
  a.actions.deleteAll();
  browser.deliver();
  expect(b.store.getState().mode).toBeNull();
  expect(b.answers()).toEqual({});
  expect(b.store.getState().storageNotice).toBe('deleted-elsewhere');
  expect(a.store.getState().storageNotice).toBeNull();
  expect(browser.shared.getItem(QUIZ_STORAGE_KEY)).toBeNull();
});

test('a tab that answers before the deletion reaches it does not put the deleted answers back', () => {
  const browser = createBrowser();
  const a = browser.openTab();
  a.actions.startQuiz('full', 7);
  a.actions.answerQuestion('q1', 'x', H);
  const b = browser.openTab();
  a.actions.deleteAll();
  b.actions.answerQuestion('q2', 'y', H); // the event has not arrived yet
  expect(browser.shared.getItem(QUIZ_STORAGE_KEY)).toBeNull();
  expect(b.answers()).toEqual({});
  expect(b.store.getState().storageNotice).toBe('deleted-elsewhere');
});

test('a quiz started over in one tab replaces the old one in the other tab', () => {
  const browser = createBrowser();
  const clock = { now: 1000 };
  const a = browser.openTab(clock);
  a.actions.startQuiz('full', 7);
  a.actions.answerQuestion('q1', 'x', H);
  const b = browser.openTab(clock);
  b.actions.startQuiz('short', 9);
  browser.deliver();
  expect(a.store.getState()).toMatchObject({ mode: 'short', seed: 9, answers: {} });
  a.actions.answerQuestion('q2', 'y', H);
  expect(savedOptions(browser.shared)).toEqual({ q2: 'y' });
});

test('progress saved by a newer version is never overwritten; the older page works in memory', () => {
  const browser = createBrowser();
  const newer = JSON.stringify({ state: { whatever: 1 }, version: 99 });
  browser.shared.setItem(QUIZ_STORAGE_KEY, newer);
  const old = browser.openTab();
  expect(old.store.getState().storageNotice).toBe('newer-version');
  old.actions.startQuiz('full', 7);
  old.actions.answerQuestion('q1', 'x', H);
  expect(browser.shared.getItem(QUIZ_STORAGE_KEY)).toBe(newer);
  expect(old.answers()).toEqual({ q1: 'x' });
});

test('an older page stops saving once a newer version saves in another tab', () => {
  const browser = createBrowser();
  const old = browser.openTab();
  old.actions.startQuiz('full', 7);
  const newer = JSON.stringify({ state: { whatever: 1 }, version: 99 });
  browser.shared.setItem(QUIZ_STORAGE_KEY, newer); // as the newer page would
  old.store.getState().actions.answerQuestion('q1', 'x', H);
  expect(browser.shared.getItem(QUIZ_STORAGE_KEY)).toBe(newer);
  expect(old.store.getState().storageNotice).toBe('newer-version');
});

test('progress saved by the previous format (version 1) is read, and saved again in the new one', () => {
  const browser = createBrowser();
  const v1 = {
    mode: 'full',
    answers: { q1: { option: 'x', hash: H } },
    currentId: 'q1',
    isReviewing: false,
    seed: 7,
  };
  browser.shared.setItem(QUIZ_STORAGE_KEY, JSON.stringify({ state: v1, version: 1 }));
  const tab = browser.openTab();
  expect(tab.answers()).toEqual({ q1: 'x' });
  tab.actions.answerQuestion('q2', 'y', H);
  expect(JSON.parse(browser.shared.getItem(QUIZ_STORAGE_KEY) ?? 'null')).toMatchObject({
    version: 2,
    state: { answers: { q1: { option: 'x' }, q2: { option: 'y' } }, answeredAt: { q1: 0 } },
  });
});

test('a dismissed notice stays dismissed while storage keeps failing', () => {
  const memory = createMemoryStorage();
  memory.setItem = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  const store = createQuizStore({ getStorage: () => memory, storageEvents: null });
  store.getState().actions.startQuiz('full', 7);
  expect(store.getState().storageNotice).toBe('unavailable');
  store.getState().actions.dismissNotice();
  expect(store.getState().storageNotice).toBeNull();
  store.getState().actions.answerQuestion('q1', 'x', H);
  store.getState().actions.goToQuestion('q2');
  expect(store.getState().storageNotice).toBeNull();
  expect(optionsOf(store.getState())).toEqual({ q1: 'x' });
});

test('a full quota on storage that holds data says "full"; on empty storage it means blocked', () => {
  const full = createMemoryStorage();
  full.setItem('other-site-data', 'x'.repeat(10));
  const refuse = () => {
    throw new DOMException('quota', 'QuotaExceededError');
  };
  full.setItem = refuse;
  const store = createQuizStore({ getStorage: () => full, storageEvents: null });
  store.getState().actions.startQuiz('full', 7);
  expect(store.getState().storageNotice).toBe('full');
  const empty = createMemoryStorage();
  empty.setItem = refuse;
  const blocked = createQuizStore({ getStorage: () => empty, storageEvents: null });
  blocked.getState().actions.startQuiz('full', 7);
  expect(blocked.getState().storageNotice).toBe('unavailable');
});
