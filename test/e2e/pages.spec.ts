import { expect, test, type Page } from '@playwright/test';
import {
  collectErrors,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  finishShortQuizByKeys,
  openDarkPhone,
} from './helpers';

const pages = [
  { path: '/', heading: /product manager or product owner/i },
  { path: '/roles', heading: /product manager vs product owner/i },
  { path: '/how-it-works', heading: /how rolefit scores your answers/i },
  { path: '/privacy', heading: /privacy/i },
  { path: '/r/product-owner/', heading: /product owner fit/i },
];

for (const { path, heading } of pages) {
  test(`${path} is prerendered, hydrates without errors and passes axe`, async ({
    page,
    request,
  }) => {
    const raw = await (await request.get(path)).text();
    expect(raw).toMatch(/<h1[^>]*>/); // content is in the static HTML, before any script runs
    const errors = collectErrors(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
}

test('an unknown path shows the not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: /page not found/i })).toBeVisible();
});

for (const path of [
  '/',
  '/roles',
  '/how-it-works',
  '/privacy',
  '/quiz',
  '/r/balanced/',
  '/404.html',
]) {
  test(`${path} fits a 320 px phone in dark mode and passes axe there`, async ({ browser }) => {
    const { page, context } = await openDarkPhone(browser);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
    await context.close();
  });
}

/**
 * On a phone, opens /roles and scrolls down to its last link, "Start the quiz"; returns how far down
 * that is (more than 1000 px).
 */
async function scrollRolesToItsEnd(page: Page): Promise<number> {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/roles');
  // Until the app has hydrated, the link is a plain link and the page loads afresh: wait until the
  // scroll manager has taken over from the browser's own scroll restoration.
  await page.waitForFunction(() => window.history.scrollRestoration === 'manual');
  await page.getByRole('link', { name: 'Start the quiz' }).scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(1000);
  return scrolled;
}

test('a new page starts at the top, back returns to where the reader was, and the title follows', async ({
  page,
}) => {
  const before = await scrollRolesToItsEnd(page);
  const rolesTitle = await page.title();

  // The link at the end of the page (a click needs no further scrolling).
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Start the rolefit quiz' }),
  ).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page).not.toHaveTitle(rolesTitle);

  await page.goBack();
  await expect(
    page.getByRole('heading', { level: 1, name: /product manager vs product owner/i }),
  ).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before);
  await expect(page).toHaveTitle(rolesTitle);
});

test('a reload keeps the place on the page; an address opened afresh in the same tab starts at the top', async ({
  page,
}) => {
  const kept = await scrollRolesToItsEnd(page);

  await page.reload();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(kept);

  // A fresh load's entry always has the key "default", like the one on /roles: it must not inherit
  // the place on /roles.
  await page.goto('/how-it-works');
  await expect(
    page.getByRole('heading', { level: 1, name: /how rolefit scores your answers/i }),
  ).toBeVisible();
  await page.waitForFunction(() => window.history.scrollRestoration === 'manual');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('/privacy names every key this site keeps in the browser after a quiz, a result and a scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await finishShortQuizByKeys(page);
  await page.mouse.wheel(0, 800);
  // A full load: the scroll manager keeps its places when the page is left (pagehide).
  await page.goto('/privacy');
  await expect(page.getByRole('heading', { level: 1, name: /privacy/i })).toBeVisible();
  const kept = await page.evaluate(() => [
    ...Object.keys(window.localStorage),
    ...Object.keys(window.sessionStorage),
  ]);
  expect(kept).toEqual(
    expect.arrayContaining(['rolefit-quiz', 'rolefit-history', 'rolefit-scroll']),
  );
  const named = await page.locator('main code').allTextContents();
  for (const key of kept) expect(named, `${key} is named on /privacy`).toContain(key);
});
