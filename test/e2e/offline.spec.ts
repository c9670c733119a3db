import { expect, test } from '@playwright/test';
import { collectErrors, waitForServiceWorker } from './helpers';
import { GOLDEN_PM, runShortQuiz } from './hardening-helpers';

// The service worker (dist/sw.js) precaches every page and chunk on the first visit; from then on
// the quiz, the results and share links work without a network.

test.use({ serviceWorkers: 'allow' });

test('after the first visit, the quiz, its results and a share link work offline', async ({
  page,
  context,
}) => {
  const firstVisitErrors = collectErrors(page);
  await page.goto('/');
  await waitForServiceWorker(page);
  expect(firstVisitErrors).toEqual([]);
  await context.setOffline(true);
  // Proof that the network is gone: a file the worker does not precache fails to load.
  expect(
    await page.evaluate(() =>
      fetch('/og/balanced.v1.png', { cache: 'no-store' }).then(
        () => 'online',
        () => 'offline',
      ),
    ),
  ).toBe('offline');

  const errors = collectErrors(page);

  // The whole short quiz, client-side, with every lazy chunk served by the worker.
  await runShortQuiz(page);

  // A reload is a navigation: the worker serves the prerendered page, and the result comes back.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Product Manager fit/ })).toBeVisible();

  // /quiz (canonical, no trailing slash) and a share link opened by typing it in.
  await page.goto('/quiz');
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await page.goto(GOLDEN_PM.path);
  await expect(page.getByRole('heading', { name: GOLDEN_PM.headline })).toBeVisible();

  // An unknown path offline gets the not-found page, not the browser's offline error.
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the worker is never registered inside the embed frame page', async ({ page }) => {
  await page.goto('/embed/');
  await page.waitForLoadState('networkidle');
  expect(
    await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)),
  ).toBe(0);
});
