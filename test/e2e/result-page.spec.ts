import { expect, test, type Page } from '@playwright/test';
import {
  collectErrors,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  openSection,
} from './helpers';
import { answerShortQuizQuestion, runShortQuiz, SHORT_QUIZ_LENGTH } from './hardening-helpers';

// Issue #13, part 1: the first screen of /results is the answer, and everything else opens and
// closes in the order a job seeker asks.

/** The bottom edge of an element, in CSS pixels from the top of the page. */
const bottomOf = (page: Page, name: Parameters<Page['getByRole']>[1] & object, role: 'link') =>
  page.getByRole(role, name).evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);

test('at 390 × 844 the first screen holds the type, how sure, why and the next steps', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await runShortQuiz(page);
  const hero = page.locator('.result-hero');
  await expect(hero.getByRole('heading', { level: 1, name: 'Product Manager fit' })).toBeVisible();
  await expect(
    hero.getByText(/^How sure we are: (Very likely|Likely): (over )?\d+%$/),
  ).toBeVisible();
  // The reasons count the taker's own choices.
  const reasons = hero.getByRole('list').first().getByRole('listitem');
  await expect(reasons).toHaveCount(3);
  await expect(reasons.first()).toHaveText(/^In 10 of 10 /);
  await expect(hero.getByRole('heading', { name: 'Job titles to search for' })).toBeVisible();
  await expect(hero.getByRole('list').nth(1).getByRole('listitem')).toHaveCount(3);
  // All of it, down to the share button, without scrolling.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await bottomOf(page, { name: 'Share your result' }, 'link')).toBeLessThanOrEqual(844);

  // The sections follow, closed, in the order a job seeker asks.
  const sections = page.locator('.result-sections .disclosure-heading button');
  await expect(sections).toHaveText([
    'What it means',
    'The map',
    'Your practice profile',
    'What the roles pay',
    'How to grow from here',
    'What this does not mean',
  ]);
  for (const button of await sections.all()) {
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  }
  await openSection(page, 'What it means');
  await expect(page.getByRole('heading', { level: 3, name: 'How sure we are' })).toBeVisible();
  await expect(page.getByText(/^Very likely: .*region of the map/)).toBeVisible();
  await openSection(page, 'What this does not mean');
  await expect(page.getByText(/must not be used to make hiring/)).toBeVisible();

  // "Share your result" takes the reader, and the keyboard focus, to the one share panel.
  await page.getByRole('link', { name: 'Share your result' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Share your result' })).toBeFocused();
  await expect(page.getByRole('group', { name: 'What should the link contain?' })).toHaveCount(1);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`at 320 × 640 in ${colorScheme} mode the answer comes first and nothing scrolls sideways`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 320, height: 640 },
      colorScheme,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto('/');
    await runShortQuiz(page);
    const inFirstScreen = async (locator: ReturnType<Page['locator']>) => {
      const box = await locator.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(640);
    };
    await inFirstScreen(page.getByRole('heading', { level: 1, name: 'Product Manager fit' }));
    await inFirstScreen(page.getByText(/^How sure we are: /));
    await inFirstScreen(page.locator('.result-reasons li').first());
    await expectNoHorizontalOverflow(page);
    for (const name of [
      'What it means',
      'The map',
      'What the roles pay',
      'How to grow from here',
    ]) {
      await openSection(page, name);
    }
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
    await context.close();
  });
}

test('an invited taker sends the result to the coach from the first screen, in one panel', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/c/#v=1&n=Dana%20Kim&e=dana%40example.com&l=short');
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < SHORT_QUIZ_LENGTH; i += 1) await answerShortQuizQuestion(page, i);
  await page.getByRole('button', { name: 'See my result' }).click();
  const send = page.getByRole('link', { name: 'Send to Dana Kim' });
  await expect(send).toBeInViewport();
  await send.click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Send your result to Dana Kim' }),
  ).toBeFocused();
  // One panel: the coach's link and email first, then the other ways to share.
  await expect(page.getByRole('group', { name: 'What should the link contain?' })).toHaveCount(1);
  await expect(page.getByRole('radio', { name: 'With scores' })).toBeChecked();
  const link = await page.getByRole('textbox', { name: 'Link for Dana Kim' }).inputValue();
  await expect(page.getByRole('link', { name: 'Email the link to Dana Kim' })).toHaveAttribute(
    'href',
    `mailto:dana@example.com?subject=My%20rolefit%20result&body=${encodeURIComponent(link)}`,
  );
  await expect(
    page.getByRole('heading', { level: 3, name: 'Or share it with others' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
