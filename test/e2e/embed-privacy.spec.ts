import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import {
  expectNoAxeViolationsInEmbed,
  frameOf,
  optionText,
  quizFrame,
  readLog,
  SHORT_TOTAL,
  shortScenarios,
  waitForEvent,
  serveHostPages,
} from './embed-helpers';

// What a host page can and cannot learn or trick out of the embed (issue #11, items 5 and 6;
// docs/embed.md, "Consent cannot be clickjacked" and "What the frame's height tells the host").

const host = serveHostPages();

/** The short quiz with the same choices every time, and the given answers to the context questions. */
async function answerWithContext(
  frame: FrameLocator,
  context: Readonly<Record<number, string>>,
): Promise<void> {
  for (let i = 0; i < SHORT_TOTAL; i += 1) {
    await expect(
      frame.getByRole('heading', { level: 1, name: `Question ${i + 1} of ${SHORT_TOTAL}` }),
    ).toBeVisible();
    const contextIndex = i - shortScenarios.length;
    const name =
      contextIndex < 0
        ? optionText(i, i % 2 === 0 ? 'tactical-market' : 'tactical-team')
        : (context[contextIndex] ?? 'Prefer not to say');
    await frame.getByRole('radio', { name, exact: true }).check();
    await frame
      .getByRole('button', { name: i + 1 === SHORT_TOTAL ? 'See my result' : 'Next' })
      .click();
  }
}

/** Takes the quiz once on a fresh host page; returns the heights the host saw and the content's own. */
async function heightsFor(page: Page, country: string, experience: string) {
  await page.goto(`${host.origin}/salaries.html`);
  await waitForEvent(page, 'ready');
  const frame = quizFrame(page);
  await frame.getByRole('button', { name: 'Start the quiz' }).click();
  await answerWithContext(frame, { 0: country, 1: experience });
  await expect(frame.getByRole('heading', { level: 2, name: /salar|pay/i }).first()).toBeVisible();
  await waitForEvent(page, 'complete');
  // The taker opens the pay section, whose content depends on the private answers.
  await frame.getByRole('button', { name: 'What the roles pay' }).click();
  // Let every late resize (charts, salary tables) arrive.
  await page.waitForTimeout(1500);
  const resultHeights = (await readLog(page))
    .filter((e) => e.type === 'resize')
    .map((e) => Number(e.detail.height))
    .slice(-1);
  const iframe = await page.locator('#quiz iframe').evaluate((el) => el.clientHeight);
  const inner = await (
    await frameOf(page)
  ).evaluate(() => document.querySelector('.embed-main')?.scrollHeight ?? -1);
  return { resultHeights, iframe, inner };
}

test('different private answers give the host the same frame heights on the result screen', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const us = await heightsFor(page, 'United States', 'More than 10 years');
  const germany = await heightsFor(page, 'Germany', 'Less than 2 years');
  // "Another country" adds a line saying the US figures are for reference, so the content's own
  // height differs with the answers (otherwise this test could not fail)…
  const other = await heightsFor(page, 'Another country', '2 to 5 years');
  expect(new Set([us.inner, germany.inner, other.inner]).size).toBeGreaterThan(1);
  // …but what the host sees does not.
  expect(germany.iframe).toBe(us.iframe);
  expect(other.iframe).toBe(us.iframe);
  expect(germany.resultHeights).toEqual(us.resultHeights);
  expect(other.resultHeights).toEqual(us.resultHeights);
});

test('sharing scores takes two steps, each usable only after a moment; keeping them private is one click', async ({
  page,
}) => {
  await page.goto(`${host.origin}/scores.html`);
  await waitForEvent(page, 'ready');
  const frame = quizFrame(page);
  await frame.getByRole('button', { name: 'Start the quiz' }).click();
  await answerWithContext(frame, {});
  const share = frame.getByRole('button', { name: 'Share', exact: true });
  // Disabled the moment it appears, so a click timed to the screen change does nothing.
  await expect(share).toBeDisabled();
  await expect(share).toBeEnabled({ timeout: 5000 });
  await share.click();
  const confirm = frame.getByRole('button', { name: 'Yes, send my scores' });
  await expect(confirm).toBeDisabled();
  // The button that shares now stands where "Keep private" stood.
  const buttons = frame.locator('.embed-choice .button');
  await expect(buttons.nth(1)).toHaveText('Yes, send my scores');
  expect((await readLog(page)).some((e) => e.type === 'complete')).toBe(false);
  await expectNoAxeViolationsInEmbed(page);
  await confirm.click();
  const complete = await waitForEvent(page, 'complete');
  expect(complete.detail.consent).toBe('granted');
});

test('a host that fades the frame under a decoy cannot get consent: Share stays off, private still works', async ({
  page,
}) => {
  await page.goto(`${host.origin}/faded.html`);
  await waitForEvent(page, 'ready');
  const frame = quizFrame(page);
  await frame.getByRole('button', { name: 'Start the quiz' }).click();
  await answerWithContext(frame, {});
  const share = frame.getByRole('button', { name: 'Share', exact: true });
  await expect(frame.getByText(/Sharing is switched off while this quiz is hidden/)).toBeVisible({
    timeout: 5000,
  });
  await page.waitForTimeout(1500);
  await expect(share).toBeDisabled();
  await share.click({ force: true });
  await expect(frame.getByRole('heading', { level: 1, name: /Share your scores/ })).toBeVisible();
  await frame.getByRole('button', { name: 'Keep private' }).click();
  const complete = await waitForEvent(page, 'complete');
  expect(complete.detail.consent).toBe('declined');
  expect(complete.detail).not.toHaveProperty('scores');
});
