import { expect, test, type Page } from '@playwright/test';
import { runShortQuiz } from './hardening-helpers';
import {
  collectErrors,
  expectAccessibleInBothSchemes,
  expectNoHorizontalOverflow,
  openSection,
} from './helpers';

// The German result page (issue #15): the verdict, the reasons counted from the answers, every
// section, the map and the pay section in German, axe clean in both schemes. The answers are given
// in the English quiz: progress is kept per browser, so /de/results reads the same saved answers.

const SECTIONS = [
  'Was es bedeutet',
  'Die Karte',
  'Ihr Praxisprofil',
  'Was die Rollen verdienen',
  'Wie Sie sich weiterentwickeln',
  'Was es nicht bedeutet',
];

/** English words that never belong in a German sentence (loan words such as Backlog are fine). */
const ENGLISH = /\b(the|you|your|and|of|with|not|this|scenarios?|result|quiz|pay|range|share)\b/i;

/** Names that stay English: institutions and job titles as postings use them. */
const NAMES =
  /US Bureau of Labor Statistics|Office for National Statistics|Director of Product Management/g;

async function finishInGerman(page: Page): Promise<void> {
  await page.goto('/');
  await runShortQuiz(page, { 0: 'Germany', 1: '5 to 10 years' });
  await page.goto('/de/results');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
}

test('the German result at 390 × 844: verdict, reasons, sections, map and pay in German, axe clean', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await finishInGerman(page);
  await expect(page).toHaveTitle('Ihr Ergebnis · rolefit');

  const hero = page.locator('.result-hero');
  await expect(
    hero.getByRole('heading', { level: 1, name: 'Product-Manager-Profil' }),
  ).toBeVisible();
  await expect(
    hero.getByText(/^Wie sicher: (Sehr wahrscheinlich|Wahrscheinlich): (über )?\d+\s%$/),
  ).toBeVisible();
  const reasons = hero.getByRole('list').first().getByRole('listitem');
  await expect(reasons).toHaveCount(3);
  await expect(reasons.first()).toHaveText(/^In 10 von 10 Szenarien haben Sie /);
  await expect(hero.getByRole('heading', { name: 'Jobtitel für Ihre Suche' })).toBeVisible();
  await expect(hero.getByRole('link', { name: 'Ergebnis teilen' })).toBeVisible();

  const sections = page.locator('.result-sections .disclosure-heading button');
  await expect(sections).toHaveText(SECTIONS);
  for (const name of SECTIONS) await openSection(page, name);

  // What it means: how sure, each axis and the choices, counted.
  await expect(
    page.getByRole('heading', { level: 3, name: 'Wie sicher das Ergebnis ist' }),
  ).toBeVisible();
  await expect(
    page.getByText(
      /^(Sehr wahrscheinlich|Wahrscheinlich): .* im Bereich „Product-Manager-Profil“ der Karte\.$/,
    ),
  ).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({
      hasText: /^Strategisch ↔ taktisch: Sie neigen (leicht|deutlich|stark) zum Strategischen\.$/,
    }),
  ).toBeVisible();
  const shares = page.getByRole('table', { name: 'Wie sich Ihre 10 Szenario-Antworten verteilen' });
  await expect(shares.getByRole('row', { name: /Markt und Geschäft 10 von 10/ })).toBeVisible();
  await expect(page.getByText(/^Die Kurzfassung hat nur 10 Szenarien/)).toBeVisible();

  // The map: a drawn chart with a German description, German axis titles and its table.
  const map = page.getByRole('img', { name: /^Karte: strategisch -?\d+ \(90-%-Bereich/ });
  await expect(map).toBeVisible();
  await expect(map.locator('svg')).toContainText('taktisch');
  await expect(map.locator('svg')).toContainText('Kundennah');
  await page.getByText('Werte im Detail (−100 bis 100)').click();
  const scores = page.getByRole('table', { name: 'Ihre Werte' });
  await expect(scores.getByRole('columnheader', { name: '90-%-Bereich' })).toBeVisible();
  await expect(
    scores.getByRole('row', {
      name: /^Strategisch \(\+\) ↔ taktisch \(−\) -?\d+ -?\d+ bis -?\d+$/,
    }),
  ).toBeVisible();

  await expect(page.getByText(/^Die Kurzfassung enthält keine Praxisfragen/)).toBeVisible();
  await expect(
    page.getByText(
      /^Die Bereiche, die Ihre Szenario-Antworten am häufigsten berührt haben: .+ \(\d+\s% der Signale\)/,
    ),
  ).toBeVisible();

  // Pay: German sentence, German money and dates, and plainly no citable figure yet.
  const pay = page.getByRole('region', { name: 'Was die Rollen verdienen' });
  await expect(pay.locator('.pay-answer')).toHaveText(
    /^(In Deutschland verdienen .+ etwa .+ mehr als .+\.|Die Gehälter in Deutschland können wir noch nicht vergleichen: .+\.)$/,
  );
  await expect(
    pay.getByText(
      /^Für Deutschland, Österreich und die Schweiz haben wir noch keine belegbare Zahl gefunden/,
    ),
  ).toBeVisible();
  await pay.getByText(/^Weitere Quellen: Deutschland \(\d+\)$/).click();
  const rows = pay.locator('.pay-more-row');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    await expect(row).toContainText(/\d{1,3}(\.\d{3})*\s€ im (Monat|Jahr)/);
    await expect(row).toContainText('Quelle:');
  }
  await expect(pay).toContainText('Januar 2021');
  await expect(pay).toContainText(/Stand der Prüfung: \d{1,2}\. [A-ZÄÖÜ][a-zäöü]+ \d{4}\./);

  // No English sentence left in the result (names, book titles and source names aside).
  const lines = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'article.results :is(p, li, h1, h2, h3, h4, th, td, summary, figcaption, button, caption)',
      ),
    ]
      .filter((el) => !el.closest('#share, .sources, .pay-more a, .pay-line a'))
      .map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        for (const name of copy.querySelectorAll('cite')) name.remove();
        return copy.textContent ?? '';
      }),
  );
  const english = lines.map((line) => line.replace(NAMES, '')).filter((line) => ENGLISH.test(line));
  expect(english).toEqual([]);

  await expectNoHorizontalOverflow(page);
  await expectAccessibleInBothSchemes(page);
  expect(errors).toEqual([]);
});

for (const width of [320, 390, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`German result, every section open, ${width} px ${colorScheme}: no overflow`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await finishInGerman(page);
      for (const name of SECTIONS) await openSection(page, name);
      await expect(page.getByRole('img', { name: /^Karte:/ }).locator('svg')).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await page.screenshot({
        path: `e2e-out/de-result-${width}-${colorScheme}.png`,
        fullPage: true,
      });
    });
  }
}
