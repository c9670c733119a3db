import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './helpers';
import {
  bank,
  expectFrameFitsContent,
  expectNoAxeViolationsInEmbed,
  quizFrame,
  readLog,
  shortScenarios,
  SHORT_TOTAL,
  waitForEvent,
  APP_ORIGIN,
  serveHostPages,
} from './embed-helpers';
import { embed as englishEmbed } from '../../src/words/en/embed';
import { embedBuilder as englishBuilder } from '../../src/words/en/embed-builder';

// The embed in German (issue #15): a German careers page with <rolefit-quiz lang="de"> on another
// site (host pages on http://localhost:<port>, the app on http://127.0.0.1:<E2E_PORT>), the quiz,
// the consent question and the result in German inside the frame, and the embed builder at
// /de/embed-builder. At phone width, axe clean.

const host = serveHostPages();

test.use({ viewport: { width: 390, height: 844 } });

interface GermanBank {
  scenarios: Record<string, { options: Record<string, string> }>;
  context: Record<string, { options: Record<string, string> }>;
}
const german = JSON.parse(
  readFileSync(new URL('../../questions/lang/de/bank.json', import.meta.url), 'utf8'),
) as GermanBank;

/** The German text of short scenario `index`'s option `key`. */
function germanOption(index: number, key: string): string {
  const id = shortScenarios[index]?.id ?? '';
  const text = german.scenarios[id]?.options[key];
  if (!text) throw new Error(`no German option ${key} for ${id}`);
  return text;
}

/** The German text of context question `index`'s first option (Germany, for the country). */
function germanContextOption(index: number): string {
  const question = bank.context[index];
  const first = question ? Object.values(german.context[question.id]?.options ?? {})[0] : undefined;
  if (!first) throw new Error(`no German context option ${index}`);
  return first;
}

/** The embed's own English sentences (its words module), none of which may show in German. */
function englishSentences(words: object): string[] {
  return Object.values(words).flatMap((value: unknown) =>
    typeof value === 'string'
      ? // Whole sentences and labels; a lone "?" or "Next" could be any language's.
        value.includes(' ') && value.length > 12
        ? [value]
        : []
      : value !== null && typeof value === 'object'
        ? englishSentences(value)
        : [],
  );
}

async function expectNoEnglishFromEmbedWords(frame: FrameLocator): Promise<void> {
  const text = await frame.locator('body').innerText();
  const left = englishSentences(englishEmbed).filter((sentence) => text.includes(sentence));
  expect(left).toEqual([]);
}

/** Answers the short quiz in German: one option key for every scenario, the first context answers. */
async function answerInGerman(frame: FrameLocator, key: string): Promise<void> {
  for (let i = 0; i < SHORT_TOTAL; i += 1) {
    const name =
      i < shortScenarios.length
        ? germanOption(i, key)
        : germanContextOption(i - shortScenarios.length);
    const radio = frame.getByRole('radio', { name, exact: true });
    await expect(radio).toBeVisible();
    await radio.check();
    await frame
      .getByRole('button', { name: i + 1 === SHORT_TOTAL ? 'Zu meinem Ergebnis' : 'Weiter' })
      .click();
  }
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e-out/de-embed/${name}.png`, fullPage: true });
}

test('a German careers page: lang="de" runs the quiz, the consent question and the result in German', async ({
  page,
}) => {
  await page.goto(`${host.origin}/de.html`);
  const iframe = page.locator('#quiz iframe');
  await expect(iframe).toHaveAttribute('title', 'Fragebogen: Product Manager oder Product Owner?');
  const src = new URL((await iframe.getAttribute('src')) ?? '');
  expect(src.origin + src.pathname).toBe(`${APP_ORIGIN}/de/embed/`);

  const ready = await waitForEvent(page, 'ready');
  expect(ready.detail).toMatchObject({ version: '1.1.0', locale: 'de', mode: 'inline' });

  const frame = quizFrame(page);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'de');
  await expect(
    frame.getByRole('heading', {
      level: 1,
      name: 'Product Manager oder Product Owner: Was passt zu Ihnen?',
    }),
  ).toBeVisible();
  await expect(
    frame.getByText(
      'Der Betreiber dieser Website sieht Ihren Ergebnistyp, aber niemals Ihre Antworten.',
    ),
  ).toBeVisible();
  await expect(
    frame.getByText('Bevor Werte weitergegeben werden, werden Sie gefragt.'),
  ).toBeVisible();
  await expect(frame.getByText(/^Dies ist kein Test\./)).toBeVisible();
  await expect(frame.getByText(/^\d+ kurze Fragen zur alltäglichen Produktarbeit/)).toBeVisible();
  // This Chromium denies storage to a cross-site frame: the note says so, in German.
  await expect(
    frame.getByText(/^Ihr Fortschritt kann hier nicht gespeichert werden/),
  ).toBeVisible();
  await expectNoEnglishFromEmbedWords(frame);
  await expectNoAxeViolationsInEmbed(page);
  await shoot(page, 'start');

  await frame.getByRole('button', { name: 'Fragebogen starten' }).click();
  await answerInGerman(frame, 'tactical-team');

  // The consent question, in two German steps; nothing is sent before the second.
  await expect(
    frame.getByRole('heading', { level: 1, name: `Ihre Werte mit ${host.origin} teilen?` }),
  ).toBeVisible();
  await expect(frame.getByText(/^Diese Website möchte Ihre Werte sehen/)).toBeVisible();
  const share = frame.getByRole('button', { name: 'Teilen', exact: true });
  await expect(frame.getByRole('button', { name: 'Für mich behalten' })).toBeVisible();
  await expect(share).toBeEnabled();
  await expectNoEnglishFromEmbedWords(frame);
  await expectNoAxeViolationsInEmbed(page);
  await shoot(page, 'consent');
  await share.click();
  await expect(
    frame.getByRole('heading', {
      level: 1,
      name: `Ihre drei Werte jetzt an ${host.origin} senden?`,
    }),
  ).toBeVisible();
  expect((await readLog(page)).some((e) => e.type === 'complete')).toBe(false);
  const send = frame.getByRole('button', { name: 'Ja, meine Werte senden' });
  await expect(send).toBeEnabled();
  await send.click();

  // The result: the embed's own parts in German, and the host learns the German result page.
  await expect(frame.getByText('Ihr rolefit-Ergebnis')).toBeVisible();
  const complete = await waitForEvent(page, 'complete');
  expect(complete.detail).toMatchObject({
    resultType: 'product-owner',
    resultUrl: `${APP_ORIGIN}/de/r/product-owner/`,
    consent: 'granted',
  });
  await expect(
    frame.getByText('Sie haben entschieden, ihr auch Ihre Werte zu senden.'),
  ).toBeVisible();
  await expect(frame.getByText(/sieht diesen Ergebnistyp\./)).toBeVisible();
  await expect(frame.getByRole('link', { name: 'Unsere offenen Stellen ansehen' })).toHaveAttribute(
    'href',
    'https://acme.example/jobs',
  );
  await expect(
    frame.getByRole('heading', { level: 2, name: 'Ihre Antworten und die Rolle „Product Owner“' }),
  ).toBeVisible();
  // 10 of 10 answers tactical and team-facing: both lean the way a Product Owner role usually does.
  await expect(
    frame.getByText('Ihre Antworten fallen taktisch aus, wie es für diese Rolle üblich ist.'),
  ).toBeVisible();
  await expect(
    frame.getByText('Ihre Antworten fallen teamorientiert aus, wie es für diese Rolle üblich ist.'),
  ).toBeVisible();
  await expect(frame.getByRole('heading', { level: 2, name: 'Wie geht es weiter?' })).toBeVisible();
  await expect(
    frame.getByRole('link', { name: /^Dieses Ergebnis auf rolefit öffnen/ }),
  ).toHaveAttribute('href', `${APP_ORIGIN}/de/r/product-owner/`);
  await expect(
    frame.getByRole('link', { name: /^Die Rollen im Detail vergleichen/ }),
  ).toHaveAttribute('href', '/de/roles');
  await expectNoEnglishFromEmbedWords(frame);
  await expectNoAxeViolationsInEmbed(page);
  await shoot(page, 'result');
  // The result screen scrolls inside its fixed height: a picture of each part, for review.
  const root = frame.locator('.embed-root');
  const inner = await root.evaluate((el) => el.scrollHeight);
  for (let top = 0, part = 0; top < inner; top += 600, part += 1) {
    await root.evaluate((el, y) => {
      el.scrollTop = y;
    }, top);
    await iframe.screenshot({ path: `e2e-out/de-embed/result-${part}.png` });
  }
  await root.evaluate((el) => {
    el.scrollTop = 0;
  });

  await frame.getByRole('button', { name: 'Fragebogen noch einmal ausfüllen' }).click();
  await expect(frame.getByRole('button', { name: 'Fragebogen starten' })).toBeVisible();
});

test('a lang the loader does not know leaves the frame on the English page of the quiz origin', async ({
  page,
}) => {
  await page.goto(`${host.origin}/de-odd.html`);
  const odd = page.locator('#odd iframe');
  await odd.scrollIntoViewIfNeeded();
  const src = new URL((await odd.getAttribute('src')) ?? '');
  expect(src.origin + src.pathname).toBe(`${APP_ORIGIN}/embed/`);
  await expect(odd).toHaveAttribute('title', 'Product Manager or Product Owner fit quiz');
  await expect
    .poll(async () =>
      (await readLog(page))
        .filter((e) => e.target === 'odd' && e.type === 'error')
        .map((e) => e.detail.message),
    )
    .toEqual(['Invalid lang']);
  await waitForEvent(page, 'ready', 'odd');
  await expect(
    quizFrame(page, '#odd').getByRole('button', { name: 'Start the quiz' }),
  ).toBeVisible();
});

test('the embed builder in German: German words, lang="de" in the snippet and a German live preview', async ({
  page,
}) => {
  await page.goto('/de/embed-builder');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveTitle('Den Fragebogen in Ihre Website einbinden · rolefit');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Den Fragebogen in Ihre Karriereseite einbinden' }),
  ).toBeVisible();
  const snippet = page.getByLabel('HTML-Code');
  const deutsch = page.getByRole('radio', { name: 'Deutsch' });
  await expect(deutsch).toBeChecked();
  await expect(snippet).toHaveValue(
    [
      '<rolefit-quiz lang="de">',
      `  <a href="${APP_ORIGIN}/de/">Fragebogen ausfüllen: Product Manager oder Product Owner?</a>`,
      '</rolefit-quiz>',
      `<script async src="${APP_ORIGIN}/embed/v1/embed.js"></script>`,
    ].join('\n'),
  );
  await expect(
    page.getByText('Ohne Eingabe gilt „Fragebogen: Product Manager oder Product Owner?“.'),
  ).toBeVisible();

  // The live preview is a German embed.
  const previewFrame = page.locator('.builder-preview iframe');
  await expect(previewFrame).toHaveAttribute('src', /\/de\/embed\/\?/);
  const preview = page.frameLocator('.builder-preview iframe');
  await expect(preview.getByRole('button', { name: 'Fragebogen starten' })).toBeVisible();

  // German messages for bad values, and German options in the snippet.
  await page.getByRole('radio', { name: /^Kurzfassung/ }).check();
  await page.getByLabel('Link auf der Ergebnisseite').fill('http://unsicher.example/jobs');
  await expect(
    page.getByText(
      'Geben Sie eine vollständige https://-Adresse an oder lassen Sie das Feld leer.',
    ),
  ).toBeVisible();
  await page.getByLabel('Link auf der Ergebnisseite').fill('https://acme.example/jobs');
  await page.getByLabel('Das Ergebnis neben einer Ihrer Rollen zeigen').selectOption({
    label: 'Rolle „Product Owner“',
  });
  await expect(snippet).toHaveValue(
    /^<rolefit-quiz length="short" cta-href="https:\/\/acme\.example\/jobs" job-profile="product-owner" lang="de">/,
  );
  const body = await page.locator('main').innerText();
  expect(englishSentences(englishBuilder).filter((sentence) => body.includes(sentence))).toEqual(
    [],
  );
  await expectNoAxeViolations(page);
  await shoot(page, 'builder');

  // Choosing English: no lang, the English fallback link, an English preview.
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(snippet).toHaveValue(
    /^<rolefit-quiz length="short" [^>]*job-profile="product-owner">\n/,
  );
  await expect(snippet).toHaveValue(
    new RegExp(
      `<a href="${APP_ORIGIN.replace(/\./g, '\\.')}/">Take the Product Manager vs Product Owner fit quiz</a>`,
    ),
  );
  await expect(page.getByText('Ohne Eingabe gilt „See our open roles“.')).toBeVisible();
  await expect(previewFrame).toHaveAttribute('src', /\/embed\/\?/);
  await expect(previewFrame).not.toHaveAttribute('src', /\/de\/embed\//);
  await expect(preview.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
});

test('the German builder and embed fit at 320, 390 and 1280 px, light and dark (screenshots)', async ({
  page,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [320, 390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/de/embed-builder');
      const preview = page.frameLocator('.builder-preview iframe');
      await expect(preview.getByRole('button', { name: 'Fragebogen starten' })).toBeVisible();
      await expect(async () => {
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      }).toPass();
      await shoot(page, `builder-${width}-${colorScheme}`);
    }
  }
  await page.goto(`${host.origin}/de.html`);
  await waitForEvent(page, 'ready');
  await expectFrameFitsContent(page);
});
