import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { prerenderPaths } from '../../src/app/prerender-paths';
import { LANGUAGES, pathIn } from '../../src/config/languages';
import { ALLOWED_ON_GERMAN_PAGES } from './de-allowed-english';
import { GOLDEN_PM, runShortQuiz } from './hardening-helpers';

// Issue #15: no English words left in the visible text of the German pages. Each German page is read
// beside its English twin; a word on both is English left behind, unless
// - the German content (questions/lang/de/*.json, docs/de/scoring.md: texts a translator wrote in
//   German) uses it too: a name, a loan word of German product work ("Backlog"), or a word both
//   languages spell the same ("Team", "Situation");
// - it is written in capitals (an abbreviation or a source key: "API", "CAGAN-INSP");
// - it is a reviewed name or loan word of the interface (de-allowed-english.ts);
// - or it sits in code (`<code>`: a storage key, a file name) or in text marked as another language.

const german = LANGUAGES.find((l) => l.code === 'de');
if (!german) throw new Error('No German in src/config/languages.ts');

/**
 * What a reader sees in the page's language: the page's text, its title and its description. Text
 * marked as another language (`lang="en"` on an English source title, the language switch's
 * "English") is left out: a screen reader reads it as English, and a German reader expects it so.
 */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const pageLanguage = document.documentElement.lang;
    const foreign = [
      ...[...document.body.querySelectorAll<HTMLElement>('[lang]')].filter(
        (el) => el.lang !== pageLanguage,
      ),
      // Code (a storage key, a file name) and names marked not to be translated (a source key).
      ...document.body.querySelectorAll<HTMLElement>('code, kbd, samp, [translate="no"]'),
    ];
    const displays = foreign.map((el) => el.style.display);
    for (const el of foreign) el.style.display = 'none';
    const text = document.body.innerText;
    foreign.forEach((el, i) => {
      el.style.display = displays[i] ?? '';
    });
    return [
      text,
      document.title,
      document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    ].join('\n');
  });
}

/** Lower-case words of two letters or more; hyphenated compounds part by part. */
function words(text: string): Set<string> {
  return new Set(
    // Words that touch on screen only through layout ("Manager" in one chip, "Associate" in the next)
    // are two words.
    (text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').match(/\p{L}[\p{L}'’]*/gu) ?? [])
      // Capitals are an abbreviation or a source key (API, CAGAN-INSP), not a word to translate.
      .filter((w) => w !== w.toUpperCase())
      .map((w) => w.toLowerCase().replace(/['’]s$/, ''))
      .filter((w) => w.length >= 2),
  );
}

async function visit(page: Page, path: string): Promise<Set<string>> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return words(await readableText(page));
}

/** Words on the German page that its English twin shows too and that are not allowed. */
function leftInEnglish(englishWords: Set<string>, germanWords: Set<string>): string[] {
  return [...germanWords]
    .filter((w) => englishWords.has(w) && !germanContent.has(w) && !ALLOWED_ON_GERMAN_PAGES.has(w))
    .sort();
}

/** Every text of a JSON file, depth first. */
function jsonTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonTexts);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(jsonTexts);
  return [];
}

const contentFolder = new URL('../../questions/lang/de/', import.meta.url);
const germanContent = words(
  [
    ...readdirSync(contentFolder)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => jsonTexts(JSON.parse(readFileSync(new URL(f, contentFolder), 'utf8')))),
    readFileSync(new URL('../../docs/de/scoring.md', import.meta.url), 'utf8'),
  ].join('\n'),
);

/** A page's words once every section (src/components/disclosure.tsx) is open. */
async function readOpened(page: Page, path: string): Promise<Set<string>> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const closed = page.locator(':is(h2, h3) > button[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
  return words(await readableText(page));
}

const pages = prerenderPaths.filter((p) => p !== '/404.html');

test.describe('German pages have no English words left', () => {
  for (const path of pages) {
    test(`${pathIn(german, path)}`, async ({ page }) => {
      const english = await visit(page, path);
      const translated = await visit(page, pathIn(german, path));
      expect(await page.locator('html').getAttribute('lang')).toBe('de');
      expect(leftInEnglish(english, translated)).toEqual([]);
    });
  }

  test('a shared result of the first scoring model, every section open', async ({ page }) => {
    const english = await readOpened(page, GOLDEN_PM.path);
    const translated = await readOpened(page, pathIn(german, GOLDEN_PM.path));
    expect(leftInEnglish(english, translated)).toEqual([]);
  });

  test('the result page, every section open', async ({ page }) => {
    await page.goto('/');
    await runShortQuiz(page);
    const english = await readOpened(page, '/results');
    const translated = await readOpened(page, pathIn(german, '/results'));
    expect(leftInEnglish(english, translated)).toEqual([]);
  });
});
