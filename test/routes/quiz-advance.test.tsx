/** @vitest-environment jsdom */
import { expect, test } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import rawBank from '../../questions/bank.json';
import { AUTO_ADVANCE_MS } from '../../src/components/question-view';
import { renderRoute } from '../render-route';

const firstShort = rawBank.scenarios.filter((s) => 'short' in s);
const optionText = (i: number, n: number) => firstShort[i]?.options[n]?.text ?? '';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a clicked option moves on after a short pause, and Back shows it chosen', async () => {
  const user = userEvent.setup();
  renderRoute('/quiz');
  await user.click(await screen.findByRole('button', { name: 'Start the short quiz' }));
  await user.click(await screen.findByRole('radio', { name: optionText(0, 1) }));
  // Not at once: the pause is there to see the choice land and to change it.
  expect(screen.getByRole('heading', { level: 1, name: 'Question 1 of 14' })).toBeVisible();
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Question 2 of 14' }, { timeout: 3000 }),
  ).toHaveFocus();
  await user.click(screen.getByRole('button', { name: 'Back' }));
  expect(await screen.findByRole('radio', { name: optionText(0, 1) })).toBeChecked();
});

test('a keyboard choice stays on the question until Enter', async () => {
  const user = userEvent.setup();
  renderRoute('/quiz');
  await user.click(await screen.findByRole('button', { name: 'Start the short quiz' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Question 1 of 14' })).toHaveFocus();
  await user.keyboard('2');
  const checked = screen
    .getAllByRole('radio')
    .find((r) => r instanceof HTMLInputElement && r.checked);
  expect(checked).toHaveFocus();
  await wait(AUTO_ADVANCE_MS + 400);
  expect(screen.getByRole('heading', { level: 1, name: 'Question 1 of 14' })).toBeVisible();
  await user.keyboard('{Enter}');
  expect(await screen.findByRole('heading', { level: 1, name: 'Question 2 of 14' })).toHaveFocus();
});
