import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { BankSchema, type Answers } from '../../src/domain/schema';
import { buildProgressManifest, encodeProgressCode } from '../../src/domain/progress-code';
import { buildShareManifest, encodeShareCode } from '../../src/domain/share-code';
import { prepareBank } from '../../src/domain/bank';
import { scoreAnswers } from '../../src/domain/scoring';
import { toSharedResultV2 } from '../../src/domain/shared-result';
import { collectErrors, expectNoAxeViolations, expectNoHorizontalOverflow } from './helpers';

// A real-looking posting from the evaluation set: titled Product Owner, duties of a Product Manager.
const { postings } = JSON.parse(
  readFileSync(new URL('../fixtures/postings/postings.json', import.meta.url), 'utf8'),
) as { postings: { id: string; title: string; text: string }[] };
const found = postings.find((p) => p.title === 'Digital Product Owner');
if (!found) throw new Error('fixture posting missing');
const misleading = found;
const benefits = '\nBenefits\nHealth insurance, a pension and a competitive salary.';

// A full quiz of the current bank: Product Owner choices in every scenario; market, strategy and
// business practised least; the rest weekly.
const bank = v.parse(
  BankSchema,
  JSON.parse(readFileSync(new URL('../../questions/bank.json', import.meta.url), 'utf8')),
);
const LEAST: Readonly<Record<string, string>> = {
  market: 'never',
  strategy: 'never',
  business: 'once-or-twice',
};
const fullAnswers: Answers = {
  ...Object.fromEntries(bank.scenarios.map((s) => [s.id, 'tactical-team'])),
  ...Object.fromEntries(bank.practice.map((p) => [p.id, LEAST[p.dimension] ?? 'weekly'])),
  country: 'gb',
  experience: '2-5',
  framework: 'scrum',
  'company-size': 'mid',
};
/** "Continue on another device": the whole full quiz, to finish in this browser. */
const progressPath = `/quiz#p=${encodeProgressCode(
  { revision: bank.revision, mode: 'full', answers: fullAnswers },
  buildProgressManifest(bank, 'full'),
)}`;
const scored = scoreAnswers(prepareBank(bank), fullAnswers, 'full');
if (!scored.ok) throw new Error('fixture answers are complete');
const result = toSharedResultV2(scored.value.choices, 'full', bank.revision);
const CONTEXT = new Set<string>(bank.context.map((c) => c.id));
const linkAnswers: Answers = Object.fromEntries(
  Object.entries(fullAnswers).filter(([id]) => !CONTEXT.has(id)),
);
/** The same result as a "With answers" link's code (no context answers) and a "With scores" one. */
const answersCode = encodeShareCode(
  { level: 'answers', result, answers: linkAnswers },
  buildShareManifest(bank, 'full'),
);
const scoresCode = encodeShareCode({ level: 'scores', result });
const growth = JSON.parse(
  readFileSync(new URL('../../questions/growth.json', import.meta.url), 'utf8'),
) as { tips: Record<string, { text: string }[]> };
const firstTip = (dimension: string) => growth.tips[dimension]?.[0]?.text ?? 'missing tip';

/**
 * Saves the page from `from` down to the end of `to`, in light and dark, when SCREENSHOTS=<dir> is
 * set (for looking at the page and for docs/screenshots).
 */
async function shoot(page: Page, name: string, from: Locator, to: Locator): Promise<void> {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const top = await from.boundingBox();
    const bottom = await to.boundingBox();
    const column = await page.locator('main article').boundingBox();
    if (!top || !bottom || !column) throw new Error('nothing to shoot');
    const x = Math.max(0, column.x - 16);
    const scrollY = await page.evaluate(() => window.scrollY);
    const y = Math.max(0, top.y + scrollY - 8);
    await page.screenshot({
      path: `${dir}/${name}-${scheme}.png`,
      fullPage: true,
      clip: { x, y, width: column.width + 32, height: bottom.y + scrollY + bottom.height + 8 - y },
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function pastePosting(page: Page): Promise<void> {
  await page.getByLabel('Job title (optional)').fill(misleading.title);
  await page.getByLabel('Job posting').fill(misleading.text + benefits);
  // The first placement also compiles the lexicon; on a busy machine that can take seconds.
  await expect(page.getByText(/^Reads like a Product Manager role\.$/)).toBeVisible({
    timeout: 30_000,
  });
}

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

for (const viewport of [
  { name: '390 px phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
]) {
  test(`a finished full quiz on this device: the result links to /job, which shows both, how close, and tips (${viewport.name})`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const errors = collectErrors(page);
    const elsewhere = watchOtherOrigins(page, baseURL ?? '');
    await page.goto(progressPath);
    await page.getByRole('button', { name: 'Load my answers' }).click();
    // Every answer is loaded: the quiz opens on its last question, answered.
    await page.getByRole('button', { name: 'Review answers' }).click();
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Product Owner fit/ })).toBeVisible();

    await page.getByRole('link', { name: 'Check a job posting against your result' }).click();
    await expect(page).toHaveURL(`${baseURL}/job#r=${scoresCode}`);
    await expect(
      page.getByText(/^The job will be shown beside your result: .*Product Owner fit/),
    ).toBeVisible();
    await pastePosting(page);

    const beside = page.getByRole('region', { name: 'Beside your result' });
    await expect(
      beside.getByText('This job is more strategic and more market-facing than your result.'),
    ).toBeVisible();
    await expect(beside.getByText(/^Strategic vs tactical: the job \d+ \(90% range/)).toBeVisible();
    await expect(beside.getByText(/yours from 28 scenario choices\.$/)).toBeVisible();
    await expect(
      page.getByRole('img', { name: /The job on the map: .* Your result on the map: strategic -/ }),
    ).toBeVisible();
    // The areas practised least that the posting asks for, with the answer given and its tips.
    const market = beside.getByRole('heading', { level: 5, name: 'Market & competitive insight' });
    await expect(market).toBeVisible();
    await expect(beside.getByText(/you answered “Never”\.$/).first()).toBeVisible();
    await expect(beside.getByText(firstTip('market'))).toBeVisible();
    await shoot(
      page,
      `job-beside-result-${viewport.width}`,
      page.getByText(/^The job will be shown beside your result/),
      beside.locator('.job-weak-area').first(),
    );

    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await expectNoHorizontalOverflow(page);
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('/job opened from a result link in another browser compares with the result in the link', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto(`/job#r=${answersCode}`);
  await expect(
    page.getByText(
      /^The job will be shown beside this result: .*Product Owner fit.*\(from the link you opened\)\.$/,
    ),
  ).toBeVisible();
  await pastePosting(page);
  const beside = page.getByRole('region', { name: 'Beside the linked result' });
  await expect(
    beside.getByText(
      'This job is more strategic and more market-facing than the result in the link.',
    ),
  ).toBeVisible();
  await expect(beside.getByText(/the taker answered “Never”\.$/).first()).toBeVisible();
  await expect(beside.getByText(firstTip('strategy'))).toBeVisible();
  await expectNoAxeViolations(page);

  // A "With scores" link has no practice answers, and says so.
  await page.goto(`/job#r=${scoresCode}`);
  await pastePosting(page);
  await expect(
    page.getByText(/^This result link carries the place on the map, not the practice answers/),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('a changed result link says so and keeps the posting; with no result the quiz is offered', async ({
  page,
}) => {
  await page.goto('/job');
  await expect(page.getByText('Take the quiz to see a job beside your own result.')).toBeVisible();
  await pastePosting(page);
  const broken = scoresCode.replace(/^(.)/, (c) => (c === 'A' ? 'B' : 'A'));
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#r=${broken}`);
  await expect(page.getByText(/^This link looks incomplete or was changed\./)).toBeVisible();
  await expect(page.getByLabel('Job posting')).toHaveValue(/\S/);
  await expect(page.getByText(/^Reads like a Product Manager role\.$/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Start the short quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Question 1 of 14/ })).toBeVisible();
});

test('"Copy link to this placement" carries the job’s place only; the link shows the same place, and a changed one says so', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/job');
  await pastePosting(page);
  const linkBox = page.getByLabel(/^Link to this placement/);
  const link = await linkBox.inputValue();
  expect(link).toMatch(new RegExp(`^${baseURL}/job#j=[A-Za-z0-9_-]{10}$`));
  const summary = await page.getByLabel(/^Summary/).inputValue();
  const strategicLine = summary.split('\n').find((l) => l.startsWith('Strategic (+)'));

  // Another browser, with nothing stored: the link alone shows the place.
  const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const otherPage = await other.newPage();
  const errors = collectErrors(otherPage);
  const elsewhere = watchOtherOrigins(otherPage, baseURL ?? '');
  await otherPage.goto(link);
  const shared = otherPage.getByRole('region', { name: 'A job’s place, from a link' });
  await expect(shared.getByText('Reads like a Product Manager role.')).toBeVisible();
  await expect(shared.getByText(strategicLine ?? 'missing line')).toBeVisible();
  await expect(
    otherPage.getByRole('img', { name: /^The job in the link on the map: strategic/ }),
  ).toBeVisible();
  await expect(shared.getByText(/^The posting itself is not in this link/)).toBeVisible();
  await expect(otherPage.getByLabel('Job posting')).toHaveValue('');
  await shoot(otherPage, 'job-placement-link-390', shared, shared);
  await expectNoAxeViolations(otherPage);
  await otherPage.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(otherPage);
  await expectNoHorizontalOverflow(otherPage);

  // One character changed: a clear message, and the page still places a pasted posting.
  const tampered = link.replace(/#j=(.)/, (_, c: string) => `#j=${c === 'A' ? 'B' : 'A'}`);
  await otherPage.goto(tampered);
  await expect(
    otherPage.getByText('This placement link looks incomplete or was changed, so it shows no job.'),
  ).toBeVisible();
  await pastePosting(otherPage);
  expect(elsewhere).toEqual([]);
  expect(errors).toEqual([]);
  await other.close();
});

test('a shared result page links to /job with its code, and the job is put beside that result', async ({
  page,
  baseURL,
}) => {
  await page.goto(`/r/${result.type}/#r=${scoresCode}`);
  await page.getByRole('link', { name: 'Check a job posting against this result' }).click();
  await expect(page).toHaveURL(`${baseURL}/job#r=${scoresCode}`);
  await expect(
    page.getByText(/^The job will be shown beside this result: .*Product Owner fit/),
  ).toBeVisible();
  await pastePosting(page);
  await expect(
    page
      .getByRole('region', { name: 'Beside the linked result' })
      .getByText(/^This job is more strategic/),
  ).toBeVisible();
});
