import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessibleInBothSchemes } from './helpers';

// Issue #13, part 4: the quiz on a phone. A tap moves on after a short pause, the keyboard never
// moves on before Enter or Next, Back and Next are always on screen, the review fits a phone.

interface BankJson {
  scenarios: { options: { text: string }[] }[];
  practice: unknown[];
  context: unknown[];
}
const bank = JSON.parse(
  readFileSync(new URL('../../questions/bank.json', import.meta.url), 'utf8'),
) as BankJson;
const FULL = bank.scenarios.length + bank.practice.length + bank.context.length;
const PAUSE = 600; // AUTO_ADVANCE_MS in src/components/question-view.tsx

const PHONES = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
] as const;

async function openQuiz(
  browser: Browser,
  viewport: { width: number; height: number },
  reducedMotion: 'reduce' | 'no-preference' = 'reduce',
): Promise<Page> {
  const context = await browser.newContext({ viewport, reducedMotion });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the full quiz' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Question 1 of ${FULL}` }),
  ).toBeFocused();
  return page;
}

const heading = (page: Page, n: number) =>
  page.getByRole('heading', { level: 1, name: `Question ${n} of ${FULL}` });
/** The option cards as a finger taps them: on their text. */
const optionCard = (page: Page, index: number) => page.locator('.choice label').nth(index);

/** Fakes the page's timers and stops time: only `page.clock.runFor` moves it on. */
async function pauseClock(page: Page) {
  await page.clock.install();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

/** Answers questions from the current one up to `last` with the keyboard: 1, then Enter. */
async function answerWithKeys(page: Page, from: number, last: number) {
  for (let n = from; n <= last; n += 1) {
    await expect(heading(page, n)).toBeFocused();
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
  }
}

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
  test(`a tap moves on after a short pause that a second tap restarts, and Back keeps the choice (${reducedMotion} motion)`, async ({
    browser,
  }) => {
    const page = await openQuiz(browser, { width: 390, height: 844 }, reducedMotion);
    // The page's timers run on a paused clock from here, so "before the pause ends" is exact.
    await pauseClock(page);
    const chosenFirst = (await optionCard(page, 0).innerText()).replace(/^\d\s*/, '');
    const chosenSecond = (await optionCard(page, 1).innerText()).replace(/^\d\s*/, '');

    await optionCard(page, 0).click();
    // The cue: a bar fills the Next button while the pause runs; without animation under reduced motion.
    const cue = page.locator('.quiz-nav .advance-cue');
    await expect(cue).toBeVisible();
    const duration = await cue.evaluate((el) => getComputedStyle(el).animationDuration);
    if (reducedMotion === 'reduce') expect(parseFloat(duration)).toBeLessThan(0.01);
    else expect(duration).toBe(`${PAUSE / 1000}s`);

    await page.clock.runFor(PAUSE / 2);
    await optionCard(page, 1).click(); // a change of mind restarts the pause
    await page.clock.runFor(PAUSE / 2 + 100);
    await expect(heading(page, 1)).toBeVisible();
    await page.clock.runFor(PAUSE / 2);
    await expect(heading(page, 2)).toBeFocused();
    await expect(cue).toHaveCount(0);

    await page.getByRole('button', { name: 'Back' }).click();
    await expect(heading(page, 1)).toBeFocused();
    await expect(page.getByRole('radio', { name: chosenSecond })).toBeChecked();
    await expect(page.getByRole('radio', { name: chosenFirst })).not.toBeChecked();
    // Tapping the kept choice again moves on too.
    await optionCard(page, 1).click();
    await page.clock.runFor(PAUSE);
    await expect(heading(page, 2)).toBeFocused();

    // Back during the pause wins: the quiz stays on the earlier question.
    await optionCard(page, 2).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.clock.runFor(PAUSE * 3);
    await expect(heading(page, 1)).toBeFocused();
    await page.context().close();
  });
}

for (const viewport of PHONES) {
  test(`the keyboard chooses without moving on; Enter confirms (${viewport.width}×${viewport.height})`, async ({
    browser,
  }) => {
    const page = await openQuiz(browser, viewport);
    await pauseClock(page);
    const radios = page.getByRole('radio');
    // Tab past "Save and leave" into the group; arrows choose.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Save and leave' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(radios.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(radios.nth(1)).toBeChecked();
    await page.clock.runFor(PAUSE * 3);
    await expect(heading(page, 1)).toBeVisible();
    // Number keys choose (and focus the option) without moving on either.
    await page.keyboard.press('3');
    await expect(radios.nth(2)).toBeChecked();
    await expect(radios.nth(2)).toBeFocused();
    await page.clock.runFor(PAUSE * 3);
    await expect(heading(page, 1)).toBeVisible();
    // Space on the focused option: still here.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.clock.runFor(PAUSE * 3);
    await expect(heading(page, 1)).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(heading(page, 2)).toBeFocused();
    // A tap, then a key: the keyboard takes over and the pause is called off.
    await optionCard(page, 0).click();
    await page.keyboard.press('ArrowDown');
    await page.clock.runFor(PAUSE * 3);
    await expect(heading(page, 2)).toBeVisible();
    await page.context().close();
  });
}

for (const viewport of [
  { width: 320, height: 640 },
  { width: 375, height: 667 },
  { width: 390, height: 844 },
] as const) {
  test(`Back and Next are on screen on every question of the full quiz, over no option (${viewport.width}×${viewport.height})`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const page = await openQuiz(browser, viewport);
    // One compact row instead of the two-row site menu.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    const bar = page.locator('.question-top');
    expect((await bar.boundingBox())?.height).toBeLessThanOrEqual(64);
    await expect(page.getByRole('link', { name: 'Save and leave' })).toBeInViewport();
    const nav = page.locator('.quiz-nav');
    const next = page.getByRole('button', { name: /^(Next|Review answers)$/ });
    for (let n = 1; n <= FULL; n += 1) {
      await expect(heading(page, n)).toBeFocused();
      await expect(next).toBeInViewport({ ratio: 1 });
      if (n > 1)
        await expect(page.getByRole('button', { name: 'Back' })).toBeInViewport({ ratio: 1 });
      // Every option can be scrolled clear of the bar.
      const last = page.locator('.choice').last();
      await last.scrollIntoViewIfNeeded();
      const [lastBox, navBox] = [await last.boundingBox(), await nav.boundingBox()];
      expect(lastBox && navBox && lastBox.y + lastBox.height <= navBox.y + 0.5).toBe(true);
      await expect(next).toBeInViewport({ ratio: 1 });
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
    await page.context().close();
  });
}

for (const viewport of PHONES) {
  test(`the review fits a phone: See my result above and below, Change returns to its row (${viewport.width}×${viewport.height})`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const page = await openQuiz(browser, viewport, 'no-preference');
    await expectAccessibleInBothSchemes(page);
    await answerWithKeys(page, 1, FULL);

    const review = page.getByRole('heading', { level: 1, name: 'Check your answers' });
    await expect(review).toBeFocused();
    // Above the list, on the first screen; and below it.
    const topLink = page.getByRole('link', { name: 'See my result' });
    await expect(topLink).toBeInViewport({ ratio: 1 });
    await expect(topLink).toHaveAttribute('href', '/results');
    const bottomButton = page.getByRole('button', { name: 'See my result' });
    await expect(bottomButton).toBeEnabled();
    const listBox = await page.locator('.review-list').boundingBox();
    const bottomBox = await bottomButton.boundingBox();
    const topBox = await topLink.boundingBox();
    expect(listBox && topBox && topBox.y < listBox.y).toBe(true);
    expect(listBox && bottomBox && bottomBox.y > listBox.y + listBox.height).toBe(true);
    // Compact rows: the 41 answers in about four screens (eleven before issue #13 at 390×844).
    const screens = await page.evaluate(
      () => document.documentElement.scrollHeight / window.innerHeight,
    );
    expect(screens).toBeLessThanOrEqual(viewport.width === 390 ? 4.5 : 6.5);
    await expectAccessibleInBothSchemes(page);

    // Change question 20: a tap on another option brings the taker back to row 20, not the top.
    await page.getByRole('button', { name: /^Change question 20:/ }).click();
    await expect(heading(page, 20)).toBeFocused();
    const other = page.locator('.choice:has(input:not(:checked)) label').first();
    const otherText = (await other.innerText()).replace(/^\d\s*/, '');
    await other.click();
    await expect(review).toBeVisible();
    const change20 = page.getByRole('button', { name: /^Change question 20:/ });
    await expect(change20).toBeFocused();
    await expect(change20).toBeInViewport({ ratio: 1 });
    await expect(page.locator('.review-item').nth(19).locator('.review-answer')).toHaveText(
      otherText,
    );
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    await topLink.click();
    await expect(page).toHaveURL(/\/results$/);
    await page.context().close();
  });
}
