import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { encodeShareCode } from '../../src/domain/share-code';
import { v2Payload } from '../domain/r1-payloads';
import {
  chooseOption,
  collectErrors,
  expectAccessibleInBothSchemes,
  expectNoHorizontalOverflow,
  openDarkPhone,
} from './helpers';
import { SHORT_QUIZ_LENGTH } from './hardening-helpers';

// The coach tools in German (issue #15), at phone width: a coach invites on /de/coach, the client
// takes the short quiz in German from /de/c/, sends the result back, and the coach compares it on
// /de/compare. Invite and result links work in either language.

const PHONE = { width: 390, height: 844 };

interface SourceBank {
  scenarios: { id: string; short?: boolean }[];
  context: { id: string; options: { id: string }[] }[];
}
interface GermanBank {
  scenarios: Record<string, { options: Record<string, string> }>;
  context: Record<string, { options: Record<string, string> }>;
}
const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../questions/${path}`, import.meta.url), 'utf8'));
const bank = readJson('bank.json') as SourceBank;
const german = readJson('lang/de/bank.json') as GermanBank;

/** The German words of the short quiz's answers, in the order it asks: strategic, market-facing scenario options, then the first option of each context question. */
const GERMAN_SHORT_ANSWERS = [
  ...bank.scenarios
    .filter((s) => s.short === true)
    .map((s) => german.scenarios[s.id]?.options['strategic-market'] ?? ''),
  ...bank.context.map((c) => german.context[c.id]?.options[c.options[0]?.id ?? ''] ?? ''),
];

// Scores-level links of the released r1 bank (test/domain/r1-payloads.ts), as a client would send them.
const po = v2Payload([1, 1, 3, 1], 'scores', 'full');
const poCode = encodeShareCode(po);

async function makeInvite(page: Page, mode: 'Kurzfassung' | 'Vollständiger Fragebogen') {
  await page.getByRole('textbox', { name: 'Ihr Name (Pflichtfeld)' }).fill('Dana Kim');
  await page
    .getByRole('textbox', { name: 'Eine kurze Nachricht an Ihren Klienten (freiwillig)' })
    .fill('Bis Dienstag!');
  await page
    .getByRole('textbox', { name: 'Ihre E-Mail-Adresse (freiwillig)' })
    .fill('dana@example.com');
  await page.getByRole('radio', { name: mode }).check();
  await page.getByRole('button', { name: 'Einladungslink erstellen' }).click();
  await expect(page.getByRole('heading', { name: 'Ihr Einladungslink' })).toBeFocused();
  return page.getByRole('textbox', { name: 'Einladungslink' }).inputValue();
}

/**
 * Answers the German short quiz with the keyboard (an option is chosen with Space and confirmed with
 * Enter), so no word of the quiz screens is needed: those belong to the quiz's own German spec.
 */
async function answerGermanShortQuiz(page: Page) {
  expect(GERMAN_SHORT_ANSWERS).toHaveLength(SHORT_QUIZ_LENGTH);
  for (const answer of GERMAN_SHORT_ANSWERS) {
    expect(answer).not.toBe('');
    await chooseOption(page, answer);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('radio', { name: answer, exact: true })).toHaveCount(0);
  }
}

test('a coach invites in German, the client takes the short quiz in German and sends the result back, and the coach compares it', async ({
  page,
  browser,
}) => {
  // Three pages, a whole quiz and axe in two schemes on each page: longer than one page's test.
  test.setTimeout(240_000);
  await page.setViewportSize(PHONE);
  const coachErrors = collectErrors(page);
  await page.goto('/de/coach');
  await expect(page).toHaveTitle('Klienten einladen · rolefit');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Klienten zum rolefit-Fragebogen einladen' }),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');

  // The form's messages are German: an empty name, then a bad address.
  await page.getByRole('button', { name: 'Einladungslink erstellen' }).click();
  const name = page.getByRole('textbox', { name: 'Ihr Name (Pflichtfeld)' });
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription(
    'Geben Sie Ihren Namen so ein, wie Ihre Klienten Sie kennen.',
  );
  await page.getByRole('textbox', { name: 'Ihre E-Mail-Adresse (freiwillig)' }).fill('dana@');
  await name.fill('Dana Kim');
  await page.getByRole('button', { name: 'Einladungslink erstellen' }).click();
  await expect(
    page.getByRole('textbox', { name: 'Ihre E-Mail-Adresse (freiwillig)' }),
  ).toHaveAccessibleDescription(/^Geben Sie eine einzige E-Mail-Adresse ein/);
  await expect(page.getByText('Noch 280 von 280 Zeichen')).toBeVisible();
  // An address with a Cyrillic "а" among Latin letters is accepted, with a German warning.
  await page
    .getByRole('textbox', { name: 'Ihre E-Mail-Adresse (freiwillig)' })
    .fill('d\u0430na@example.com');
  await expect(
    page.getByText(
      /^Prüfen Sie diese Adresse: Sie mischt Buchstaben aus mehreren Schriften \(Lateinisch und Kyrillisch\).* E-Mail-Programme sehen sie als d\u0430na@example\.com\.$/,
    ),
  ).toBeVisible();
  await expectAccessibleInBothSchemes(page);

  const link = await makeInvite(page, 'Kurzfassung');
  // The invite points at the German landing; the fragment is the same as an English one.
  expect(link).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/de\/c\/#v=1&n=Dana%20Kim&m=Bis%20Dienstag%21&e=dana%40example\.com&l=short$/,
  );
  await expect(
    page.getByText('Lädt zum Fragebogen in der Kurzfassung ein, von Dana Kim.', { exact: false }),
  ).toBeVisible();
  const mailto = await page
    .getByRole('link', { name: 'Einladung per E-Mail senden' })
    .getAttribute('href');
  const mail = new URL(mailto ?? '');
  expect(mail.searchParams.get('subject')).toBe('Einladung zum rolefit-Fragebogen');
  expect(mail.searchParams.get('body')).toContain('Das dauert etwa 3 Minuten');
  expect(mail.searchParams.get('body')).toContain(link);
  await expectAccessibleInBothSchemes(page);
  await page.screenshot({ path: 'e2e-out/de-coach-390.png', fullPage: true });
  expect(coachErrors).toEqual([]);

  // The client, in a browser of their own.
  const client = await browser.newContext({ viewport: PHONE, reducedMotion: 'reduce' });
  const clientPage = await client.newPage();
  const clientErrors = collectErrors(clientPage);
  await clientPage.goto(link);
  await expect(clientPage).toHaveTitle('Sie sind eingeladen, den rolefit-Fragebogen auszufüllen');
  await expect(
    clientPage.getByRole('heading', { level: 1, name: 'Eingeladen von Dana Kim' }),
  ).toBeVisible();
  await expect(clientPage.getByText('Nachricht von Dana Kim')).toBeVisible();
  await expect(
    clientPage.getByText(
      /^Dies ist die Kurzfassung des Fragebogens: 14 Fragen, etwa \d+ Minuten?\./,
    ),
  ).toBeVisible();
  await expectAccessibleInBothSchemes(clientPage);
  await clientPage.screenshot({ path: 'e2e-out/de-invite-390.png', fullPage: true });

  await clientPage.getByRole('button', { name: 'Fragebogen starten' }).click();
  await expect(clientPage).toHaveURL(/\/de\/quiz$/);
  await answerGermanShortQuiz(clientPage);
  // The review's "see my result" link (its words are the quiz area's) leads to the German result.
  await clientPage.locator('main a[href="/de/results"]').first().click();
  await expect(clientPage).toHaveURL(/\/de\/results$/);
  // The result goes back the way a client sends it: the email to the coach carries the link.
  const toCoach = clientPage.locator('a[href^="mailto:dana@example.com?"]');
  await expect(toCoach).toHaveCount(1);
  const sent = new URL((await toCoach.getAttribute('href')) ?? '').searchParams.get('body') ?? '';
  expect(sent).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/(de\/)?r\/product-manager\/#r=[\w-]+$/);
  expect(clientErrors).toEqual([]);
  await client.close();

  // The coach compares the client's result with another client's (a link from an English page).
  await page.goto('/de/compare');
  await expect(page).toHaveTitle('Ergebnisse vergleichen · rolefit');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ergebnisse vergleichen' }),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page
    .getByRole('textbox', { name: 'Ergebnis-Links' })
    .fill([`Dana | ${sent}`, `https://rolefit.example/r/product-owner/#r=${poCode}`].join('\n'));
  await page.getByRole('button', { name: 'Vergleichen' }).click();
  const table = page.getByRole('table', { name: /^Ergebnisse nebeneinander/ });
  await expect(table.getByRole('rowheader')).toHaveText(['Dana', 'Klient 2']);
  await expect(table.getByRole('columnheader')).toHaveText([
    'Name',
    'Ergebnistyp',
    'Strategisch (+) ↔ taktisch (−)',
    'Marktorientiert (+) ↔ teamorientiert (−)',
    'PM-Passung: Product Manager (+) ↔ Product Owner (−)',
  ]);
  await expect(table.getByText('(Auswertungsmodell 2)')).toHaveCount(2);
  await expect(page.getByRole('img', { name: /^Karte mit 2 Ergebnissen/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Ergebnisse nebeneinander/ })).toBeVisible();
  await expectAccessibleInBothSchemes(page);
  await page.screenshot({ path: 'e2e-out/de-compare-390.png', fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Als CSV exportieren' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('rolefit-vergleich.csv');
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const [header = '', first = ''] = csv.split('\r\n');
  expect(header).toMatch(
    /^Name,Ergebnistyp,Ergebnis in Worten,Auswertungsmodell,Strategisch \(\+100\) bis taktisch \(−100\): Wert,/,
  );
  expect(header).toMatch(/,Link$/);
  expect(first).toMatch(/^Dana,/);
  expect(coachErrors).toEqual([]);
});

test('an invite made on an English page opens in German at /de/c/ with the same fragment, and the other way round', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/coach');
  await page.waitForLoadState('networkidle');
  await page.getByRole('textbox', { name: 'Your name (required)' }).fill('Dana Kim');
  await page.getByRole('radio', { name: 'Short quiz' }).check();
  await page.getByRole('button', { name: 'Make the invite link' }).click();
  const english = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
  const fragment = new URL(english).hash;
  expect(new URL(english).pathname).toBe('/c/');

  await page.goto(`/de/c/${fragment}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Eingeladen von Dana Kim' }),
  ).toBeVisible();
  await expect(
    page.getByText(/^Dies ist die Kurzfassung des Fragebogens: 14 Fragen/),
  ).toBeVisible();

  await page.goto('/de/coach');
  await page.waitForLoadState('networkidle');
  const germanLink = await makeInvite(page, 'Vollständiger Fragebogen');
  await page.goto(`/c/${new URL(germanLink).hash}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Invited by Dana Kim' })).toBeVisible();
  await expect(page.getByText('Bis Dienstag!')).toBeVisible();
  await expect(page.getByText(/^This is the full quiz:/)).toBeVisible();
});

test('a broken or empty invite explains itself in German and offers the German quiz', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.setViewportSize(PHONE);
  await page.goto('/de/c/#v=2&n=Dana');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Einladung zum rolefit-Fragebogen' }),
  ).toBeVisible();
  await expect(page.getByText(/^Dieser Einladungslink ist unvollständig/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Fragebogen starten' })).toHaveAttribute(
    'href',
    '/de/quiz',
  );
  await expectAccessibleInBothSchemes(page);

  await page.goto('/de/c/');
  await expect(
    page.getByText(
      /^Diese Seite öffnet Einladungen zum Fragebogen, aber dieser Link enthält keine Einladung\./,
    ),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('/de/compare explains bad lists and bad links in German', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/de/compare');
  await page.waitForLoadState('networkidle');
  const box = page.getByRole('textbox', { name: 'Ergebnis-Links' });
  await box.fill('https://rolefit.example/r/product-owner/');
  await page.getByRole('button', { name: 'Vergleichen' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Fügen Sie mindestens 2 Ergebnis-Links ein, einen pro Zeile.',
  );

  const poLink = `https://rolefit.example/r/product-owner/#r=${poCode}`;
  await box.fill([poLink, poLink, 'https://rolefit.example/r/product-owner/'].join('\n'));
  await page.getByRole('button', { name: 'Vergleichen' }).click();
  await expect(
    page.getByRole('heading', { name: '1 Link konnte nicht verglichen werden' }),
  ).toBeVisible();
  await expect(
    page.getByText('Das ist derselbe Ergebnis-Link wie in Zeile 1; er wird nur einmal verglichen.'),
  ).toBeVisible();
  // A type-only link says so in its row.
  await expect(page.getByText('(nur Ergebnistyp: Dieser Link enthält keine Werte)')).toBeVisible();
  await expectAccessibleInBothSchemes(page);
});

// Needs the /de/ prefix in parseResultLink (src/domain/result-link.ts, the share area's change).
test('/de/compare takes result links of both languages and keeps them as German links', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/de/compare');
  await page.waitForLoadState('networkidle');
  await page
    .getByRole('textbox', { name: 'Ergebnis-Links' })
    .fill(
      [
        `Ana | https://rolefit.example/de/r/product-owner/#r=${poCode}`,
        `Cem | https://rolefit.example/r/balanced/`,
      ].join('\n'),
    );
  await page.getByRole('button', { name: 'Vergleichen' }).click();
  const table = page.getByRole('table', { name: /^Ergebnisse nebeneinander/ });
  await expect(table.getByRole('rowheader')).toHaveText(['Ana', 'Cem']);
  // The page's address keeps the list; a reload shows it as links to German result pages.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Ergebnis-Links' })).toHaveValue(
    new RegExp(
      `^Ana \\| http://127\\.0\\.0\\.1:\\d+/de/r/product-owner/#r=${poCode}\\nCem \\| http://127\\.0\\.0\\.1:\\d+/de/r/balanced/$`,
    ),
  );
});

for (const path of ['/de/coach', '/de/c/#v=1&n=Dana%20Kim&m=Hallo&l=full', '/de/compare']) {
  test(`${path} fits a 320 px phone in dark mode`, async ({ browser }) => {
    const { page, context } = await openDarkPhone(browser);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await context.close();
  });
}

test('the German compare table fits a 320 px phone with two results', async ({ browser }) => {
  const { page, context } = await openDarkPhone(browser);
  const link = (type: string, code: string) => `https://rolefit.example/r/${type}/#r=${code}`;
  const pm = v2Payload([0, 0, 0, 2], 'scores', 'full');
  await page.goto('/de/compare');
  await page.waitForLoadState('networkidle');
  await page
    .getByRole('textbox', { name: 'Ergebnis-Links' })
    .fill(
      [
        `Dana Kim | ${link(pm.result.type, encodeShareCode(pm))}`,
        `Bettina Schmidt-Hohenberg | ${link(po.result.type, poCode)}`,
      ].join('\n'),
    );
  await page.getByRole('button', { name: 'Vergleichen' }).click();
  await expect(page.getByRole('table', { name: /^Ergebnisse nebeneinander/ })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: 'e2e-out/de-compare-320-dark.png', fullPage: true });
  // The printed report: a German date and the list of links.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(/^Gedruckt am \d{1,2}\. [A-Za-zä]+ \d{4}\.$/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Ergebnis-Links' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Als CSV exportieren' })).toBeHidden();
  await context.close();
});
