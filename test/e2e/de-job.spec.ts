import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { prepareBank } from '../../src/domain/bank';
import { encodePlacementCode } from '../../src/domain/posting/placement-code';
import { BankSchema, type Answers } from '../../src/domain/schema';
import { scoreAnswers } from '../../src/domain/scoring';
import { buildShareManifest, encodeShareCode } from '../../src/domain/share-code';
import { toSharedResultV2 } from '../../src/domain/shared-result';
import {
  collectErrors,
  expectAccessibleInBothSchemes,
  expectNoHorizontalOverflow,
} from './helpers';

// The job-posting page in German (/de/job): a German posting pasted, placed and marked in German;
// the job beside a result from a link (#r=); a placement link (#j=). Issue #15.

// Written in our own words after the pattern of German Product Manager postings (the phrases are
// the ones test/domain/posting/german-postings.test.ts reads; e.g. https://blog.hubspot.de/service/produktmanager).
const PM_POSTING = `Deine Aufgaben
- Du entwickelst die Produktvision und Produktstrategie und verantwortest die Produkt-Roadmap.
- Du führst Markt- und Wettbewerbsanalysen durch und sprichst in Kundeninterviews mit unseren Zielgruppen.
- Du verantwortest Preisgestaltung und Positionierung und planst die Markteinführung neuer Produkte.
- Du misst den Erfolg mit Kennzahlen und erstellst Business Cases für die Geschäftsführung.
Das bieten wir dir
- Flexible Arbeitszeiten, 30 Tage Urlaub und ein Jobrad`;

// A full quiz: Product Owner choices in every scenario, every practice area answered "Never".
const bank = v.parse(
  BankSchema,
  JSON.parse(readFileSync(new URL('../../questions/bank.json', import.meta.url), 'utf8')),
);
const answers: Answers = {
  ...Object.fromEntries(bank.scenarios.map((s) => [s.id, 'tactical-team'])),
  ...Object.fromEntries(bank.practice.map((p) => [p.id, 'never'])),
};
const scored = scoreAnswers(prepareBank(bank), answers, 'full');
if (!scored.ok) throw new Error('fixture answers are complete');
const result = toSharedResultV2(scored.value.choices, 'full', bank.revision);
const answersCode = encodeShareCode(
  { level: 'answers', result, answers },
  buildShareManifest(bank, 'full'),
);

test.use({ viewport: { width: 390, height: 844 } });

async function pasteGermanPosting(page: Page): Promise<void> {
  await page.getByLabel('Stellentitel (optional)').fill('Product Owner (m/w/d)');
  await page.getByLabel('Stellenanzeige', { exact: true }).fill(PM_POSTING);
  // The first placement also compiles the lexicon; on a busy machine that can take seconds.
  await expect(page.getByText(/^Liest sich wie .*Product-Manager-Stelle/).first()).toBeVisible({
    timeout: 30_000,
  });
}

/**
 * The page from the top of `from` in light and dark, in pieces one phone screen high, when
 * SCREENSHOTS=<dir> is set (for looking at the page and for docs/screenshots).
 */
async function shoot(page: Page, name: string, from: Locator, pieces = 2): Promise<void> {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  const box = await from.boundingBox();
  const scrollY = await page.evaluate(() => window.scrollY);
  const top = Math.max(0, (box?.y ?? 0) + scrollY - 8);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (let i = 0; i < pieces; i += 1)
      await page.screenshot({
        path: `${dir}/${name}-${i + 1}-${scheme}.png`,
        fullPage: true,
        clip: { x: 0, y: top + i * 844, width: 390, height: 844 },
      });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a German posting on /de/job is placed, marked and explained in German; axe clean light and dark', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/de/job');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveTitle('Wo steht diese Stelle? · rolefit');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Wo steht diese Stelle?' }),
  ).toBeVisible();
  await expect(
    page.getByText(
      'Füllen Sie den Fragebogen aus, um eine Stelle neben Ihrem eigenen Ergebnis zu sehen.',
    ),
  ).toBeVisible();
  await pasteGermanPosting(page);

  // German numbers: 40.000, not 40,000.
  await expect(page.getByText(/^\d+ von 40\.000 Zeichen$/)).toBeVisible();
  await expect(
    page.getByRole('paragraph').filter({
      hasText:
        /^Ausgeschrieben als Product Owner, aber die Aufgaben lesen sich wie eine Product-Manager-Stelle\.$/,
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Die Stelle auf der Karte: strategisch/ }),
  ).toBeVisible();
  const table = page.getByRole('table', {
    name: 'Gefundene Wendungen, nach dem, worauf sie hinweisen',
  });
  await expect(
    table.getByRole('row', { name: /Strategie und Markt \(Product Manager\)/ }),
  ).toBeVisible();

  // German phrases are marked, each read out with its German quadrant name; benefits are not.
  const marked = page.locator('.job-highlights mark');
  for (const phrase of [
    'Produktvision',
    'Markt- und Wettbewerbsanalysen',
    'Preisgestaltung',
    'Kundeninterviews',
  ])
    await expect(marked.filter({ hasText: phrase }).first()).toContainText(
      '(Strategie und Markt (Product Manager))',
    );
  await expect(marked.filter({ hasText: 'Urlaub' })).toHaveCount(0);
  await expect(page.getByLabel(/^Zusammenfassung/)).toHaveValue(
    /Liest sich wie[^]*Wendungen, die die Stelle eingeordnet haben:\n– „/,
  );
  await expect(
    page.getByRole('button', { name: 'Link zu dieser Einordnung kopieren' }),
  ).toBeVisible();

  await shoot(
    page,
    'de-job-390',
    page.getByRole('region', { name: 'Was die Stellenanzeige über die Stelle sagt' }),
    3,
  );
  await expectAccessibleInBothSchemes(page);
  await expectNoHorizontalOverflow(page);
  expect(errors).toEqual([]);
});

test('/de/job#r=… puts the job beside the result in the link, in German', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`/de/job#r=${answersCode}`);
  await expect(
    page.getByText(
      /^Die Stelle wird neben diesem Ergebnis gezeigt: .*\(aus dem geöffneten Link\)\.$/,
    ),
  ).toBeVisible();
  await pasteGermanPosting(page);
  const beside = page.getByRole('region', { name: 'Neben dem verlinkten Ergebnis' });
  await expect(
    beside.getByText(
      /^Diese Stelle ist strategischer und marktorientierter als das Ergebnis im Link\.$/,
    ),
  ).toBeVisible();
  await expect(
    beside.getByText(/^Strategisch oder taktisch: die Stelle -?\d+ \(90-%-Bereich/),
  ).toBeVisible();
  await expect(beside.getByText(/aus \d+ Szenario-Antworten\.$/)).toBeVisible();
  await expect(
    beside.getByText(/^Von den Bereichen, die die Person am seltensten übt \(/),
  ).toBeVisible();
  await expect(
    beside.getByText('Tipps aus dem Leitfaden zur Weiterentwicklung:').first(),
  ).toBeVisible();
  await shoot(page, 'de-job-beside-result-390', beside, 3);
  await expectAccessibleInBothSchemes(page);
  await expectNoHorizontalOverflow(page);
  expect(errors).toEqual([]);
});

test('/de/job#j=… shows a job’s place from a link in German, and a changed link says so', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const code = encodePlacementCode({
    'strategic-market': 12,
    'tactical-team': 2,
    'strategic-team': 1,
    'tactical-market': 1,
  });
  await page.goto(`/de/job#j=${code}`);
  const shared = page.getByRole('region', { name: 'Der Platz einer Stelle, aus einem Link' });
  await expect(shared.getByText(/^Liest sich wie /)).toBeVisible();
  await expect(shared.getByText(/^Strategisch \(\+\) oder taktisch \(−\): /)).toBeVisible();
  await expect(
    shared.getByText(/^Die Stellenanzeige selbst ist nicht in diesem Link/),
  ).toBeVisible();
  await expectAccessibleInBothSchemes(page);

  await page.goto(`/de/job#j=${code.replace(/^(.)/, (c) => (c === 'A' ? 'B' : 'A'))}`);
  await expect(
    page.getByText(/^Dieser Einordnungs-Link scheint unvollständig oder verändert zu sein/),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('a posting longer than the page takes is cut off, and the page says so in German', async ({
  page,
}) => {
  await page.goto('/de/job');
  const box = page.getByLabel('Stellenanzeige', { exact: true });
  await expect(box).toBeEnabled();
  await box.fill(`${PM_POSTING}\n${'Sie pflegen das Backlog. '.repeat(4_200)}`);
  await expect(
    page.getByText('40.000 von 40.000 Zeichen: Der Rest der Stellenanzeige wurde abgeschnitten.'),
  ).toBeVisible({ timeout: 30_000 });
});
