import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './helpers';

const pages = [
  { path: '/', heading: /product manager or product owner/i },
  { path: '/roles', heading: /product manager vs product owner/i },
  { path: '/how-it-works', heading: /how rolefit works/i },
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
