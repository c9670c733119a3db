/** @vitest-environment jsdom */
import { expect, test } from 'vitest';
import { screen } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SharePanel } from '../../src/components/share-panel';
import { PO_RESULT } from './share-fixture';

const result = PO_RESULT;
const links = {
  type: 'https://rolefit.example/r/product-owner/',
  scores: 'https://rolefit.example/r/product-owner/#r=SCORES',
  answers: 'https://rolefit.example/r/product-owner/#r=ANSWERS',
};

test('type only is the default and the link has no fragment', () => {
  render(
    <SharePanel
      links={links}
      headline="Clear Product Owner fit"
      type="product-owner"
      result={result}
    />,
  );
  expect(screen.getByRole('radio', { name: /Result type only/ })).toBeChecked();
  expect(screen.getByRole('textbox', { name: 'Your link' })).toHaveValue(links.type);
  expect(screen.getByRole('link', { name: 'LinkedIn' })).toHaveAttribute(
    'href',
    `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(links.type)}`,
  );
});

test('the scores level warns that anyone with the link sees the scores', async () => {
  const user = userEvent.setup();
  render(
    <SharePanel
      links={links}
      headline="Clear Product Owner fit"
      type="product-owner"
      result={result}
    />,
  );
  await user.click(screen.getByRole('radio', { name: /With scores/ }));
  expect(screen.getByRole('textbox', { name: 'Your link' })).toHaveValue(links.scores);
  expect(screen.getByText('Anyone with the link sees your scores.')).toBeVisible();
  expect(screen.getByRole('link', { name: 'Email' }).getAttribute('href')).toContain(
    encodeURIComponent(links.scores),
  );
});

test('the answers level is never offered to LinkedIn, X or email', async () => {
  const user = userEvent.setup();
  render(
    <SharePanel
      links={links}
      headline="Clear Product Owner fit"
      type="product-owner"
      result={result}
    />,
  );
  await user.click(screen.getByRole('radio', { name: /With answers/ }));
  expect(screen.getByRole('textbox', { name: 'Your link' })).toHaveValue(links.answers);
  expect(screen.queryByRole('link', { name: 'LinkedIn' })).toBeNull();
  expect(screen.queryByRole('link', { name: 'X' })).toBeNull();
  expect(screen.queryByRole('link', { name: 'Email' })).toBeNull();
});

test('copy falls back to a selected field when the Clipboard API is missing', async () => {
  const user = userEvent.setup();
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  render(
    <SharePanel
      links={links}
      headline="Clear Product Owner fit"
      type="product-owner"
      result={result}
    />,
  );
  await user.click(screen.getByRole('button', { name: 'Copy link' }));
  expect(await screen.findByText(/Press Ctrl\+C or Cmd\+C to copy/)).toBeVisible();
  expect(screen.getByRole('textbox', { name: 'Your link' })).toHaveFocus();
});

test('inside an employer’s frame the panel only copies the link: no posting, card or print', () => {
  render(
    <SharePanel
      links={links}
      headline="Clear Product Owner fit"
      type="product-owner"
      result={result}
      social={false}
    />,
  );
  expect(screen.getByRole('textbox', { name: 'Your link' })).toHaveValue(links.type);
  expect(screen.getByRole('button', { name: 'Copy link' })).toBeVisible();
  for (const name of ['LinkedIn', 'X', 'Email'])
    expect(screen.queryByRole('link', { name })).toBeNull();
  for (const name of ['Share…', 'Download result card', 'Print or save as PDF', 'Show QR code'])
    expect(screen.queryByRole('button', { name })).toBeNull();
});
