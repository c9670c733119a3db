import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { collectErrors, waitForServiceWorker } from './helpers';
import { close, createStaticHost, listen, type StaticHost } from './static-host';

// Each language has its own service worker for its own folder (scripts/service-worker-plugin.ts):
// /sw.js for the English pages, /de/sw.js for the German ones. After a visit to each, both work
// offline, and neither worker's caches remove the other's.

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
let host: StaticHost | undefined;
let origin = '';

test.beforeAll(async () => {
  host = createStaticHost(dist, 'serves-index');
  // An origin of its own: other specs preview dist/ on E2E_PORT, offline.spec.ts uses +1000 and +1001.
  origin = await listen(host.server, Number(process.env.E2E_PORT ?? 4173) + 1002);
});

test.afterAll(() => close(host?.server));

test.use({ serviceWorkers: 'allow' });

test('German and English pages both work offline after a visit, each from its own worker', async ({
  page,
  context,
}) => {
  const errors = collectErrors(page);
  await page.goto(`${origin}/de/`);
  await waitForServiceWorker(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '')).toMatch(
    /\/de\/sw\.js$/,
  );
  await page.goto(`${origin}/`);
  await waitForServiceWorker(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '')).toMatch(
    /[^e]\/sw\.js$/,
  );
  const cacheNames = await page.evaluate(() => caches.keys());
  expect(cacheNames.filter((n) => n.startsWith('rolefit-de-'))).toHaveLength(1);
  expect(cacheNames.filter((n) => !n.startsWith('rolefit-de-'))).toHaveLength(1);

  await context.setOffline(true);
  for (const [address, lang] of [
    ['/de/quiz', 'de'],
    ['/de/roles', 'de'],
    ['/quiz', 'en'],
    ['/roles', 'en'],
  ] as const) {
    await page.goto(`${origin}${address}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(errors).toEqual([]);
});
