import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** Runs axe with the WCAG 2.x A and AA rules and expects no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/**
 * Axe in light and then in dark mode on what the page shows now, ending in light. After each switch
 * it waits for two frames, so axe never measures contrast while the page is still being restyled.
 */
export async function expectAccessibleInBothSchemes(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        }),
    );
    await expectNoAxeViolations(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** A page in a new 320 × 720 px context in dark mode with reduced motion: the smallest phone we support. */
export async function openDarkPhone(
  browser: Browser,
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({
    viewport: { width: 320, height: 720 },
    colorScheme: 'dark',
    reducedMotion: 'reduce',
  });
  return { page: await context.newPage(), context };
}

/** Expects the page to need no horizontal scrolling. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Collects console errors and uncaught page errors for a test to assert on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Waits until the service worker has installed, activated and taken control of this page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) => {
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
    });
  });
}

/** Opens a section of a result page (src/components/disclosure.tsx) unless it is open already. */
export async function openSection(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  if ((await button.getAttribute('aria-expanded')) === 'false') await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
}

/** Opens a result's "Scores in detail" and returns the rows of its score table as text. */
export async function readScoreTable(page: Page, name: string): Promise<string> {
  const table = page.getByRole('table', { name });
  if (!(await table.isVisible())) await openSection(page, 'The map');
  if (!(await table.isVisible())) await page.getByText('Scores in detail (−100 to 100)').click();
  return table.locator('tbody').innerText();
}

/**
 * Chooses a quiz option with the keyboard, which never moves on by itself (a tap would, after a
 * pause a busy machine can outrun), so the test then confirms with Next as a keyboard user does.
 */
export async function chooseOption(page: Page, name: string): Promise<void> {
  const radio = page.getByRole('radio', { name, exact: true });
  await radio.focus();
  if (!(await radio.isChecked())) await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
}

/**
 * Finishes the English short quiz from the start page with number keys: option `key` on every
 * scenario, "Prefer not to say" for the context questions; ends on the result page.
 */
export async function finishShortQuizByKeys(page: Page, key = '1'): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the short quiz' }).click();
  for (let i = 0; i < 14; i += 1) {
    await expect(
      page.getByRole('heading', { level: 1, name: `Question ${i + 1} of 14` }),
    ).toBeFocused();
    if (i < 10) await page.keyboard.press(key);
    else await chooseOption(page, 'Prefer not to say');
    await page.getByRole('button', { name: i === 13 ? 'Review answers' : 'Next' }).click();
  }
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { name: 'Share your result' })).toBeVisible();
}

/** What CLS adds up: the layout shifts so far that no input caused. */
export async function layoutShiftTotal(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            // LayoutShift is not in TypeScript's DOM types.
            const value: unknown = Reflect.get(entry, 'value');
            if (Reflect.get(entry, 'hadRecentInput') !== true && typeof value === 'number') {
              total += value;
            }
          }
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(total);
        }, 200);
      }),
  );
}
