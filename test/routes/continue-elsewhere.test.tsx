/** @vitest-environment jsdom */
import { expect, test } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import rawBank from '../../questions/bank.json';
import { createMemoryStorage } from '../../src/store/guarded-storage';
import { renderRoute } from '../render-route';

/**
 * Runs `step` inside an awaited act(). React 19 resumes a tree that suspended (here: while a chunk
 * loads) only there; Testing Library's render and user-event use a synchronous act().
 */
function actAndSettle(step: () => unknown): Promise<void> {
  return act(async () => {
    await step();
  });
}

const shortScenarios = rawBank.scenarios.filter((s) => 'short' in s);
const pick = (i: number) =>
  shortScenarios[i]?.options.find((o) => o.key === 'strategic-team')?.text ?? '';

test('the link to continue on another device loads when opened and carries the answers there', async () => {
  const user = userEvent.setup();
  const first = renderRoute('/quiz');
  await user.click(await screen.findByRole('button', { name: 'Start the short quiz' }));
  for (const i of [0, 1]) {
    await user.click(await screen.findByRole('radio', { name: pick(i) }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
  }
  expect(await screen.findByRole('heading', { level: 1, name: /Question 3 of/ })).toBeVisible();
  const toggle = screen.getByRole('button', { name: 'Continue on another device' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('textbox')).toBeNull();

  await actAndSettle(() => user.click(toggle));
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const field = await screen.findByRole('textbox', { name: 'Link with your answers so far' });
  if (!(field instanceof HTMLInputElement)) throw new Error('the link is not in an input');
  const link = new URL(field.value);
  expect(link.pathname).toBe('/quiz');
  expect(link.hash).toMatch(/^#p=[\w-]+$/);
  expect(await screen.findByRole('img', { name: /QR code/ })).toBeVisible();
  first.unmount();

  // Another device: a fresh browser with nothing saved.
  await actAndSettle(() => renderRoute(`/quiz${link.hash}`, { storage: createMemoryStorage() }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Continue your quiz here?' }),
  ).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Load my answers' }));
  expect(await screen.findByRole('heading', { level: 1, name: /Question 3 of/ })).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Back' }));
  expect(await screen.findByRole('radio', { name: pick(1) })).toBeChecked();
});

test('a damaged continue link says so and leaves the quiz alone', async () => {
  const user = userEvent.setup();
  await actAndSettle(() => renderRoute('/quiz#p=!!!'));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'This link could not be read' }),
  ).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Go to the quiz' }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Start the rolefit quiz' }),
  ).toBeVisible();
});
