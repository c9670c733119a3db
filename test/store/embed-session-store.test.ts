import { expect, test } from 'vitest';
import { createEmbedSessionStore, EMBED_SESSION_KEY } from '../../src/store/embed-session-store';
import { createMemoryStorage } from '../../src/store/guarded-storage';

const HOST = 'https://acme.example';
const QUIZ = '21i3v9';

test('consent and the sent complete are kept in the frame storage and read back after a reload', () => {
  const storage = createMemoryStorage();
  const first = createEmbedSessionStore({ getStorage: () => storage });
  first.getState().actions.chooseConsent(QUIZ, HOST, 'granted');
  first.getState().actions.reportComplete(QUIZ, HOST);
  expect(JSON.parse(storage.getItem(EMBED_SESSION_KEY) ?? 'null')).toEqual({
    state: { session: { quiz: QUIZ, host: HOST, consent: 'granted', isCompleteSent: true } },
    version: 1,
  });

  const afterReload = createEmbedSessionStore({ getStorage: () => storage });
  expect(afterReload.getState().session).toEqual({
    quiz: QUIZ,
    host: HOST,
    consent: 'granted',
    isCompleteSent: true,
  });
  afterReload.getState().actions.forgetSession();
  expect(afterReload.getState().session).toBeNull();
  expect(storage.getItem(EMBED_SESSION_KEY)).toBeNull();
});

test('storage denied to the frame: the record lives in memory for this page, nothing throws', () => {
  const denied = () => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  };
  const store = createEmbedSessionStore({ getStorage: denied });
  store.getState().actions.chooseConsent(QUIZ, HOST, 'declined');
  expect(store.getState().session?.consent).toBe('declined');
  // After a reload nothing is remembered, so the taker is asked again.
  expect(createEmbedSessionStore({ getStorage: denied }).getState().session).toBeNull();
});

test('a tampered record in storage is ignored', () => {
  const storage = createMemoryStorage();
  storage.setItem(
    EMBED_SESSION_KEY,
    JSON.stringify({
      state: { session: { quiz: QUIZ, host: HOST, consent: 'always', isCompleteSent: true } },
      version: 1,
    }),
  );
  expect(createEmbedSessionStore({ getStorage: () => storage }).getState().session).toBeNull();
});
