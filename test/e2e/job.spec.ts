import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectErrors, expectNoAxeViolations, expectNoHorizontalOverflow } from './helpers';

// A real-looking posting from the evaluation set: titled Product Owner, duties of a Product Manager.
const { postings } = JSON.parse(
  readFileSync(new URL('../fixtures/postings/postings.json', import.meta.url), 'utf8'),
) as { postings: { id: string; title: string; text: string }[] };
const misleading = postings.find((p) => p.title === 'Digital Product Owner');
if (!misleading) throw new Error('fixture posting missing');
const benefits = '\nBenefits\nHealth insurance, a pension and a competitive salary.';

function watchOtherOrigins(page: Page, origin: string): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      requests.push(url);
  });
  return requests;
}

for (const viewport of [
  { name: '390 px phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
]) {
  test(`job page on ${viewport.name}: map, highlights and title check, axe clean, nothing elsewhere`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const errors = collectErrors(page);
    const elsewhere = watchOtherOrigins(page, baseURL ?? '');
    await page.goto('/');
    await page.getByRole('link', { name: 'see where a job posting sits' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Where does this job sit?' }),
    ).toBeVisible();

    await page.getByLabel('Job title (optional)').fill(misleading.title);
    await page.getByLabel('Job posting').fill(misleading.text + benefits);

    // The first placement also compiles the lexicon; on a busy machine that can take seconds.
    await expect(page.getByText(/^Reads like a Product Manager role\.$/)).toBeVisible({
      timeout: 30_000,
    });
    await expect(
      page.getByRole('paragraph').filter({
        hasText: 'Titled Product Owner, but the duties read like a Product Manager job.',
      }),
    ).toBeVisible();
    await expect(page.getByRole('img', { name: /The job on the map: strategic/ })).toBeVisible();
    await expect(page.locator('mark[data-quadrant="strategic-market"]').first()).toBeVisible();
    // Benefits are never marked.
    await expect(page.locator('mark', { hasText: 'pension' })).toHaveCount(0);
    const table = page.getByRole('table', { name: 'Phrases found, by what they point to' });
    await expect(table.getByRole('row', { name: /Strategy and the market/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy summary' })).toBeVisible();
    await expect(page.getByLabel(/^Summary/)).toHaveValue(/Reads like a Product Manager role/);
    // The posting never goes into the address.
    expect(page.url()).toBe(`${baseURL}/job`);

    await expectNoAxeViolations(page);
    await expectNoHorizontalOverflow(page);
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('a posting with too little to go on says so instead of guessing', async ({ page }) => {
  await page.goto('/job');
  await page.getByLabel('Job posting').fill('We are hiring! Great team, free snacks, apply now.');
  await expect(page.getByRole('paragraph').filter({ hasText: /^Not enough to go on/ })).toBeVisible(
    { timeout: 30_000 },
  );
  await expectNoAxeViolations(page);
});
