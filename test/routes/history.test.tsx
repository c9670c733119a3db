/** @vitest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { takeIdOf, toHistoryEntry } from '../../src/domain/result-history';
import { toSharedResultV2 } from '../../src/domain/shared-result';
import { createMemoryStorage } from '../../src/store/guarded-storage';
import { HISTORY_STORAGE_KEY } from '../../src/store/history-store';
import { renderRoute } from '../render-route';

const result = (a: number, b: number) =>
  toSharedResultV2(
    { 'strategic-market': a, 'tactical-team': b, 'strategic-team': 0, 'tactical-market': 0 },
    'full',
    1,
  );
// Midday UTC, so the date reads the same in any time zone the tests run in.
const older = toHistoryEntry(takeIdOf(1), result(20, 8), Date.UTC(2026, 10, 20, 12));
const newer = toHistoryEntry(takeIdOf(2), result(8, 20), Date.UTC(2026, 11, 2, 12));

function storageWith(quiz: object | null, history = [newer, older]) {
  const storage = createMemoryStorage();
  if (quiz) storage.setItem('rolefit-quiz', JSON.stringify({ state: quiz, version: 2 }));
  storage.setItem(
    HISTORY_STORAGE_KEY,
    JSON.stringify({ state: { entries: history, recordedTake: '2' }, version: 1 }),
  );
  return storage;
}
const quiz = (isReviewing: boolean) => ({
  mode: 'short',
  answers: {},
  currentId: null,
  isReviewing,
  seed: 2,
  startedAt: 1,
  answeredAt: {},
});

test('/privacy lists the kept results with their dates and deletes one, then all', async () => {
  const user = userEvent.setup();
  const storage = storageWith(null);
  renderRoute('/privacy', { storage });

  const buttons = await screen.findAllByRole('button', { name: /^Delete the result of/ });
  expect(buttons.map((button) => button.closest('li')?.firstChild?.textContent)).toEqual([
    '2 December 2026: Product Owner fit (full quiz)',
    '20 November 2026: Product Manager fit (full quiz)',
  ]);
  expect(screen.getByRole('link', { name: '2 December 2026: Product Owner fit' })).toHaveAttribute(
    'href',
    `/r/product-owner/#r=${newer.code}`,
  );

  await user.click(
    screen.getByRole('button', {
      name: 'Delete the result of 20 November 2026 (Product Manager fit)',
    }),
  );
  expect(screen.queryByText(/20 November 2026/)).toBeNull();
  expect(storage.getItem(HISTORY_STORAGE_KEY)).not.toContain(older.code);

  await user.click(screen.getByRole('button', { name: 'Delete all kept results' }));
  expect(screen.getByText('No results are kept in this browser.')).toBeVisible();
  expect(storage.getItem(HISTORY_STORAGE_KEY)).not.toContain(newer.code);
});

test('/privacy "Delete my data" also deletes the kept results', async () => {
  const user = userEvent.setup();
  const storage = storageWith(quiz(true));
  renderRoute('/privacy', { storage });
  await user.click(await screen.findByRole('button', { name: 'Delete my data' }));
  expect(storage.getItem(HISTORY_STORAGE_KEY)).toBeNull();
  expect(storage.getItem('rolefit-quiz')).toBeNull();
  expect(screen.getByText('No results are kept in this browser.')).toBeVisible();
});

test('the landing page offers "See your result" for a finished quiz, and Resume for one in progress', async () => {
  renderRoute('/', { storage: storageWith(quiz(true)) });
  expect(await screen.findByRole('link', { name: 'See your result' })).toHaveAttribute(
    'href',
    '/results',
  );
  expect(screen.getByText(/You have a short quiz finished with 0 answers/)).toBeVisible();
  expect(screen.queryByRole('link', { name: 'Resume where you left off' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Start over' })).toBeNull();
});

test('a quiz still in progress keeps "Resume where you left off" and "Start over"', async () => {
  renderRoute('/', { storage: storageWith(quiz(false)) });
  expect(await screen.findByRole('link', { name: 'Resume where you left off' })).toHaveAttribute(
    'href',
    '/quiz',
  );
  expect(screen.getByRole('button', { name: 'Start over' })).toBeVisible();
  expect(screen.queryByRole('link', { name: 'See your result' })).toBeNull();
});
