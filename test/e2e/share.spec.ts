import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import {
  chooseOption,
  collectErrors,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  finishShortQuizByKeys as finishShortQuiz,
  layoutShiftTotal,
  openSection,
  readScoreTable,
} from './helpers';
import { countPdfPages, emulatePrint, expectMapLabelsClear, toMm } from './chart-helpers';

async function linkFor(page: Page, level: RegExp): Promise<string> {
  await page.getByRole('radio', { name: level }).check();
  return page.getByRole('textbox', { name: 'Your link' }).inputValue();
}

test('a scores-level link opens in a fresh browser with the same numbers', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await finishShortQuiz(page);
  const headline = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const scores = await readScoreTable(page, 'Your scores');
  const link = await linkFor(page, /With scores/);
  expect(link).toMatch(/\/r\/[a-z-]+\/#r=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThanOrEqual(120);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const errors = collectErrors(other);
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 2, name: headline })).toBeVisible();
  expect(await readScoreTable(other, 'Shared scores')).toBe(scores);
  await expectNoAxeViolations(other);
  expect(errors).toEqual([]);
  await fresh.close();
});

test('a scores link shows its text without moving anything; the map draws once scrolled to', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/r/product-manager/#r=FABYmRkZGRkZGRkZAOAAAAAAqg');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Strong Product Manager fit' }),
  ).toBeVisible();
  const table = page.getByText('Scores in detail (−100 to 100)');
  const map = page.getByRole('img', { name: /^Map: strategic 100 \(90% range 100 to 100\)/ });
  // The text alternative and the scores are there before the chart is drawn.
  await expect(table).toBeVisible();
  await expect(map).toBeVisible();
  await expect(page.locator('.fit-map svg')).toHaveCount(0);
  expect(await layoutShiftTotal(page)).toBe(0);

  const tableTop = () => table.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const before = await tableTop();
  await map.scrollIntoViewIfNeeded();
  await expect(page.locator('.fit-map svg')).toBeVisible();
  await expect(map).toBeVisible();
  // The drawing takes its stand-in's place exactly.
  expect(await tableTop()).toBe(before);
  expect(await layoutShiftTotal(page)).toBe(0);
  expect(errors).toEqual([]);
});

test('a type-only link carries no fragment; an answers-level link shows every answer', async ({
  page,
  browser,
}) => {
  await finishShortQuiz(page, '2');
  const typeOnly = await linkFor(page, /Result type only/);
  // No scores: a named type has no fragment; a "between" result carries only its two types and their
  // probabilities (an 8-character verdict code).
  expect(typeOnly).toMatch(/\/r\/[a-z-]+\/(#r=[A-Za-z0-9_-]{8})?$/);
  const withAnswers = await linkFor(page, /With answers/);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(withAnswers);
  const answers = other.getByRole('region', { name: 'The answers in this link' });
  await expect(answers.getByRole('listitem')).toHaveCount(10);
  await expect(answers.getByText('Not answered')).toHaveCount(0);
  await fresh.close();
});

test('malformed, tampered and unknown links show a clear message and a way to take the quiz', async ({
  page,
}) => {
  const errors = collectErrors(page);
  for (const hash of ['#r=abc', '#r=FABYmRkZGRkZGRkZAOAAAAAAqX', '#r=%%%', '#r=']) {
    await page.goto(`/r/product-owner/${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Product Owner fit' })).toBeVisible();
    if (hash !== '#r=') await expect(page.getByText(/incomplete or was changed/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Take the quiz yourself' })).toBeVisible();
  }
  await page.goto('/r/not-a-type/#r=abc');
  await expect(
    page
      .getByRole('heading', { level: 1, name: 'Page not found' })
      .or(page.getByRole('heading', { level: 1, name: 'Unknown result type' })),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('a link whose path and payload disagree is corrected to the payload type', async ({
  page,
}) => {
  // golden revision-1 code for a strong Product Manager result, opened under the wrong path
  await page.goto('/r/product-owner/#r=FABYmRkZGRkZGRkZAOAAAAAAqg');
  await expect(page).toHaveURL(/\/r\/product-manager\/#r=/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Strong Product Manager fit' }),
  ).toBeVisible();
  await expect(page.getByText(/we corrected it/)).toBeVisible();
});

test('continue on another device resumes in a fresh browser', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the full quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Question 1 of 41/ })).toBeFocused();
  await page.keyboard.press('3');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Question 2 of 41/ })).toBeFocused();
  await page.keyboard.press('1');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Question 3 of 41/ })).toBeFocused();
  const chosen = await page.evaluate(() => localStorage.getItem('rolefit-quiz'));
  await page.getByRole('button', { name: 'Continue on another device' }).click();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  const link = await page
    .getByRole('textbox', { name: 'Link with your answers so far' })
    .inputValue();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await other.getByRole('button', { name: 'Load my answers' }).click();
  await expect(other.getByRole('heading', { level: 1, name: /Question 3 of 41/ })).toBeVisible();
  const saved = await other.evaluate(() => localStorage.getItem('rolefit-quiz'));
  const answersOf = (json: string | null) =>
    (JSON.parse(json ?? '{}') as { state: { answers: unknown } }).state.answers;
  expect(answersOf(saved)).toEqual(answersOf(chosen));
  await fresh.close();
});

test.describe('continue on another device, with the service worker blocked', () => {
  // The worker precaches every chunk and would answer the requests page.route() is to see or fail.
  test.use({ serviceWorkers: 'block' });

  test('its code is fetched only when opened, and a failed load offers a retry', async ({
    page,
  }) => {
    const panelChunk = /\/assets\/continue-elsewhere-panel-[\w-]+\.js$/;
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/');
    await page.getByRole('button', { name: 'Start the short quiz' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Question 1 of 14/ })).toBeFocused();
    await page.waitForLoadState('networkidle');
    expect(
      scripts.filter((path) => /share-code|qr-code|copy-link|continue-elsewhere/.test(path)),
    ).toEqual([]);

    await page.route(panelChunk, (route) => route.fulfill({ status: 404 }));
    await page.getByRole('button', { name: 'Continue on another device' }).click();
    await expect(page.getByRole('alert')).toContainText('The link could not be prepared');
    await expect(page.getByRole('heading', { level: 1, name: /Question 1 of 14/ })).toBeVisible();
    await page.unroute(panelChunk);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('textbox', { name: 'Link with your answers so far' })).toHaveValue(
      /\/quiz#p=/,
    );
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  });

  test('a continue link whose screen fails to load says so and offers a retry', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start the short quiz' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Question 1 of 14/ })).toBeFocused();
    await page.keyboard.press('2');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Continue on another device' }).click();
    const link = await page
      .getByRole('textbox', { name: 'Link with your answers so far' })
      .inputValue();

    const importChunk = /\/assets\/import-progress-[\w-]+\.js$/;
    const other = await context.newPage();
    await other.route(importChunk, (route) => route.fulfill({ status: 404 }));
    await other.goto(link);
    const alert = other.getByRole('alert');
    await expect(alert).toContainText('Part of rolefit did not load');
    await expect(alert.getByRole('heading', { level: 1 })).toHaveText(
      'This link could not be read',
    );
    await other.unroute(importChunk);
    await other.getByRole('button', { name: 'Try again' }).click();
    await expect(
      other.getByRole('heading', { level: 1, name: 'Continue your quiz here?' }),
    ).toBeVisible();
    await expect(other.getByText(/carries 1 answer from a short quiz/)).toBeVisible();
  });
});

for (const format of ['A4', 'Letter'] as const) {
  test(`printing the result on ${format} keeps the map whole, with the dot`, async ({ page }) => {
    await finishShortQuiz(page);
    await emulatePrint(page, format);
    await expect(page.getByRole('heading', { name: 'Share your result' })).toBeHidden();
    const map = page.locator('.fit-map');
    const box = await map.locator('svg').boundingBox();
    const printable = page.viewportSize()?.width ?? 0;
    expect(box && box.x >= 0 && box.x + box.width <= printable).toBe(true);
    // The size it prints at: a column of the two-column report, 6 to 8 cm wide.
    expect(toMm(box?.width ?? 0)).toBeGreaterThan(60);
    expect(toMm(box?.width ?? 0)).toBeLessThanOrEqual(78.5);
    expect(await expectMapLabelsClear(map)).toBe(1);
    await page.screenshot({ path: `e2e-out/print-result-${format}.png`, fullPage: true });
  });
}

test('a chart inside a closed <details> is drawn and printed whole', async ({ page }) => {
  // The results page puts its sections in <details>: a closed one must still print its chart.
  await page.setViewportSize({ width: 390, height: 844 });
  await finishShortQuiz(page);
  await page.evaluate(() => {
    const figure = document.querySelector('.fit-map')?.closest('figure');
    if (!figure?.parentElement) throw new Error('no map figure');
    const details = document.createElement('details');
    details.innerHTML = '<summary>The map</summary>';
    figure.parentElement.insertBefore(details, figure);
    details.append(figure);
  });
  await expect(page.locator('details:not([open]) .fit-map')).toBeHidden();
  // Its code is fetched when the page is idle; then printing draws it at once.
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => /fit-map/.test(e.name)),
      ),
    )
    .toBe(true);
  await emulatePrint(page, 'A4');
  const map = page.locator('details:not([open]) .fit-map');
  await expect(map.locator('svg')).toBeVisible();
  expect(toMm((await map.locator('svg').boundingBox())?.width ?? 0)).toBeGreaterThan(60);
  expect(await expectMapLabelsClear(map)).toBe(1);
});

test('a shared result prints its map whole on A4 and Letter', async ({ page, context }) => {
  await finishShortQuiz(page);
  const link = await linkFor(page, /With scores/);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { name: 'The map' })).toBeVisible();
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await other.pdf({ format });
    expect(countPdfPages(pdf)).toBe(1);
  }
  await emulatePrint(other, 'Letter');
  expect(await expectMapLabelsClear(other.locator('.fit-map'))).toBe(1);
});

test('the Print button draws the map before printing, even where nobody scrolled', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.print = () => {
      document.body.dataset.chartsWhenPrinted = String(
        document.querySelectorAll('.fit-map svg').length,
      );
    };
  });
  await page.setViewportSize({ width: 360, height: 640 });
  await finishShortQuiz(page);
  // The map waits in its closed section, undrawn.
  await expect(page.getByRole('button', { name: 'The map' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(page.locator('.fit-map svg')).toHaveCount(0);
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-charts-when-printed', '1');
});

test('the printed report of a full quiz fits on two A4 or Letter pages, with both charts whole', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the full quiz' }).click();
  for (let i = 0; i < 41; i += 1) {
    await expect(
      page.getByRole('heading', { level: 1, name: `Question ${i + 1} of 41` }),
    ).toBeFocused();
    if (i < 37) await page.keyboard.press(String((i % 4) + 1));
    else await chooseOption(page, 'Prefer not to say');
    await page.getByRole('button', { name: i === 40 ? 'Review answers' : 'Next' }).click();
  }
  await page.getByRole('button', { name: 'See my result' }).click();
  // Charts draw when they come near the viewport: open both sections and scroll past, as a reader would.
  await openSection(page, 'The map');
  await page.getByRole('heading', { name: 'The map' }).scrollIntoViewIfNeeded();
  await expect(page.locator('.fit-map svg')).toBeVisible();
  await openSection(page, 'Your practice profile');
  await page.getByRole('heading', { name: 'Your practice profile' }).scrollIntoViewIfNeeded();
  await expect(page.locator('.skill-chart svg')).toBeVisible();
  // A browser's print fires beforeprint (the page opens every section and lays the charts out for
  // paper); page.pdf() does not, so the test fires it as the browser would.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    writeFileSync(`e2e-out/full-report-${format}.pdf`, pdf);
    const pages = countPdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  }
  // On paper both charts are whole: every bar and the dot inside the drawing, the drawing inside
  // the printable width.
  for (const format of ['A4', 'Letter'] as const) {
    await emulatePrint(page, format);
    const printable = page.viewportSize()?.width ?? 0;
    const bars = page.locator('.skill-chart');
    const chart = await bars.locator('svg').boundingBox();
    if (!chart) throw new Error('the practice chart is not drawn');
    expect(chart.x).toBeGreaterThanOrEqual(0);
    expect(chart.x + chart.width).toBeLessThanOrEqual(printable);
    expect(toMm(chart.width)).toBeGreaterThan(60);
    const barBoxes = await bars
      .locator('.skill-chart-bar, .skill-chart-label')
      .evaluateAll((elements) =>
        elements.map((e) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
      );
    expect(barBoxes).toHaveLength(18); // nine areas: a bar and a name each
    for (const b of barBoxes) {
      expect(b.left).toBeGreaterThanOrEqual(chart.x - 0.5);
      expect(b.right).toBeLessThanOrEqual(chart.x + chart.width + 0.5);
      expect(b.bottom).toBeLessThanOrEqual(chart.y + chart.height + 0.5);
    }
    expect(await expectMapLabelsClear(page.locator('.fit-map'))).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('model-2 links: a "between" result reads as between two types, and its type-only link says so too', async ({
  page,
}) => {
  const errors = collectErrors(page);
  // Golden model-2 codes (test/domain/share-code-v2.golden.json): a short quiz between two types.
  await page.goto('/r/strategic-technical/#r=JIBgKAACgAD4');
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: 'Between strategic-technical hybrid and Product Manager',
    }),
  ).toBeVisible();
  await expect(page.getByText('Scored with model 2 (a probability for each type).')).toBeVisible();
  await expect(
    page.getByText(/^Between strategic-technical hybrid \(\d+%\) and Product Manager \(\d+%\)\./),
  ).toBeVisible();
  // Its first screen names both types; the words speak about the taker, not to the viewer.
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Between strategic-technical hybrid and Product Manager',
    }),
  ).toBeVisible();
  await expect(page.getByText(/^Too close to call: \d+% and \d+%$/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Product Manager' })).toBeVisible();
  await expect(page.locator('article').getByText(/\byour?\b/i)).toHaveCount(0);
  const shares = page.getByRole('table', { name: 'How the 10 scenario choices split' });
  await expect(shares.getByRole('row', { name: /Market and business/ })).toContainText('of 10');
  // The signed scores wait behind "Scores in detail".
  await expect(page.getByRole('table', { name: 'Shared scores' })).toBeHidden();
  expect(await readScoreTable(page, 'Shared scores')).toMatch(/Classic-role/);
  await expectNoAxeViolations(page);

  await page.goto('/r/strategic-technical/#r=IIBgyYhx');
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: 'Between strategic-technical hybrid and Product Manager',
    }),
  ).toBeVisible();
  await expect(
    page.getByText('This link shares the result only, without scores or answers.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('a model-1 link says it was scored with the first model', async ({ page }) => {
  await page.goto('/r/product-manager/#r=FABYmRkZGRkZGRkZAOAAAAAAqg');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Strong Product Manager fit' }),
  ).toBeVisible();
  await expect(page.getByText(/Scored with rolefit’s first scoring model/)).toBeVisible();
});

/** The WCAG contrast ratio of two computed CSS colours ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, bl = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

for (const [width, height] of [
  [320, 640],
  [390, 844],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the map at ${width}×${height} (${colorScheme}): labels clear the dot, the dot stands out`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme });
      const page = await context.newPage();
      await finishShortQuiz(page);
      // At a phone's width the map waits in its closed section: open it and scroll to it, as a
      // reader would (the stand-in there is replaced when the map draws).
      await openSection(page, 'The map');
      await page.getByRole('heading', { name: 'The map' }).scrollIntoViewIfNeeded();
      const map = page.locator('.fit-map');
      await expect(map.locator('svg')).toBeVisible();
      expect(await expectMapLabelsClear(map)).toBe(1);
      // The dot against the map behind it, and its outer ring against the page: 3:1 or more.
      const colors = await map.evaluate((element) => {
        const fill = (selector: string, property: 'fill' | 'stroke') =>
          getComputedStyle(element.querySelector(selector) ?? element)[property];
        return {
          dot: fill('.fit-map-dot-fill', 'fill'),
          ring: fill('.fit-map-dot-ring', 'stroke'),
          page: getComputedStyle(document.body).backgroundColor,
        };
      });
      expect(contrast(colors.dot, colors.page)).toBeGreaterThanOrEqual(3);
      expect(contrast(colors.ring, colors.page)).toBeGreaterThanOrEqual(3);
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page);
      await context.close();
    });
  }
}
