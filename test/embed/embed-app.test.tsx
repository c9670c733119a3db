/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { answerInstruction } from '../../src/domain/instruction';
import { EMBED_STORAGE_KEY, EmbedApp } from '../../src/embed/embed-app';
import { readEmbedParams } from '../../src/embed/frame-messages';
import { createMemoryStorage } from '../../src/store/guarded-storage';
import { QUIZ_STORAGE_KEY } from '../../src/store/quiz-store';

const params = readEmbedParams('?length=short');

test('the start screen says plainly what the site owner sees, and the notices', () => {
  render(<EmbedApp params={params} getStorage={() => createMemoryStorage()} />);
  expect(
    screen.getByRole('heading', { level: 1, name: /Product Manager or Product Owner/ }),
  ).toBeVisible();
  expect(
    screen.getByText('The site owner will see your result type, but never your answers.'),
  ).toBeVisible();
  // The short quiz has no practice questions, so its instruction does not mention them.
  expect(screen.getByText(answerInstruction('short'), { exact: true })).toBeVisible();
  expect(screen.queryByText(/practice questions/)).toBeNull();
  expect(screen.getByText(/This is not a test\./)).toBeVisible();
  expect(screen.getByText(/must never be used to decide on hiring/)).toBeVisible();
  expect(screen.getByRole('link', { name: /How the two roles differ/ })).toHaveAttribute(
    'target',
    '_blank',
  );
});

test('with guide="hide" there is no link to the roles guide', () => {
  render(
    <EmbedApp
      params={readEmbedParams('?length=short&guide=hide')}
      getStorage={() => createMemoryStorage()}
    />,
  );
  expect(screen.queryByRole('link', { name: /How the two roles differ/ })).toBeNull();
});

test('storage that throws: the quiz says progress can’t be saved and still runs', async () => {
  const user = userEvent.setup();
  render(
    <EmbedApp
      params={params}
      getStorage={() => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      }}
    />,
  );
  expect(screen.getByRole('status')).toHaveTextContent("Your progress can't be saved here");
  await user.click(screen.getByRole('button', { name: 'Start the quiz' }));
  expect(await screen.findByRole('heading', { level: 1, name: /Question 1 of 14/ })).toBeVisible();
  await user.click(screen.getAllByRole('radio')[0] as HTMLElement);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(await screen.findByRole('heading', { level: 1, name: /Question 2 of 14/ })).toBeVisible();
});

test('progress goes to its own key in the given storage and is picked up again', async () => {
  const user = userEvent.setup();
  const storage = createMemoryStorage();
  const first = render(<EmbedApp params={params} getStorage={() => storage} />);
  await user.click(screen.getByRole('button', { name: 'Start the quiz' }));
  await user.click((await screen.findAllByRole('radio'))[0] as HTMLElement);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { level: 1, name: /Question 2 of 14/ });
  expect(storage.getItem(EMBED_STORAGE_KEY)).toContain('"mode":"short"');
  expect(storage.getItem(QUIZ_STORAGE_KEY)).toBeNull();
  first.unmount();

  render(<EmbedApp params={params} getStorage={() => storage} />);
  expect(await screen.findByRole('heading', { level: 1, name: /Question 2 of 14/ })).toBeVisible();
  expect(screen.queryByRole('status')).toBeNull();
});

test('persist="off" keeps progress in memory only, without a warning', async () => {
  const user = userEvent.setup();
  render(<EmbedApp params={readEmbedParams('?length=short&persist=off')} />);
  expect(screen.queryByRole('status')).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Start the quiz' }));
  expect(await screen.findByRole('heading', { level: 1, name: /Question 1 of 14/ })).toBeVisible();
  expect(window.sessionStorage.getItem(EMBED_STORAGE_KEY)).toBeNull();
});
