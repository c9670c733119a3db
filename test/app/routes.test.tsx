/** @vitest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { renderRoute } from '../render-route';

test('a result page shows the type its address names', async () => {
  renderRoute('/r/product-owner/');

  expect(
    await screen.findByRole('heading', { level: 1, name: /product owner fit/i }),
  ).toBeVisible();
  expect(screen.queryByRole('heading', { name: /unknown result type/i })).toBeNull();
});

test('an address with percent-encoded letters shows the page it spells, as a browser decodes it', async () => {
  renderRoute('/privac%79');

  expect(await screen.findByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
});

test('moving to another page keeps the page frame and shows the new page', async () => {
  const user = userEvent.setup();
  renderRoute('/');
  const header = screen.getByRole('banner');

  await user.click(screen.getByRole('link', { name: 'Privacy' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
  expect(screen.queryByRole('heading', { level: 1, name: /which fits you/i })).toBeNull();
  // The same header element: the frame was not rebuilt, only the page inside it.
  expect(screen.getByRole('banner')).toBe(header);
});

test('the embed is shown without the page frame', async () => {
  renderRoute('/embed/');

  expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
  expect(screen.queryByRole('banner')).toBeNull();
  expect(screen.queryByRole('link', { name: 'Skip to content' })).toBeNull();
});
