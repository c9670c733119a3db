import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { encodeShareCode } from '../../src/domain/share-code';
import { r1Manifests, v2Payload, type ScoredPayload } from '../domain/r1-payloads';
import {
  collectErrors,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  openDarkPhone,
} from './helpers';
import { countPdfPages, emulatePrint, expectMapLabelsClear, toMm } from './chart-helpers';

// Real codes from the released r1 bank (test/domain/r1-payloads.ts).
const scoresPayload = (picks: number[]) => v2Payload(picks, 'scores', 'full');

const pm = scoresPayload([0, 0, 0, 2]);
const po = scoresPayload([1, 1, 3, 1]);
const linkOf = (p: ScoredPayload) =>
  `https://rolefit.example/r/${p.result.type}/#r=${encodeShareCode(p)}`;
const pmLink = linkOf(pm);
const poLink = linkOf(po);
/** One character changed: the checksum rejects it. */
const brokenLink = pmLink.replace(/#r=(.)/, (_, c: string) => `#r=${c === 'A' ? 'B' : 'A'}`);

async function compareThree(page: Page) {
  await page.goto('/compare');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare results' })).toBeVisible();
  const box = page.getByRole('textbox', { name: 'Result links' });
  await box.fill([`Ana | ${pmLink}`, brokenLink, `Ben, "B" | ${poLink}`].join('\n'));
  await page.getByRole('button', { name: 'Compare' }).click();
  return page.getByRole('table', { name: /results side by side/i });
}

test('/compare: 3 links with one broken show 2 rows, flag the broken one and pass axe', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const table = await compareThree(page);

  await expect(table.getByRole('row')).toHaveCount(3); // header + 2
  await expect(table.getByRole('rowheader')).toHaveText(['Ana', 'Ben, "B"']);
  await expect(page.getByRole('heading', { name: '1 link could not be compared' })).toBeVisible();
  await expect(page.getByText(/Line 2 \(Client 2\): This link looks incomplete/)).toBeVisible();
  await expect(page.getByText('Self-reported results; links are not verified.')).toBeVisible();
  await expect(page.getByRole('img', { name: /map of 2 results/i })).toBeVisible();
  expect(page.url()).toContain('#l=Ana~');
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('/compare exports the table as CSV', async ({ page }) => {
  await expect(await compareThree(page)).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('rolefit-compare.csv');
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe(
    [
      'Label',
      'Result type',
      'Result in words',
      'Scoring model',
      'Strategic (+100) to tactical (−100): score',
      'Strategic to tactical: lowest of the 90% range',
      'Strategic to tactical: highest of the 90% range',
      'Market-facing (+100) to team-facing (−100): score',
      'Market-facing to team-facing: lowest of the 90% range',
      'Market-facing to team-facing: highest of the 90% range',
      'Product Manager (+100) to Product Owner (−100) fit: score',
      'Product Manager to Product Owner fit: lowest of the 90% range',
      'Product Manager to Product Owner fit: highest of the 90% range',
      'Link',
    ].join(','),
  );
  const s = pm.result.strategic;
  expect(lines[1]).toMatch(
    new RegExp(
      `^Ana,Product Manager fit,[^,]+,Scoring model 2,${s.value},${s.low},${s.high},.*,http://127\\.0\\.0\\.1:\\d+/r/`,
    ),
  );
  expect(lines[2]).toMatch(/^"Ben, ""B""",/);
  expect(lines).toHaveLength(4); // header, 2 rows, and the final line break
});

test('/compare keeps the list and labels in the fragment across a reload', async ({ page }) => {
  await expect(await compareThree(page)).toBeVisible();
  const label = page.getByRole('textbox', { name: 'Label for link 1' });
  await label.fill('Ana Kim');
  await expect(page.getByRole('rowheader', { name: 'Ana Kim' })).toBeVisible();
  await expect.poll(() => page.url()).toContain('#l=Ana%20Kim~');

  await page.reload();
  const table = page.getByRole('table', { name: /results side by side/i });
  await expect(table.getByRole('rowheader')).toHaveText(['Ana Kim', 'Ben, "B"']);
  await expect(page.getByRole('heading', { name: '1 link could not be compared' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Result links' })).toHaveValue(/^Ana Kim \| /);
});

test('/compare prints the table, the map and the links with no horizontal overflow', async ({
  page,
}, testInfo) => {
  await expect(await compareThree(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('table', { name: /results side by side/i })).toBeVisible();
  await expect(page.getByRole('img', { name: /map of 2 results/i })).toBeVisible();
  await expect(page.getByText(/^Printed on /)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Result links' })).toContainText(
    /http:\/\/127\.0\.0\.1:\d+\/r\//,
  );
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Result links' })).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Label for link 1' })).toBeHidden();
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: testInfo.outputPath('compare-print.png'), fullPage: true });
});

test('/compare fits a 320 px phone in dark mode and passes axe there', async ({ browser }) => {
  const { page, context } = await openDarkPhone(browser);
  await expect(await compareThree(page)).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
  await context.close();
});

test('/compare shows an answer grid for answer-level links and passes axe', async ({ page }) => {
  const answerLink = (p: ScoredPayload) =>
    `https://rolefit.example/r/${p.result.type}/#r=${encodeShareCode(p, r1Manifests[p.result.mode])}`;
  const full = v2Payload([0, 1, 2, 3], 'answers', 'full');
  const short = v2Payload([3, 2, 1, 0], 'answers', 'short');
  await page.goto('/compare');
  await page
    .getByRole('textbox', { name: 'Result links' })
    .fill([`Full | ${answerLink(full)}`, `Short | ${answerLink(short)}`].join('\n'));
  await page.getByRole('button', { name: 'Compare' }).click();

  const grid = page.getByRole('table', { name: 'Answers by question' });
  await expect(grid.getByRole('columnheader')).toHaveText(['Question', 'Full', 'Short']);
  await expect(grid.getByText('not asked in this version').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

const mid = scoresPayload([2, 3, 0, 1]);
const threeClients = [`Ana | ${pmLink}`, `Ben | ${poLink}`, `Cleo Long Name | ${linkOf(mid)}`].join(
  '\n',
);

async function compareThreeClients(page: Page) {
  await page.goto('/compare');
  await page.getByRole('textbox', { name: 'Result links' }).fill(threeClients);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('img', { name: /map of 3 results/i })).toBeVisible();
}

for (const format of ['A4', 'Letter'] as const) {
  test(`/compare prints three clients on the map, whole, on ${format}`, async ({ page }) => {
    await compareThreeClients(page);
    const pdf = await page.pdf({ format });
    expect(countPdfPages(pdf)).toBeGreaterThanOrEqual(1);
    expect(countPdfPages(pdf)).toBeLessThanOrEqual(2);

    await emulatePrint(page, format);
    const map = page.locator('.compare-map .fit-map');
    const box = await map.locator('svg').boundingBox();
    const printable = page.viewportSize()?.width ?? 0;
    expect(box && box.x >= 0 && box.x + box.width <= printable).toBe(true);
    // Big enough to read, small enough to sit on a page with the table: 9 to 12 cm wide.
    expect(toMm(box?.width ?? 0)).toBeGreaterThan(90);
    expect(toMm(box?.width ?? 0)).toBeLessThanOrEqual(121);
    expect(await expectMapLabelsClear(map)).toBe(3);
    await expect(map.locator('text.fit-map-point-label')).toHaveText([
      'Ana',
      'Ben',
      'Cleo Long Name',
    ]);
  });
}

for (const [width, height] of [
  [320, 640],
  [390, 844],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`/compare at ${width}×${height} (${colorScheme}): nothing scrolls sideways, labels clear the dots`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme });
      const page = await context.newPage();
      await compareThreeClients(page);
      await expectNoHorizontalOverflow(page);
      // Not the page, and not the tables inside it either.
      const wide = await page
        .locator('.compare-scroll, table')
        .evaluateAll((elements): string[] =>
          elements
            .filter((e) => e.scrollWidth > e.clientWidth + 1)
            .map((e) => String(e.getAttribute('class'))),
        );
      expect(wide).toEqual([]);
      expect(await expectMapLabelsClear(page.locator('.compare-map .fit-map'))).toBe(3);
      await expectNoAxeViolations(page);
      await context.close();
    });
  }
}

test('/compare exports the practice answers of answer-level links, in words', async ({ page }) => {
  const full = v2Payload([0, 1, 2, 3], 'answers', 'full');
  const link = `https://rolefit.example/r/${full.result.type}/#r=${encodeShareCode(full, r1Manifests.full)}`;
  await page.goto('/compare');
  await page
    .getByRole('textbox', { name: 'Result links' })
    .fill([`Full | ${link}`, `Scores | ${pmLink}`].join('\n'));
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('table', { name: 'Answers by question' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const [header = '', fullRow = ''] = readFileSync(await download.path(), 'utf8').split('\r\n');
  expect(header).toContain('Practice in the last 12 months: ');
  expect(fullRow).toContain('About monthly');
});
