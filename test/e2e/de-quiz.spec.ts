import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  collectErrors,
  expectAccessibleInBothSchemes,
  expectNoHorizontalOverflow,
} from './helpers';

// The German landing page and quiz (issue #15), at phone width, in German under /de/: what a
// German taker sees, checked against the German words (src/words/de/, questions/lang/de/bank.json).
test.use({ viewport: { width: 390, height: 844 } });

interface BankJson {
  scenarios: { id: string; short?: boolean }[];
  practice: { id: string }[];
  context: { id: string }[];
}
interface GermanBank {
  scenarios: Record<string, { prompt: string; options: Record<string, string> }>;
  practice: Record<string, { activity: string }>;
}
const read = <T>(path: string) =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const bank = read<BankJson>('../../questions/bank.json');
const german = read<GermanBank>('../../questions/lang/de/bank.json');

const scenariosOf = (short: boolean) => bank.scenarios.filter((s) => !short || s.short === true);
const totalOf = (short: boolean) =>
  scenariosOf(short).length + (short ? 0 : bank.practice.length) + bank.context.length;

/** The German text of a scenario's option. */
function optionText(id: string, key: string): string {
  const text = german.scenarios[id]?.options[key];
  if (!text) throw new Error(`no German option ${key} in ${id}`);
  return text;
}

const INSTRUCTION =
  'Wählen Sie, was Sie am liebsten tun würden. Es gibt keine richtigen Antworten.';
const PRACTICE_NOTE = 'Die Praxisfragen gegen Ende fragen, was Sie heute tun.';

/**
 * Answers questions `from`..`to` (1-based, inclusive) with taps, each moving on by itself: PM
 * options for scenarios, "Etwa monatlich" for practice, "Keine Angabe" for context.
 */
async function answer(page: Page, short: boolean, from: number, to: number) {
  const scenarios = scenariosOf(short);
  const total = totalOf(short);
  for (let n = from; n <= to; n += 1) {
    await expect(
      page.getByRole('heading', { level: 1, name: `Frage ${n} von ${total}` }),
    ).toBeFocused();
    const scenario = scenarios[n - 1];
    if (scenario) {
      await expect(page.locator('.question-hint')).toHaveText(
        short ? INSTRUCTION : `${INSTRUCTION} ${PRACTICE_NOTE}`,
      );
      await page.getByRole('radio', { name: optionText(scenario.id, 'strategic-market') }).check();
    } else if (!short && n <= scenarios.length + bank.practice.length) {
      const practice = bank.practice[n - scenarios.length - 1];
      const activity = practice ? german.practice[practice.id]?.activity : undefined;
      await expect(page.locator('legend.question-prompt')).toHaveText(
        `Wie oft haben Sie in den letzten 12 Monaten ${activity ?? ''}?`,
      );
      await page.getByRole('radio', { name: 'Etwa monatlich' }).check();
    } else {
      await page.getByRole('radio', { name: 'Keine Angabe' }).check();
    }
  }
}

test('German landing page: German words, German head, accessible, no overflow', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/de/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveTitle('rolefit: Product Manager oder Product Owner?');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Product Manager oder Product Owner: Was passt zu Ihnen?',
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Vollständigen Fragebogen ausfüllen' }),
  ).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Kurzfassung ausfüllen' })).toBeEnabled();
  await expect(
    page.getByRole('link', { name: 'Die Rollen im Detail vergleichen' }),
  ).toHaveAttribute('href', '/de/roles');
  await expectNoHorizontalOverflow(page);
  await expectAccessibleInBothSchemes(page);
  expect(errors).toEqual([]);
});

test('German full quiz: start, every question in German, review, result', async ({ page }) => {
  test.setTimeout(180_000); // 41 pauses after a tap
  const errors = collectErrors(page);
  const total = totalOf(false);
  await page.goto('/de/');
  await page.getByRole('button', { name: 'Vollständigen Fragebogen ausfüllen' }).click();
  await expect(page).toHaveURL(/\/de\/quiz$/);
  await expect(page).toHaveTitle('Fragebogen ausfüllen · rolefit');
  await expect(page.getByText(/^Tipp: Mit den Tasten 1 bis 4/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Unterbrechen' })).toHaveAttribute('href', '/de/');
  await expectNoHorizontalOverflow(page);
  await expectAccessibleInBothSchemes(page);
  await answer(page, false, 1, total);
  await expect(page.getByRole('heading', { level: 1, name: 'Antworten durchsehen' })).toBeFocused();
  await expect(page.getByText('Ändern Sie jede Antwort, die Sie möchten')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Frage 1 ändern: / })).toBeVisible();
  await expectAccessibleInBothSchemes(page);
  await page.getByRole('button', { name: 'Mein Ergebnis ansehen' }).click();
  await expect(page).toHaveURL(/\/de\/results$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Retaking asks first, in German.
  await page.getByRole('button', { name: 'Fragebogen erneut ausfüllen' }).click();
  await expect(page.getByRole('group', { name: 'Den Fragebogen neu beginnen?' })).toContainText(
    '„Ihre früheren Ergebnisse“',
  );
  await page.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(page.getByRole('button', { name: 'Fragebogen erneut ausfüllen' })).toBeFocused();
  expect(errors).toEqual([]);
});

test('German storage notice: unreadable progress is said in German, and the quiz works', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    localStorage.setItem('rolefit-quiz', '{not json');
  });
  await page.goto('/de/quiz');
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Der in diesem Browser gespeicherte Fortschritt war nicht lesbar' });
  await expect(notice).toBeVisible();
  await expectAccessibleInBothSchemes(page);
  await notice.getByRole('button', { name: 'Schließen' }).click();
  await expect(notice).toBeHidden();
  await page.getByRole('button', { name: 'Vollständigen Fragebogen ausfüllen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Frage 1 von/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('German short quiz from the start card, and a change from the review', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  const total = totalOf(true);
  await page.goto('/de/quiz?mode=short');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Den rolefit-Fragebogen ausfüllen' }),
  ).toBeVisible();
  const shortCard = page.locator('.mode-list li').first();
  await expect(shortCard.getByRole('heading', { name: 'Kurzfassung' })).toBeVisible();
  await expect(shortCard).toContainText(new RegExp(`${total} Fragen, etwa \\d+ Minuten\\.`));
  await expect(page.locator('.mode-list li').nth(1)).toContainText(
    'Mit Praxisprofil und persönlichen Entwicklungstipps.',
  );
  await expectNoHorizontalOverflow(page);
  await expectAccessibleInBothSchemes(page);
  await shortCard.getByRole('button', { name: 'Kurzfassung ausfüllen' }).click();
  await answer(page, true, 1, total);
  await expect(page.getByRole('heading', { level: 1, name: 'Antworten durchsehen' })).toBeVisible();

  // Change question 2 from the review: back to it, pick another option, and straight back.
  const second = scenariosOf(true)[1];
  if (!second) throw new Error('the short quiz has fewer than two scenarios');
  await page.getByRole('button', { name: /^Frage 2 ändern: / }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Frage 2 von ${total}` })).toBeFocused();
  await expect(
    page.getByRole('radio', { name: optionText(second.id, 'strategic-market') }),
  ).toBeChecked();
  const other = optionText(second.id, 'tactical-team');
  await page.getByRole('radio', { name: other }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Antworten durchsehen' })).toBeVisible();
  await expect(page.locator('.review-item').nth(1)).toContainText(other);
  await expect(page.getByRole('button', { name: /^Frage 2 ändern: / })).toBeFocused();
  expect(errors).toEqual([]);
});

test('German "continue on another device": the link carries the answers to another browser', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const total = totalOf(false);
  await page.goto('/de/');
  await page.getByRole('button', { name: 'Vollständigen Fragebogen ausfüllen' }).click();
  await answer(page, false, 1, 3);
  await expect(page.getByRole('heading', { level: 1, name: `Frage 4 von ${total}` })).toBeFocused();
  await page.getByRole('button', { name: 'Auf anderem Gerät weitermachen' }).click();
  await expect(page.getByText('Öffnen Sie diesen Link auf Ihrem anderen Gerät')).toBeVisible();
  await expect(
    page.getByRole('img', { name: 'QR-Code des Links mit Ihren bisherigen Antworten' }),
  ).toBeVisible();
  const link = await page.getByLabel('Link mit Ihren bisherigen Antworten').inputValue();
  expect(link).toMatch(/\/de\/quiz#p=/);
  await expectAccessibleInBothSchemes(page);

  // Another device: a fresh browser context.
  const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await other.newPage();
  const errors = collectErrors(phone);
  await phone.goto(link);
  await expect(
    phone.getByRole('heading', { level: 1, name: 'Fragebogen hier fortsetzen?' }),
  ).toBeVisible();
  await expect(
    phone.getByText(
      'Dieser Link enthält 3 Antworten aus dem vollständigen Fragebogen auf einem anderen Gerät.',
      { exact: false },
    ),
  ).toBeVisible();
  await expectAccessibleInBothSchemes(phone);
  await phone.getByRole('button', { name: 'Meine Antworten laden' }).click();
  await expect(phone).toHaveURL(/\/de\/quiz$/);
  await expect(
    phone.getByRole('heading', { level: 1, name: `Frage 4 von ${total}` }),
  ).toBeVisible();
  await phone.getByRole('button', { name: 'Zurück' }).click();
  const third = scenariosOf(false)[2];
  if (!third) throw new Error('fewer than three scenarios');
  await expect(
    phone.getByRole('radio', { name: optionText(third.id, 'strategic-market') }),
  ).toBeChecked();

  // A damaged link: said in German, and nothing changes.
  await phone.goto('/de/quiz#p=not-a-code');
  await expect(
    phone.getByRole('heading', { level: 1, name: 'Dieser Link konnte nicht gelesen werden' }),
  ).toBeVisible();
  await expect(
    phone.getByText('Ihr Fortschritt in diesem Browser bleibt unverändert.', { exact: false }),
  ).toBeVisible();
  await phone.getByRole('button', { name: 'Zum Fragebogen' }).click();
  await expect(
    phone.getByRole('heading', { level: 1, name: `Frage 3 von ${total}` }),
  ).toBeVisible();
  expect(errors).toEqual([]);
  await other.close();
});

const REACT_DOM = /\/assets\/client-[^/]+\.js$/;
// No service worker here: it would answer React DOM's request before page.route could block it.
test.use({ serviceWorkers: 'block' });
const early = (page: Page) => page.locator('.quiz-early');

test('the language switch keeps quiz progress both ways; the early paint draws only its own language', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const total = totalOf(false);
  const scenarios = scenariosOf(false);
  // Wide enough for the header, which keeps the language switch on the quiz screen.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the full quiz' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Question 1 of ${total}` }),
  ).toBeFocused();
  for (let n = 1; n <= 3; n += 1) {
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
  }
  await expect(
    page.getByRole('heading', { level: 1, name: `Question 4 of ${total}` }),
  ).toBeFocused();
  const chosen = await page.evaluate(() => localStorage.getItem('rolefit-quiz'));

  // The English question's snapshot is not drawn on the German page (the app blocked: only the
  // early paint runs), so no English words appear there.
  await page.route(REACT_DOM, (route) => route.abort());
  await page.goto('/de/quiz');
  await expect(page.getByText('Ihr Fragebogen wird geladen …')).toBeVisible();
  await expect(early(page)).toBeEmpty();
  await page.unroute(REACT_DOM);

  // Back to English, then the switch in the header: the same question, in German, answers kept.
  await page.goto('/quiz');
  await expect(
    page.getByRole('heading', { level: 1, name: `Question 4 of ${total}` }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Deutsch', exact: true }).click();
  await expect(page).toHaveURL(/\/de\/quiz$/);
  await expect(page.getByRole('heading', { level: 1, name: `Frage 4 von ${total}` })).toBeVisible();
  await expect(page.locator('.question-hint')).toHaveText(`${INSTRUCTION} ${PRACTICE_NOTE}`);
  await page.getByRole('button', { name: 'Zurück' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Frage 3 von ${total}` })).toBeFocused();
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(1);
  const third = scenarios[2];
  if (!third) throw new Error('fewer than three scenarios');
  const checkedGerman = await page.locator('input[type="radio"]:checked + label').innerText();
  expect(Object.values(german.scenarios[third.id]?.options ?? {})).toContain(
    checkedGerman.replace(/^\d+\s*/, ''),
  );
  await expectAccessibleInBothSchemes(page);

  // A German reload draws the German question first (once the quiz has saved its snapshot).
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('rolefit-quiz-screen') ?? ''))
    .toMatch(/"language":"de","position":3,/);
  await page.route(REACT_DOM, (route) => route.abort());
  await page.reload();
  await expect(early(page).locator('h1')).toHaveText(`Frage 3 von ${total}`);
  await expect(early(page).locator('button', { hasText: 'Zurück' })).toBeVisible();
  await expect(early(page).locator('a.quiz-exit')).toHaveAttribute('href', '/de/');
  await page.unroute(REACT_DOM);

  // And back to English: the same question and answers, in English.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `Frage 3 von ${total}` })).toBeVisible();
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/quiz$/);
  await expect(
    page.getByRole('heading', { level: 1, name: `Question 3 of ${total}` }),
  ).toBeVisible();
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(1);
  // Same answers: only the position moved (Back), never an answer.
  const now = await page.evaluate(() => localStorage.getItem('rolefit-quiz'));
  const answersOf = (json: string | null) =>
    (JSON.parse(json ?? '{}') as { state?: { answers?: unknown } }).state?.answers;
  expect(answersOf(now)).toEqual(answersOf(chosen));
});
