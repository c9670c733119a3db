/** @vitest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { renderRoute } from '../render-route';
import { encodeShareCode } from '../../src/domain/share-code';
import { v2Payload } from '../domain/r1-payloads';

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

const PO_POSTING =
  'Responsibilities\nOwn the product backlog. Write user stories with acceptance criteria. Run sprint planning and backlog refinement with the development team.';

test('with no result in this browser, the job page offers the full and the short quiz', async () => {
  renderRoute('/job');
  expect(await screen.findByRole('button', { name: 'Start the short quiz' })).toBeEnabled();
  expect(screen.getByRole('button', { name: 'Start the full quiz' })).toBeEnabled();
});

test('a result link in the fragment puts that result beside the job', async () => {
  const user = userEvent.setup();
  const { result } = v2Payload([0, 0, 0, 2], 'scores', 'full');
  renderRoute(`/job#r=${encodeShareCode({ level: 'scores', result })}`);
  expect(await screen.findByText(/^The job will be shown beside this result:/)).toHaveTextContent(
    /Product Manager fit.*\(from the link you opened\)\.$/,
  );
  await user.click(screen.getByLabelText('Job posting'));
  await user.paste(PO_POSTING);
  const beside = await screen.findByRole('region', { name: 'Beside the linked result' });
  expect(beside).toHaveTextContent(
    'This job is more tactical and more team-facing than the result in the link.',
  );
  expect(beside).toHaveTextContent(
    /This result link carries the place on the map, not the practice answers/,
  );
});
