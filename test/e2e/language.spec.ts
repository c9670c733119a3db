import { expect, test } from '@playwright/test';
import { expectAccessibleInBothSchemes } from './helpers';
import { GOLDEN_PM } from './hardening-helpers';

// Issue #15, addresses and discovery: German pages under /de/, alternates both ways, a switch that
// keeps the taker where they are, and a suggestion line (never a redirect) for German browsers.

test.describe('addresses', () => {
  test('each page names its language and its twin in the other language', async ({ page }) => {
    for (const [path, lang] of [
      ['/roles', 'en'],
      ['/de/roles', 'de'],
    ] as const) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const alternates = page.locator('link[rel="alternate"]');
      await expect(alternates.locator('xpath=self::*[@hreflang="en"]')).toHaveAttribute(
        'href',
        /\/roles$/,
      );
      await expect(alternates.locator('xpath=self::*[@hreflang="de"]')).toHaveAttribute(
        'href',
        /\/de\/roles$/,
      );
      await expect(alternates.locator('xpath=self::*[@hreflang="x-default"]')).toHaveAttribute(
        'href',
        /\.example\/roles$/,
      );
    }
  });

  test('the switch opens the same page in the other language, fragment and all', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(GOLDEN_PM.path);
    await page.waitForLoadState('networkidle');
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Deutsch' })
      .click();
    await expect(page).toHaveURL(`/de${GOLDEN_PM.path}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page.waitForLoadState('networkidle');
    await page
      .getByRole('navigation', { name: 'Sprache' })
      .getByRole('link', { name: 'English' })
      .click();
    await expect(page).toHaveURL(GOLDEN_PM.path);
    await expect(page.getByRole('heading', { name: GOLDEN_PM.headline })).toBeVisible();
  });

  test('the German home page is at /de/ and /de', async ({ page }) => {
    for (const path of ['/de/', '/de']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    }
  });
});

test.describe('a German browser on an English page', () => {
  test.use({ locale: 'de-DE' });

  test('sees one line suggesting the German page, and can say no for this visit', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto('/roles');
    const line = page.getByText('Diese Seite gibt es auch auf Deutsch.');
    await expect(line).toBeVisible();
    // Never a redirect: the English page stays.
    await expect(page).toHaveURL('/roles');
    await expect(page.locator('.language-suggestion')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('link', { name: 'Auf Deutsch lesen' })).toHaveAttribute(
      'href',
      '/de/roles',
    );
    await expectAccessibleInBothSchemes(page);
    await page.getByRole('button', { name: 'Nein, danke' }).click();
    await expect(line).toBeHidden();
    await page.goto('/privacy');
    await page.waitForLoadState('networkidle');
    await expect(page.getByText('Diese Seite gibt es auch auf Deutsch.')).toBeHidden();
  });

  test('sees no suggestion on the German pages', async ({ page }) => {
    await page.goto('/de/roles');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.language-suggestion')).toHaveCount(0);
  });
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('sees no suggestion on English pages, and one for English on German pages', async ({
    page,
  }) => {
    await page.goto('/roles');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.language-suggestion')).toHaveCount(0);
    await page.goto('/de/roles');
    await expect(page.getByText('This page is also available in English.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Read it in English' })).toHaveAttribute(
      'href',
      '/roles',
    );
  });
});
