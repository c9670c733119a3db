/** @vitest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { renderRoute } from '../render-route';

test('a pasted posting is placed, its phrases marked and its title checked', async () => {
  const user = userEvent.setup();
  renderRoute('/job');
  await user.type(await screen.findByLabelText('Job title (optional)'), 'Product Owner');
  await user.click(screen.getByLabelText('Job posting'));
  await user.paste(
    'Responsibilities\nSet pricing and the go-to-market plan. Run market research and competitive analysis. Own the business case and the product strategy.\nBenefits\nHealth insurance.',
  );
  expect(await screen.findByText('Reads like a Product Manager role.')).toBeInTheDocument();
  expect(
    screen.getByText('Titled Product Owner, but the duties read like a Product Manager job.'),
  ).toBeInTheDocument();
  expect(screen.getByText('pricing', { selector: 'mark' })).toBeInTheDocument();
  expect(screen.queryByText('Health insurance', { selector: 'mark' })).toBeNull();
  expect(screen.getByText(/characters$/)).toHaveTextContent(/^\d[\d,]* of 40,000 characters$/);
});

test('an empty posting shows no result', async () => {
  renderRoute('/job');
  expect(await screen.findByLabelText('Job posting')).toHaveValue('');
  expect(screen.queryByRole('heading', { name: 'What the posting says the job is' })).toBeNull();
});
