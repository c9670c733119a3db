import { expect, test, type Page } from '@playwright/test';
import {
  collectErrors,
  expectAccessibleInBothSchemes,
  expectNoHorizontalOverflow,
} from './helpers';
import { answerShortQuizQuestion, SHORT_QUIZ_LENGTH } from './hardening-helpers';

// "Your earlier results" (issue #13, part 5): retake asks first and keeps the result, the new
// result is compared with the previous one, /privacy lists and deletes, and the landing page
// offers "See your result" for a finished quiz. Set SCREENSHOTS=<dir> to also save screenshots.

/** Answers the short quiz on /quiz with option `key` everywhere and opens the result. */
async function finishShortQuiz(page: Page, key: string): Promise<void> {
  for (let i = 0; i < SHORT_QUIZ_LENGTH; i += 1) await answerShortQuizQuestion(page, i, { key });
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page).toHaveURL(/\/results$/);
}

async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${dir}/${name}-${scheme}.png`, fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
]) {
  test(`retake keeps the result and compares the new one with it (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    // Two quizzes and axe in both colour schemes on four screens: more than the default minute.
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    const errors = collectErrors(page);
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Start the short quiz' }).click();
    await finishShortQuiz(page, 'strategic-market');
    await expect(
      page.getByRole('heading', { level: 1, name: /Product Manager fit/ }),
    ).toBeVisible();
    // A first result has nothing earlier to show.
    await expect(page.getByRole('region', { name: 'Your earlier results' })).toHaveCount(0);

    // The landing page knows the quiz is finished.
    await page.goto('/');
    const seeResult = page.getByRole('link', { name: 'See your result' });
    await expect(seeResult).toBeVisible();
    await expect(page.getByRole('link', { name: 'Resume where you left off' })).toHaveCount(0);
    await expectAccessibleInBothSchemes(page);
    await shoot(page, `landing-finished-${viewport.width}`);
    await seeResult.click();
    await expect(page).toHaveURL(/\/results$/);

    // Retake asks first; Cancel keeps everything as it was.
    await page.getByRole('button', { name: 'Retake the quiz' }).click();
    const question = page.getByRole('group', { name: 'Start the quiz again?' });
    await expect(question).toContainText('Your current result stays on this device');
    await expect(page.getByText('Start the quiz again?')).toBeFocused();
    await expectAccessibleInBothSchemes(page);
    await shoot(page, `retake-confirm-${viewport.width}`);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('button', { name: 'Retake the quiz' })).toBeFocused();
    await page.getByRole('button', { name: 'Retake the quiz' }).click();
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(page).toHaveURL(/\/quiz$/);

    await finishShortQuiz(page, 'tactical-team');
    await expect(page.getByRole('heading', { level: 1, name: /Product Owner fit/ })).toBeVisible();
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(
        Date.now(),
      ),
    );
    const earlier = page.getByRole('region', { name: 'Your earlier results' });
    await expect(earlier).toContainText(
      `More tactical (hands-on) than on ${today} (a change beyond what retaking alone explains).`,
    );
    await expect(earlier).toContainText(
      `Product Owner fit now, Product Manager fit on ${today} (a change beyond what retaking alone explains).`,
    );
    const link = earlier.getByRole('link', { name: `${today}: Product Manager fit` });
    await expect(link).toHaveAttribute('href', /^\/r\/product-manager\/#r=[A-Za-z0-9_-]+$/);
    await earlier.scrollIntoViewIfNeeded();
    await expectNoHorizontalOverflow(page);
    await expectAccessibleInBothSchemes(page);
    await shoot(page, `earlier-results-${viewport.width}`);

    // The earlier result opens again from its link.
    await link.click();
    await expect(
      page.getByRole('heading', { level: 2, name: /Product Manager fit/ }),
    ).toBeVisible();

    // /privacy lists both with their dates and deletes one, then everything.
    await page.goto('/privacy');
    const deletes = page.getByRole('button', { name: /^Delete the result of/ });
    await expect(deletes).toHaveCount(2);
    await expect(
      page.getByRole('button', { name: `Delete the result of ${today} (Product Manager fit)` }),
    ).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectAccessibleInBothSchemes(page);
    await shoot(page, `privacy-kept-results-${viewport.width}`);
    await page
      .getByRole('button', { name: `Delete the result of ${today} (Product Manager fit)` })
      .click();
    await expect(deletes).toHaveCount(1);
    await page.getByRole('button', { name: 'Delete my data' }).click();
    await expect(page.getByText('No results are kept in this browser.')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('rolefit-history'))).toBeNull();
    expect(errors).toEqual([]);
  });
}
