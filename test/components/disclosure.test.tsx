/** @vitest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { Disclosure, openAllForPrint } from '../../src/components/disclosure';

function Page() {
  return (
    <>
      <Disclosure id="map" title="The map">
        <p>The dot is the answer pattern.</p>
      </Disclosure>
      <Disclosure id="pay" title="What the roles pay">
        <p>Figures with their source and year.</p>
      </Disclosure>
    </>
  );
}

test('a section opens and closes from its heading, which stays in the outline', async () => {
  const user = userEvent.setup();
  render(<Page />);
  const button = screen.getByRole('button', { name: 'The map' });
  expect(screen.getByRole('heading', { level: 2, name: 'The map' })).toBeVisible();
  expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(screen.getByText('The dot is the answer pattern.')).not.toBeVisible();
  await user.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getByText('The dot is the answer pattern.')).toBeVisible();
  expect(screen.getByRole('region', { name: 'The map' })).toContainElement(
    screen.getByText('The dot is the answer pattern.'),
  );
  await user.keyboard('{Enter}');
  expect(screen.getByText('The dot is the answer pattern.')).not.toBeVisible();
});

test('printing opens every section, and afterwards each is as the reader left it', async () => {
  const user = userEvent.setup();
  render(<Page />);
  await user.click(screen.getByRole('button', { name: 'The map' }));
  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });
  expect(screen.getByText('Figures with their source and year.')).toBeVisible();
  expect(screen.getByText('The dot is the answer pattern.')).toBeVisible();
  act(() => {
    window.dispatchEvent(new Event('afterprint'));
  });
  expect(screen.getByText('Figures with their source and year.')).not.toBeVisible();
  expect(screen.getByText('The dot is the answer pattern.')).toBeVisible();
  // The Print button opens them the same way before it prints.
  act(() => openAllForPrint(true));
  expect(screen.getByText('Figures with their source and year.')).toBeVisible();
  act(() => openAllForPrint(false));
});

test('a link to a section opens it', () => {
  window.location.hash = '#pay';
  render(<Page />);
  expect(screen.getByRole('button', { name: 'What the roles pay' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  expect(screen.getByRole('button', { name: 'The map' })).toHaveAttribute('aria-expanded', 'false');
  window.location.hash = '';
});
