/** @vitest-environment jsdom */
import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderRoute } from '../render-route';

test('a quiz link with ?mode=short offers the short quiz first, as the suggested one', async () => {
  renderRoute('/quiz?mode=short');

  const starts = await screen.findAllByRole('button', { name: /^start the (short|full) quiz$/i });
  expect(starts.map((button) => button.textContent)).toEqual([
    'Start the short quiz',
    'Start the full quiz',
  ]);
  expect(starts[0]).toHaveClass('primary');
  expect(starts[1]).not.toHaveClass('primary');
});
