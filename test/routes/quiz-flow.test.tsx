/** @vitest-environment jsdom */
import { expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import rawBank from '../../questions/bank.json';
import { answerInstruction } from '../../src/domain/instruction';
import { createMemoryStorage } from '../../src/store/guarded-storage';
import { renderRoute } from '../render-route';

const scenarios = rawBank.scenarios;
const optionText = (i: number, key: string) => {
  const text = scenarios[i]?.options.find((o) => o.key === key)?.text;
  if (!text) throw new Error(`no ${key} option in scenario ${i}`);
  return text;
};

async function next(user: UserEvent, name: RegExp | string = 'Next') {
  await user.click(screen.getByRole('button', { name }));
}

/**
 * Chooses an option with the keyboard (Space on its radio): a keyboard choice never moves on by
 * itself, so "Next" decides when the quiz does. A click would also start the pause after which the
 * quiz moves on (test/routes/quiz-advance.test.tsx).
 */
async function choose(user: UserEvent, radio: HTMLElement) {
  radio.focus();
  await user.keyboard(' ');
}

/** Full quiz: the given option key in every scenario, "Never" practice except one, United States and skips. */
async function answerFullQuiz(user: UserEvent, key: string) {
  const total = scenarios.length + rawBank.practice.length + rawBank.context.length;
  for (let i = 0; i < scenarios.length; i += 1) {
    expect(
      await screen.findByRole('heading', { level: 1, name: `Question ${i + 1} of ${total}` }),
    ).toBeVisible();
    // Every scenario carries the full quiz's one instruction, practice note included.
    expect(screen.getByText(answerInstruction('full'), { exact: true })).toBeVisible();
    await choose(user, screen.getByRole('radio', { name: optionText(i, key) }));
    await next(user);
  }
  for (let i = 0; i < rawBank.practice.length; i += 1) {
    // every practice area "Never", except the first (market): weekly
    await choose(user, screen.getByRole('radio', { name: i === 0 ? 'Weekly or more' : 'Never' }));
    await next(user);
  }
  await choose(user, screen.getByRole('radio', { name: 'United States' }));
  await next(user);
  for (let i = 1; i < rawBank.context.length; i += 1) {
    await choose(user, screen.getByRole('radio', { name: 'Prefer not to say' }));
    await next(user, i === rawBank.context.length - 1 ? 'Review answers' : 'Next');
  }
}

test('answering every question with Product Owner options gives a very likely Product Owner result with salaries and tips', async () => {
  const user = userEvent.setup();
  renderRoute('/quiz?mode=full');
  await user.click(await screen.findByRole('button', { name: 'Start the full quiz' }));
  await answerFullQuiz(user, 'tactical-team');

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' }),
  ).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'See my result' }));

  // The results page is its own chunk; loading it cold in jsdom takes about a second on the build
  // machine, as long as find*'s default wait, so this one wait is longer.
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Product Owner fit' }, { timeout: 5000 }),
  ).toBeVisible();
  // The first screen: how sure, why, and what to do next; the rest waits in sections.
  const k = scenarios.length;
  expect(screen.getByText('Very likely: over 99%')).toBeVisible();
  expect(
    screen.getByText(
      `In ${k} of ${k} scenarios you picked a hands-on option over a longer-range one.`,
    ),
  ).toBeVisible();
  expect(screen.getByRole('link', { name: 'Share your result' })).toBeVisible();
  expect(screen.queryByText(/^Very likely: over 99%\./)).not.toBeVisible();
  await user.click(screen.getByRole('button', { name: 'What it means' }));
  expect(screen.getByText(/^Very likely: over 99%\./)).toBeVisible();
  const shares = screen.getByRole('table', { name: `How your ${k} scenario choices split` });
  expect(within(shares).getByRole('row', { name: /Team and backlog/ })).toHaveTextContent(
    `${k} of ${k}`,
  );
  expect(within(shares).getByRole('row', { name: /Market and business/ })).toHaveTextContent(
    `0 of ${k}`,
  );
  expect(screen.getByText(/You lean strongly tactical/)).toBeVisible();

  // The signed scores wait in the details view; all answers in one quadrant never give "-100 to -100".
  await user.click(screen.getByRole('button', { name: 'The map' }));
  await user.click(screen.getByText('Scores in detail (−100 to 100)'));
  const scoreTable = screen.getByRole('table', { name: 'Your scores' });
  const fitRow = within(scoreTable).getByRole('row', { name: /PM-fit index/ });
  expect(fitRow).toHaveTextContent(/-9\d/);
  expect(fitRow).not.toHaveTextContent('-100 to -100');

  await user.click(screen.getByRole('button', { name: 'What the roles pay' }));
  const salaries = screen.getByRole('region', { name: 'What the roles pay' });
  expect(
    within(salaries).getByText(/^We cannot compare pay in the United States yet: /),
  ).toBeVisible();
  expect(within(salaries).getByText(/More sources for United States/)).toBeVisible();
  expect(within(salaries).getAllByText(/Source:/).length).toBeGreaterThan(2);
  expect(within(salaries).getByText(/Checked on \d{4}-\d{2}-\d{2}/)).toBeVisible();

  await user.click(screen.getByRole('button', { name: 'How to grow from here' }));
  const growth = screen.getByRole('region', { name: 'How to grow from here' });
  // lowest practice scores: every area but market is "Never"; ties go in dimension order
  expect(
    within(growth).getByRole('heading', { name: /Business acumen & go-to-market/ }),
  ).toBeVisible();
  expect(within(growth).getByRole('heading', { name: /Vision, strategy & roadmap/ })).toBeVisible();
  expect(
    within(growth).queryByRole('heading', { name: /Market & competitive insight/ }),
  ).toBeNull();
  expect(
    within(growth).getByRole('heading', { name: 'Moving toward the Product Manager role' }),
  ).toBeVisible();
  expect(screen.getByRole('button', { name: 'Retake the quiz' })).toBeVisible();
}, 30_000); // 41 questions answered through user-event: 3–4 s alone, over 10 s on a busy machine

test('a reload mid-quiz keeps every answer and the question the taker was on', async () => {
  const user = userEvent.setup();
  const storage = createMemoryStorage();
  const first = renderRoute('/quiz', { storage });
  await user.click(await screen.findByRole('button', { name: 'Start the short quiz' }));
  const shortScenarios = scenarios.filter((s) => 'short' in s);
  const pick = (i: number) =>
    shortScenarios[i]?.options.find((o) => o.key === 'strategic-team')?.text ?? '';
  await choose(user, await screen.findByRole('radio', { name: pick(0) }));
  await next(user);
  await choose(user, await screen.findByRole('radio', { name: pick(1) }));
  first.unmount();

  renderRoute('/quiz', { storage });
  expect(await screen.findByRole('heading', { level: 1, name: /Question 2 of/ })).toBeVisible();
  expect(screen.getByRole('radio', { name: pick(1) })).toBeChecked();
  await user.click(screen.getByRole('button', { name: 'Back' }));
  expect(await screen.findByRole('radio', { name: pick(0) })).toBeChecked();
});

test('Next without a choice asks for one and stays on the question', async () => {
  const user = userEvent.setup();
  renderRoute('/quiz');
  await user.click(await screen.findByRole('button', { name: 'Start the short quiz' }));
  await next(user);
  expect(await screen.findByRole('alert')).toHaveTextContent('Choose one option to continue.');
  expect(screen.getByRole('heading', { level: 1, name: /Question 1 of/ })).toBeVisible();
});

test('corrupted storage shows a notice and the quiz still starts', async () => {
  const user = userEvent.setup();
  const storage = createMemoryStorage();
  storage.setItem('rolefit-quiz', '{"state": {"answers": 42}, "version": 1}');
  renderRoute('/quiz', { storage });
  expect(
    await screen.findByText(/could not read the progress saved in this browser/i),
  ).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Start the full quiz' }));
  expect(await screen.findByRole('heading', { level: 1, name: /Question 1 of/ })).toBeVisible();
});

test('storage that throws gives a notice and a quiz that still works', async () => {
  const user = userEvent.setup();
  renderRoute('/quiz', { storageThrows: true });
  await user.click(await screen.findByRole('button', { name: 'Start the short quiz' }));
  expect(await screen.findByText(/not letting rolefit save your progress/i)).toBeVisible();
  const firstShort = scenarios.find((s) => 'short' in s);
  await choose(user, screen.getByRole('radio', { name: firstShort?.options[0]?.text ?? '' }));
  await next(user);
  expect(await screen.findByRole('heading', { level: 1, name: /Question 2 of/ })).toBeVisible();
});

test('a result page without a finished quiz says so and links to the quiz', async () => {
  renderRoute('/results');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Your result is not ready yet' }),
  ).toBeVisible();
  expect(screen.getByRole('link', { name: 'Take the quiz' })).toHaveAttribute('href', '/quiz');
});
