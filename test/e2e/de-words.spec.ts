import { expect, test, type Page } from '@playwright/test';
import { prerenderPaths } from '../../src/app/prerender-paths';
import { LANGUAGES, pathIn } from '../../src/config/languages';
import { ALLOWED_ON_GERMAN_PAGES } from './de-allowed-english';
import { runShortQuiz } from './hardening-helpers';

// Issue #15: no English words left in the visible text of the German pages. Each German page is read
// beside its English twin; a word on both is English left behind, unless it is a reviewed name, loan
// word or a word both languages spell the same (de-allowed-english.ts).

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
    const foreign = [...document.body.querySelectorAll<HTMLElement>('[lang]')].filter(
      (el) => el.lang !== pageLanguage,
    );
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
    (text.match(/\p{L}[\p{L}'’]*/gu) ?? [])
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
    .filter((w) => englishWords.has(w) && !ALLOWED_ON_GERMAN_PAGES.has(w))
    .sort();
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

  test('the result page, every section open', async ({ page }) => {
    await page.goto('/');
    await runShortQuiz(page);
    const read = async (path: string) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const button of await page.locator('button[aria-expanded="false"]').all()) {
        await button.click();
      }
      return words(await readableText(page));
    };
    const english = await read('/results');
    const translated = await read(pathIn(german, '/results'));
    expect(leftInEnglish(english, translated)).toEqual([]);
  });
});
