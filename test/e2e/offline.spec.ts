import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { collectErrors, waitForServiceWorker } from './helpers';
import { GOLDEN_PM, runShortQuiz } from './hardening-helpers';
import { close, createStaticHost, DIRECTORY_STYLES, listen, type StaticHost } from './static-host';

// The service worker (dist/sw.js) precaches every page and chunk on the first visit; from then on
// the quiz, the results and share links work without a network. Both kinds of static host are
// covered: one that serves /quiz as it is, and one that redirects /quiz to /quiz/ (GitHub Pages).

const dist = fileURLToPath(new URL('../../dist', import.meta.url));

for (const directories of DIRECTORY_STYLES) {
  test.describe(`on a host that ${directories === 'redirects' ? 'redirects /quiz to /quiz/' : 'serves /quiz as it is'}`, () => {
    let host: StaticHost | undefined;
    let origin = '';

    test.beforeAll(async () => {
      host = createStaticHost(dist, directories);
      // An origin of its own: other specs preview dist/ on E2E_PORT.
      const first = Number(process.env.E2E_PORT ?? 4173) + 1000;
      origin = await listen(host.server, directories === 'redirects' ? first + 1 : first);
    });

    test.afterAll(() => close(host?.server));

    test.use({ serviceWorkers: 'allow' });

    test('after the first visit, the quiz, its results and a share link work offline', async ({
      page,
      context,
    }) => {
      // The whole quiz and a dozen navigations: more than the default minute on a busy machine.
      test.setTimeout(120_000);
      const firstVisitErrors = collectErrors(page);
      await page.goto(`${origin}/`);
      await waitForServiceWorker(page);
      expect(firstVisitErrors).toEqual([]);

      // Online, a page the worker serves from its cache opens in every form of its address.
      for (const address of ['/quiz', '/quiz/', '/roles', '/privacy/']) {
        await page.goto(`${origin}${address}`);
        await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
      }
      await page.goto(`${origin}/`);

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
      await expect(
        page.getByRole('heading', { level: 1, name: /Product Manager fit/ }),
      ).toBeVisible();

      // /quiz (canonical, no trailing slash), /quiz/, and a share link opened by typing it in.
      await page.goto(`${origin}/quiz`);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Check your answers' }),
      ).toBeVisible();
      await page.goto(`${origin}/quiz/`);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Check your answers' }),
      ).toBeVisible();
      await page.goto(`${origin}/how-it-works`);
      await expect(
        page.getByRole('heading', { level: 1, name: 'How rolefit scores your answers' }),
      ).toBeVisible();
      await page.goto(`${origin}${GOLDEN_PM.path}`);
      await expect(page.getByRole('heading', { name: GOLDEN_PM.headline })).toBeVisible();

      // An unknown path offline gets the not-found page, not the browser's offline error.
      await page.goto(`${origin}/no-such-page`);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      expect(errors).toEqual([]);
    });
  });
}

test('the worker is never registered inside the embed frame page', async ({ page }) => {
  await page.goto('/embed/');
  await page.waitForLoadState('networkidle');
  expect(
    await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)),
  ).toBe(0);
});
