/** @vitest-environment jsdom */
import { expect, test } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import rawBank from '../../questions/bank.json';
import { createMemoryStorage } from '../../src/store/guarded-storage';
import { QUIZ_STORAGE_KEY } from '../../src/store/quiz-store';
import { renderRoute } from '../render-route';

const firstShort = rawBank.scenarios.find((s) => 'short' in s)?.options[0]?.text ?? '';

/** What the browser does in every other tab when one tab changes localStorage. */
function announceStorageChange() {
  act(() => {
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: QUIZ_STORAGE_KEY,
        storageArea: window.localStorage,
        newValue: window.localStorage.getItem(QUIZ_STORAGE_KEY),
      }),
    );
  });
}

test('"Delete my data" in one tab clears the quiz open in another tab and tells its taker', async () => {
  window.localStorage.clear();
  const user = userEvent.setup();
  const quizTab = renderRoute('/quiz', { storage: window.localStorage });
  const quiz = within(quizTab.container);
  await user.click(await quiz.findByRole('button', { name: 'Start the short quiz' }));
  await user.click(quiz.getByRole('radio', { name: firstShort }));
  await user.click(quiz.getByRole('button', { name: 'Next' }));
  const privacyTab = renderRoute('/privacy', { storage: window.localStorage });
  await user.click(
    await within(privacyTab.container).findByRole('button', { name: 'Delete my data' }),
  );
  announceStorageChange();
  expect(await quiz.findByText(/progress was deleted in another tab or window/i)).toBeVisible();
  expect(await quiz.findByRole('button', { name: 'Start the short quiz' })).toBeVisible();
  expect(window.localStorage.getItem(QUIZ_STORAGE_KEY)).toBeNull();
});

test('a full storage says so, suggests clearing site data, and stays dismissed while saving fails', async () => {
  const user = userEvent.setup();
  const storage = createMemoryStorage();
  storage.setItem('something-else', 'x');
  storage.setItem = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  renderRoute('/quiz', { storage });
  await user.click(await screen.findByRole('button', { name: 'Start the short quiz' }));
  const notice = await screen.findByText(/storage for rolefit is full/i);
  expect(notice).toHaveTextContent(/clearing this site's data/i);
  expect(notice).not.toHaveTextContent(/private browsing/i);
  await user.click(screen.getByRole('button', { name: 'Dismiss' }));
  await user.click(screen.getByRole('radio', { name: firstShort }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(await screen.findByRole('heading', { level: 1, name: /Question 2 of/ })).toBeVisible();
  expect(screen.queryByText(/storage for rolefit is full/i)).not.toBeInTheDocument();
});

test('progress from a newer version: the notice says it is kept safe, and answering here keeps it', async () => {
  const user = userEvent.setup();
  const storage = createMemoryStorage();
  const newer = JSON.stringify({ state: { from: 'the future' }, version: 99 });
  storage.setItem(QUIZ_STORAGE_KEY, newer);
  renderRoute('/quiz', { storage });
  expect(await screen.findByText(/made by a newer version of rolefit/i)).toHaveTextContent(
    /nothing you do on this page is saved/i,
  );
  await user.click(screen.getByRole('button', { name: 'Start the short quiz' }));
  await user.click(screen.getByRole('radio', { name: firstShort }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(await screen.findByRole('heading', { level: 1, name: /Question 2 of/ })).toBeVisible();
  expect(storage.getItem(QUIZ_STORAGE_KEY)).toBe(newer);
});
