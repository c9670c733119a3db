import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './helpers';
import { answerShortQuizQuestion } from './hardening-helpers';

// Saved progress across tabs, newer versions and failing storage (issue #11; docs/performance.md,
// "Saved progress"). Two pages in one context share one localStorage, as two tabs do.

test.describe('two tabs share progress; deletion and newer versions win (issue #11)', () => {
  /** The answers saved in this browser, by question id. */
  const savedAnswerIds = (page: Page) =>
    page.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('rolefit-quiz') ?? 'null') as {
        state?: { answers?: Record<string, unknown> };
      } | null;
      return Object.keys(saved?.state?.answers ?? {}).sort();
    });

  test('answers given in two tabs all survive', async ({ context }) => {
    const first = await context.newPage();
    const errors = collectErrors(first);
    await first.goto('/');
    await first.waitForLoadState('networkidle');
    await first.getByRole('button', { name: 'Start the short quiz' }).click();
    await answerShortQuizQuestion(first, 0);
    const second = await context.newPage();
    await second.goto('/quiz');
    for (const index of [1, 2, 3]) await answerShortQuizQuestion(second, index);
    // The first tab, still on question 2, sees the answers given in the second one.
    await expect(first.getByRole('radio', { checked: true })).toHaveCount(1);
    for (let i = 0; i < 3; i += 1) await first.getByRole('button', { name: 'Next' }).click();
    for (const index of [4, 5]) await answerShortQuizQuestion(first, index);
    expect(await savedAnswerIds(first)).toHaveLength(6);
    await second.reload();
    expect(await savedAnswerIds(second)).toHaveLength(6);
    expect(errors).toEqual([]);
  });

  test('"Delete my data" reaches the other open tab, and nothing comes back', async ({
    context,
  }) => {
    const quizTab = await context.newPage();
    await quizTab.goto('/');
    await quizTab.waitForLoadState('networkidle');
    await quizTab.getByRole('button', { name: 'Start the short quiz' }).click();
    for (const index of [0, 1, 2]) await answerShortQuizQuestion(quizTab, index);
    const privacyTab = await context.newPage();
    await privacyTab.goto('/privacy');
    await privacyTab.waitForLoadState('networkidle');
    await privacyTab.getByRole('button', { name: 'Delete my data' }).click();
    await expect(quizTab.getByText(/progress was deleted in another tab or window/)).toBeVisible();
    await expect(quizTab.getByRole('button', { name: 'Start the short quiz' })).toBeVisible();
    await expectNoAxeViolations(quizTab);
    expect(await savedAnswerIds(quizTab)).toEqual([]);
    expect(await quizTab.evaluate(() => localStorage.getItem('rolefit-quiz'))).toBeNull();
  });

  test('progress saved by a newer version is kept: the older page says so and does not save', async ({
    page,
  }) => {
    const newer = JSON.stringify({ state: { from: 'a newer rolefit' }, version: 99 });
    await page.goto('/robots.txt');
    await page.evaluate((value) => {
      localStorage.setItem('rolefit-quiz', value);
    }, newer);
    await page.goto('/quiz');
    await page.waitForLoadState('networkidle');
    const notice = page.getByText(/made by a newer version of rolefit/);
    await expect(notice).toContainText('nothing you do on this page is saved');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Start the short quiz' }).click();
    await answerShortQuizQuestion(page, 0);
    expect(await page.evaluate(() => localStorage.getItem('rolefit-quiz'))).toBe(newer);
  });

  test('a full storage says so, and its notice stays dismissed while saving keeps failing', async ({
    page,
  }) => {
    await page.goto('/robots.txt');
    await page.evaluate(() => {
      localStorage.setItem('something-that-fills-the-quota', 'x');
    });
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Start the short quiz' }).click();
    const notice = page.getByText(/storage for rolefit is full/);
    await expect(notice).toContainText("Clearing this site's data");
    await expect(page.getByText(/private browsing/)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    for (const index of [0, 1]) await answerShortQuizQuestion(page, index);
    await expect(notice).toHaveCount(0);
  });
});
