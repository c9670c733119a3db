import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { decodeShareCode, encodeShareCode } from '../../src/domain/share-code';
import { share as en } from '../../src/words/en/share';
import { share as de } from '../../src/words/de/share';
import { links as deLinks } from '../../src/words/de/links';
import {
  collectErrors,
  expectAccessibleInBothSchemes,
  finishShortQuizByKeys as finishShortQuiz,
} from './helpers';

// Issue #15: a result code carries no language. An answers-level ("With answers") link made on the
// English pages opens under /de/ with the same type and the same numbers, and a link made on the
// German pages opens in English the same way. The German share page is checked at phone width.

const PHONE = { width: 390, height: 844 };

/** The German scenario prompts (questions/lang/de/bank.json). */
const germanPrompts = Object.values(
  (
    JSON.parse(
      readFileSync(new URL('../../questions/lang/de/bank.json', import.meta.url), 'utf8'),
    ) as { scenarios: Record<string, { prompt: string }> }
  ).scenarios,
).map((t) => t.prompt);

/** The same scores-level result as `code`, as a later rolefit with bank revision 250 would write it. */
function fromNewerRevision(code: string): string {
  const decoded = decodeShareCode(
    code,
    () => undefined,
    () => true,
  );
  if (!decoded.ok || decoded.value.level !== 'scores') throw new Error('not a scores-level code');
  const { result } = decoded.value;
  return encodeShareCode({ level: 'scores', result: { ...result, revision: 250 } });
}

/** The "With answers" link the share panel offers, in the panel's language. */
async function answersLink(page: Page, words: typeof en): Promise<string> {
  await page.getByRole('radio', { name: words.panel.levels.answers.title }).check();
  return page.getByRole('textbox', { name: words.panel.yourLink }).inputValue();
}

/**
 * What a shared-result page shows of a link, language-free: the type (from the address), and every
 * number of its details in order: the summary ("92%"), the choice shares, the map's text
 * alternative (scores and 90% ranges) and the score table. German writes "92 %" and "−12"; only the
 * digits and the sign are compared.
 */
async function readShared(page: Page, words: typeof en) {
  await expect(page.getByRole('region', { name: words.page.answers.heading })).toBeVisible();
  const type = /\/r\/([a-z-]+)\//.exec(new URL(page.url()).pathname)?.[1];
  const details = page.locator('article.results');
  const texts = [
    await details.locator('p.result-summary').last().textContent(),
    await details.locator('table.shares tbody').first().textContent(),
    await details.locator('.chart-figure [role="img"]').first().getAttribute('aria-label'),
    await details
      .locator('table')
      .filter({ has: page.locator('caption', { hasText: words.page.mapCaption }) })
      .locator('tbody')
      .first()
      .textContent(),
  ];
  const numbers = texts.map((t) => (t ?? '').replaceAll('−', '-').match(/-?\d+/g) ?? []);
  const answers = details.getByRole('region', { name: words.page.answers.heading });
  return {
    type,
    numbers,
    answered: await answers.getByRole('listitem').count(),
    unanswered: await answers.getByText(words.page.answers.none, { exact: true }).count(),
    questions: await answers.locator('.review-question').allTextContents(),
  };
}

/** Opens `link` in a fresh phone-sized browser and reads it. */
async function openFresh(browser: Browser, link: string, words: typeof en) {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(link);
  const read = await readShared(page, words);
  expect(errors).toEqual([]);
  await context.close();
  return read;
}

test('an answers-level link made in English opens in German with the same type and numbers', async ({
  page,
  browser,
}) => {
  await finishShortQuiz(page, '2');
  const link = await answersLink(page, en);
  expect(link).toMatch(/^http:\/\/[^/]+\/r\/[a-z-]+\/#r=[A-Za-z0-9_-]+$/);
  const german = link.replace(/^(http:\/\/[^/]+)\/r\//, '$1/de/r/');

  const inEnglish = await openFresh(browser, link, en);
  const inGerman = await openFresh(browser, german, de);
  expect(inEnglish.numbers.every((n) => n.length > 0)).toBe(true);
  expect({ ...inGerman, questions: [] }).toEqual({ ...inEnglish, questions: [] });
  expect(inGerman.answered).toBe(10);
  expect(inGerman.unanswered).toBe(0);
  // The questions in the German words of the link's bank revision.
  expect(inGerman.questions).toHaveLength(10);
  for (const question of inGerman.questions) expect(germanPrompts).toContain(question);
  expect(inEnglish.questions.filter((q) => germanPrompts.includes(q))).toEqual([]);
});

test('an answers-level link made on the German pages points to /de/ and opens in English the same', async ({
  page,
  browser,
}) => {
  // The progress is the browser's, whatever the language: the German results page shows it.
  await finishShortQuiz(page, '3');
  const english = await answersLink(page, en);
  await page.goto('/de/results');
  await expect(page.getByRole('heading', { name: de.panel.heading })).toBeVisible();
  const link = await answersLink(page, de);
  expect(link).toMatch(/^http:\/\/[^/]+\/de\/r\/[a-z-]+\/#r=[A-Za-z0-9_-]+$/);
  // The same code on either page: the code has no language.
  expect(link.replace('/de/r/', '/r/')).toBe(english);

  const inGerman = await openFresh(browser, link, de);
  const inEnglish = await openFresh(browser, link.replace('/de/r/', '/r/'), en);
  expect({ ...inEnglish, questions: [] }).toEqual({ ...inGerman, questions: [] });
  expect(inEnglish.answered).toBe(10);
});

test('the German shared-result page at 390 px: German words, German errors, axe clean light and dark', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  const errors = collectErrors(page);
  // Golden model-2 code (test/domain/share-code-v2.golden.json): between two types, scores level.
  await page.goto('/de/r/strategic-technical/#r=JIBgKAACgAD4');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByText(de.page.eyebrow)).toBeVisible();
  await expect(page.getByRole('link', { name: de.page.takeQuizYourself })).toBeVisible();
  await expect(page.getByRole('button', { name: de.page.map })).toBeVisible();
  await expect(page.getByRole('link', { name: de.page.job.link })).toHaveAttribute(
    'href',
    /^\/de\/job#r=JIBgKAACgAD4$/,
  );
  await expect(page.getByText(en.page.eyebrow)).toHaveCount(0);
  await expectAccessibleInBothSchemes(page);

  // A changed, an incomplete and a garbled link: said in German, with the type's description kept.
  for (const hash of ['#r=abc', '#r=FABYmRkZGRkZGRkZAOAAAAAAqX', '#r=%%%']) {
    await page.goto(`/de/r/product-owner/${hash}`);
    await expect(page.getByText(deLinks.problems.changed)).toBeVisible();
    await expect(page.getByText(de.page.problemAfter)).toBeVisible();
  }
  await expectAccessibleInBothSchemes(page);
  // A link from a newer rolefit: the same result from a bank revision this build does not know.
  await page.goto(`/de/r/strategic-technical/#r=${fromNewerRevision('JIBgKAACgAD4')}`);
  await expect(page.getByText(deLinks.problems.newer)).toBeVisible();
  // A path that names another type than the code is corrected, staying in German.
  await page.goto('/de/r/product-owner/#r=FABYmRkZGRkZGRkZAOAAAAAAqg');
  await expect(page).toHaveURL(/\/de\/r\/product-manager\/#r=FABYmRkZGRkZGRkZAOAAAAAAqg$/);
  await expect(page.getByText(de.page.corrected)).toBeVisible();
  expect(errors).toEqual([]);
});

test('German share pages have German titles, previews and /de/ addresses; English ones keep theirs', async ({
  request,
}) => {
  for (const [base, words, image] of [
    ['/de', de, /^https?:\/\/[^/]+\/og\/de\/product-owner\.v2\.png$/],
    ['', en, /^https?:\/\/[^/]+\/og\/product-owner\.v2\.png$/],
  ] as const) {
    const html = await (await request.get(`${base}/r/product-owner/`)).text();
    const meta = (key: string) =>
      new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
    const name = base === '' ? 'Product Owner fit' : 'Product-Owner-Profil';
    expect(html).toContain(`<title>${words.head.title(name)}</title>`);
    expect(meta('og:title')).toBe(words.head.previewTitle(name));
    expect(meta('og:locale')).toBe(words.head.ogLocale);
    expect(meta('og:description')).toContain(words.head.typeLines['product-owner']);
    expect(meta('og:image')).toMatch(image);
    const url = meta('og:url') ?? '';
    expect(url).toMatch(new RegExp(`^https?://[^/]+${base}/r/product-owner/$`));
    expect(html).toContain(`<link rel="canonical" href="${url}"`);
    const png = await request.get(new URL(meta('og:image') ?? '').pathname);
    expect(png.status()).toBe(200);
    expect((await png.body()).length).toBeLessThan(300 * 1024);
  }
});
