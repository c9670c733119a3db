/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { RetakeButton } from '../../src/components/retake-button';

test('"Retake the quiz" asks first and says the current result is kept; confirming starts again', async () => {
  const user = userEvent.setup();
  const onRetake = vi.fn();
  render(<RetakeButton isResultKept onRetake={onRetake} />);

  await user.click(screen.getByRole('button', { name: 'Retake the quiz' }));
  expect(onRetake).not.toHaveBeenCalled();
  const question = screen.getByRole('group', { name: 'Start the quiz again?' });
  expect(question).toHaveAccessibleDescription(
    'Your current result stays on this device under “Your earlier results”, and your new result will be compared with it.',
  );
  expect(screen.getByText('Start the quiz again?')).toHaveFocus();

  await user.click(screen.getByRole('button', { name: 'Start again' }));
  expect(onRetake).toHaveBeenCalledTimes(1);
});

test('Cancel closes the question without starting, and focus returns to the button', async () => {
  const user = userEvent.setup();
  const onRetake = vi.fn();
  render(<RetakeButton isResultKept onRetake={onRetake} />);

  await user.click(screen.getByRole('button', { name: 'Retake the quiz' }));
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('group')).toBeNull();
  expect(screen.getByRole('button', { name: 'Retake the quiz' })).toHaveFocus();

  await user.click(screen.getByRole('button', { name: 'Retake the quiz' }));
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('group')).toBeNull();
  expect(screen.getByRole('button', { name: 'Retake the quiz' })).toHaveFocus();
  expect(onRetake).not.toHaveBeenCalled();
});

test('when the result is not kept, the question says a new quiz replaces it', async () => {
  const user = userEvent.setup();
  render(<RetakeButton isResultKept={false} onRetake={() => undefined} />);
  await user.click(screen.getByRole('button', { name: 'Retake the quiz' }));
  expect(screen.getByRole('group', { name: 'Start the quiz again?' })).toHaveAccessibleDescription(
    /not kept .* so a new quiz replaces it\. To keep it, copy a link to it first\.$/,
  );
});

test('the button does not take focus when the page first shows it', () => {
  render(
    <>
      <button type="button">Elsewhere</button>
      <RetakeButton isResultKept onRetake={() => undefined} />
    </>,
  );
  expect(screen.getByRole('button', { name: 'Retake the quiz' })).not.toHaveFocus();
});
