/** @vitest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import roles from '../../questions/roles.json';
import { createMemoryStorage } from '../../src/store/guarded-storage';
import { renderRoute } from '../render-route';

test('/roles compares the two roles in a table with a row per aspect', async () => {
  renderRoute('/roles');

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Product Manager vs Product Owner' }),
  ).toBeVisible();
  const table = screen.getByRole('table', { name: /how the two roles compare/i });
  expect(within(table).getByRole('columnheader', { name: 'Product Manager' })).toBeVisible();
  expect(within(table).getByRole('columnheader', { name: 'Product Owner' })).toBeVisible();
  const rowHeaders = within(table).getAllByRole('rowheader');
  expect(rowHeaders.map((header) => header.textContent)).toEqual(
    roles.guide.comparison.map((row) => row.aspect),
  );
  expect(screen.getByRole('link', { name: /start the quiz/i })).toHaveAttribute(
    'href',
    '/quiz?mode=full',
  );
});

test('/roles citation keys link to their entry in the source list', async () => {
  renderRoute('/roles');

  const sources = await screen.findByRole('heading', { level: 2, name: 'Sources' });
  const cited = screen.getAllByRole('link', { name: 'SG20' })[0];
  expect(cited).toHaveAttribute('href', '#source-SG20');
  const entry = document.getElementById('source-SG20');
  expect(entry).not.toBeNull();
  expect(sources.parentElement).toContainElement(entry);
});

test('/how-it-works renders docs/scoring.md and says the quiz is not yet validated', async () => {
  renderRoute('/how-it-works');

  expect(
    await screen.findByRole('heading', { level: 1, name: 'How rolefit scores your answers' }),
  ).toBeVisible();
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  expect(screen.getByText(/not yet been validated/i)).toBeVisible();
});

test('/privacy "Delete my data" removes the saved progress', async () => {
  const user = userEvent.setup();
  const storage = createMemoryStorage();
  storage.setItem(
    'rolefit-quiz',
    JSON.stringify({
      state: { mode: 'full', answers: {}, currentId: null, isReviewing: false, seed: 1 },
      version: 1,
    }),
  );
  renderRoute('/privacy', { storage });

  await user.click(await screen.findByRole('button', { name: 'Delete my data' }));

  expect(
    await screen.findByText(
      'Your saved quiz progress and your kept results have been deleted from this browser.',
    ),
  ).toHaveAttribute('role', 'status');
  expect(storage.getItem('rolefit-quiz')).toBeNull();
});

test('/privacy names the tab\'s language choice and "Delete my data" forgets it', async () => {
  const user = userEvent.setup();
  window.sessionStorage.setItem('rolefit-language-hint', 'de');
  renderRoute('/privacy', { storage: createMemoryStorage() });

  expect(await screen.findByText('rolefit-language-hint')).toBeVisible();
  await user.click(await screen.findByRole('button', { name: 'Delete my data' }));

  expect(window.sessionStorage.getItem('rolefit-language-hint')).toBeNull();
});

test('/how-it-works says which translations nobody fluent has checked yet', async () => {
  renderRoute('/how-it-works');

  expect(
    await screen.findByRole('heading', { level: 2, name: 'Translations and their review' }),
  ).toBeVisible();
  expect(
    screen.getByText(
      'Unverified: the German translation of the questions, the roles guide with the result texts, and the growth tips has not yet been checked by a fluent reviewer.',
    ),
  ).toBeVisible();
});

test('/roles shows the notes on Germany with their sources in the source list', async () => {
  renderRoute('/roles');

  expect(await screen.findByRole('heading', { level: 2, name: 'In Germany' })).toBeVisible();
  for (const note of roles.countryNotes) {
    expect(screen.getByRole('heading', { level: 3, name: note.title })).toBeVisible();
    for (const key of note.sources) {
      expect(document.getElementById(`source-${key}`)).not.toBeNull();
    }
  }
  expect(screen.getByText(/\(grade B\/C: between recognized practitioner/)).toBeVisible();
});
