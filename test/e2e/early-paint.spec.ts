import { expect, test, type Browser, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, layoutShiftTotal } from './helpers';

// Issue #13, part 8: a reload of /quiz draws the saved question before React has loaded (the early
// paint, src/early-paint/early-paint.ts); React then shows the same question in its place.

// React DOM's chunk: while it cannot load, nothing of React runs on the page (the early paint, a
// classic script of its own, needs nothing of the app).
const REACT_DOM = /\/assets\/client-[^/]+\.js$/;

/** A phone on which the taker has answered question 1 and stands on question 2, then reloads. */
async function openOnQuestionTwo(browser: Browser): Promise<Page> {
  // No service worker: it would answer the script requests before page.route sees them.
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the full quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Question 1 of/ })).toBeFocused();
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Question 2 of/ })).toBeFocused();
  return page;
}

const early = (page: Page) => page.locator('.quiz-early');
const legendBox = (page: Page) =>
  page.locator('legend.question-prompt').evaluate((el) => {
    const { top, left, width, height } = el.getBoundingClientRect();
    return { top, left, width, height };
  });

test('a reload shows the saved question before React runs, then React’s, without a shift', async ({
  browser,
}) => {
  const page = await openOnQuestionTwo(browser);
  const legend = await page.locator('legend.question-prompt').innerText();
  const labels = await page.locator('.choice label').allTextContents();
  const count = await page.getByRole('heading', { level: 1 }).innerText();

  // Without React: the early paint's copy, in the shell's place, inert and hidden from screen readers.
  await page.route(REACT_DOM, (route) => route.abort());
  await page.reload();
  await expect(early(page).locator('legend.question-prompt')).toHaveText(legend);
  await expect(early(page).locator('.choice label')).toHaveText(labels);
  await expect(early(page).locator('h1')).toHaveText(count);
  await expect(early(page).locator('button', { hasText: 'Back' })).toBeVisible();
  await expect(page.getByText('Loading your quiz…')).toBeHidden();
  await expect(early(page).locator('section.question')).toHaveAttribute('aria-hidden', 'true');
  await expect(early(page).locator('section.question')).toHaveAttribute('inert');
  // The taker's answer to question 2 is not there yet, and question 1's is not shown here.
  await expect(early(page).locator('input:checked')).toHaveCount(0);
  const drawnEarly = await legendBox(page);

  // With React (late, so the early paint is on screen first): the same question takes its place.
  // Leave the page whose React DOM was blocked before listening: its failed import may report late.
  await page.goto('about:blank');
  await page.unroute(REACT_DOM);
  const errors = collectErrors(page);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(REACT_DOM, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/quiz');
  await expect(early(page).locator('legend.question-prompt')).toHaveText(legend);
  release();
  await expect(page.getByRole('heading', { level: 1, name: count })).toBeFocused();
  await expect(early(page)).toHaveCount(0);
  await expect(page.locator('legend.question-prompt')).toHaveText(legend);
  await expect(page.locator('.choice label')).toHaveText(labels);
  expect(await legendBox(page)).toEqual(drawnEarly);
  expect(await layoutShiftTotal(page)).toBe(0);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);

  // It is the real question: Back works.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Question 1 of/ })).toBeFocused();
});

test('unreadable saved progress: the early paint draws nothing and the quiz still works', async ({
  browser,
}) => {
  const page = await openOnQuestionTwo(browser);
  await page.evaluate(() => {
    localStorage.setItem('rolefit-quiz', '{"state":{"mode":"full","answers":"broken"');
  });
  await page.route(REACT_DOM, (route) => route.abort());
  await page.reload();
  await expect(page.getByText('Loading your quiz…')).toBeVisible();
  await expect(early(page)).toBeEmpty();

  // Leave the page whose React DOM was blocked before listening: its failed import may report late.
  await page.goto('about:blank');
  await page.unroute(REACT_DOM);
  const errors = collectErrors(page);
  await page.goto('/quiz');
  await page.getByRole('button', { name: 'Start the full quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Question 1 of/ })).toBeFocused();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('“Delete my data” deletes the question kept for the early paint too', async ({ browser }) => {
  const page = await openOnQuestionTwo(browser);
  const kept = () => page.evaluate(() => localStorage.getItem('rolefit-quiz-screen'));
  await expect.poll(kept).toContain('"position":2');
  await page.goto('/privacy');
  await page.getByRole('button', { name: 'Delete my data' }).click();
  await expect(page.getByRole('status')).toHaveText(/deleted/);
  expect(await kept()).toBeNull();
});
