import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  collectErrors,
  expectAccessibleInBothSchemes,
  expectNoHorizontalOverflow,
} from './helpers';

// The German roles guide, methods page and privacy page (issue #15), at phone width, in German under
// /de/. Set SCREENSHOTS=<dir> to also save each page at 320, 390 and 1280 px in light and dark.

const deRoles = JSON.parse(
  readFileSync(new URL('../../questions/lang/de/roles.json', import.meta.url), 'utf8'),
) as { countryNotes: Record<string, { title: string; text: string }> };

test.use({ viewport: { width: 390, height: 844 } });

const pages = [
  {
    path: '/de/roles',
    heading: 'Product Manager oder Product Owner?',
    parts: ['Im direkten Vergleich', 'In Deutschland', 'Quellen'],
    german: [
      'Im direkten Vergleich',
      'Wo sich die Rollen überschneiden',
      'In Deutschland',
      'Quellen',
    ],
    english: ['Side by side', 'Sources:', 'Which one fits you?', 'Start the quiz', '(grade '],
  },
  {
    path: '/de/how-it-works',
    heading: 'Wie rolefit Ihre Antworten auswertet',
    parts: ['Die Karte', 'Übersetzungen und ihre Prüfung'],
    german: ['Die Karte', 'Simulation, keine Validierung', 'Übersetzungen und ihre Prüfung'],
    english: ['What you answer', 'Your scores', 'Translations and their review', 'Unverified'],
  },
  {
    path: '/de/privacy',
    heading: 'Datenschutz',
    parts: ['Wo es gespeichert wird', 'Ihre gespeicherten Ergebnisse'],
    german: ['Was wir speichern', 'Wo es gespeichert wird', 'Gespeicherten Fortschritt löschen'],
    english: ['What we keep', 'Delete my data', 'What is sent anywhere', 'Loading'],
  },
];

/** Screenshots of the top of the page and of each of `parts`, at three widths, light and dark. */
async function shoot(page: Page, name: string, parts: readonly string[]): Promise<void> {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  test.setTimeout(240_000);
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${dir}/${name}-${width}-${colorScheme}.png` });
      for (const [i, part] of parts.entries()) {
        await page.getByRole('heading', { name: part, exact: true }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${dir}/${name}-part${i}-${width}-${colorScheme}.png` });
      }
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'light' });
}

for (const { path, heading, parts, german, english } of pages) {
  test(`${path} speaks German, hydrates without errors and passes axe in light and dark`, async ({
    page,
  }) => {
    // Axe in two schemes over the long methods page takes a while on a busy machine.
    test.setTimeout(120_000);
    const errors = collectErrors(page);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${heading.replace('?', '\\?')}`));
    const main = page.locator('main');
    for (const text of german) await expect(main.getByText(text, { exact: true })).toBeVisible();
    const shown = await main.innerText();
    for (const text of english) expect(shown).not.toContain(text);
    await expectNoHorizontalOverflow(page);
    await expectAccessibleInBothSchemes(page);
    await shoot(page, `de${path.slice('/de'.length).replaceAll('/', '-')}`, parts);
    expect(errors).toEqual([]);
  });
}

test('/de/roles shows the notes on Germany, each citing sources from the list', async ({
  page,
}) => {
  await page.goto('/de/roles');
  for (const note of Object.values(deRoles.countryNotes)) {
    await expect(page.getByRole('heading', { level: 3, name: note.title })).toBeVisible();
    await expect(page.getByText(note.text)).toBeVisible();
  }
  const cited = page.getByRole('link', { name: 'ACADEMICS-DE' });
  await expect(cited).toHaveAttribute('href', '#source-ACADEMICS-DE');
  await expect(page.locator('#source-ACADEMICS-DE')).toContainText('(Stufe B: anerkannte');
});

test('/de/how-it-works says in German which translations are unverified', async ({ page }) => {
  await page.goto('/de/how-it-works');
  const section = page.getByRole('region', { name: 'Übersetzungen und ihre Prüfung' });
  await expect(
    section.getByText(
      'Ungeprüft: Die deutsche Übersetzung der Fragen, des Rollenleitfadens samt Ergebnistexten und der Tipps zur Weiterentwicklung hat noch kein sprachkundiger Prüfer gegengelesen.',
    ),
  ).toBeVisible();
  await expect(page.getByText(/noch nicht mit echten Product Managern/)).toBeVisible();
});

test('/how-it-works says in English which translations are unverified', async ({ page }) => {
  await page.goto('/how-it-works');
  await expect(
    page.getByText(
      'Unverified: the German translation of the questions, the roles guide with the result texts, and the growth tips has not yet been checked by a fluent reviewer.',
    ),
  ).toBeVisible();
});

test('/de/privacy names the language hint, and „Meine Daten löschen“ forgets it', async ({
  page,
}) => {
  await page.goto('/de/privacy');
  await page.evaluate(() => {
    window.sessionStorage.setItem('rolefit-language-hint', 'en');
  });
  await expect(page.locator('main code', { hasText: 'rolefit-language-hint' })).toBeVisible();
  await page.getByRole('button', { name: 'Meine Daten löschen' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Ihr gespeicherter Fortschritt und Ihre gespeicherten Ergebnisse wurden aus diesem Browser gelöscht.',
  );
  expect(await page.evaluate(() => window.sessionStorage.getItem('rolefit-language-hint'))).toBe(
    null,
  );
});
