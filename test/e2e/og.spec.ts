import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { finishShortQuizByKeys } from './helpers';

const TYPES = [
  'product-manager',
  'product-owner',
  'strategic-technical',
  'customer-facing',
  'balanced',
] as const;

/** The attributes of every <meta> and <link> tag in raw HTML, as plain objects. */
function tags(html: string, name: 'meta' | 'link'): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map(([, attrs = '']) =>
    Object.fromEntries(
      [...attrs.matchAll(/([a-z:-]+)="([^"]*)"/gi)].map(([, key = '', value = '']) => [
        key.toLowerCase(),
        value.replaceAll('&amp;', '&'),
      ]),
    ),
  );
}

const metaContent = (metas: Record<string, string>[], key: string) =>
  metas.find((m) => m.property === key || m.name === key)?.content;

for (const type of TYPES) {
  test(`/r/${type}/ has its link-preview tags in the raw HTML`, async ({ request }) => {
    // Crawlers such as LinkedInBot run no JS: the tags must be in the prerendered file itself.
    const response = await request.get(`/r/${type}/`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const metas = tags(html, 'meta');

    expect(metaContent(metas, 'og:title')).toMatch(/^My rolefit result: \S/);
    const image = metaContent(metas, 'og:image') ?? '';
    expect(image).toMatch(new RegExp(`^https?://[^/]+/og/${type}\\.v2\\.png$`));
    expect(metaContent(metas, 'og:image:width')).toBe('1200');
    expect(metaContent(metas, 'og:image:height')).toBe('630');
    expect(metaContent(metas, 'twitter:card')).toBe('summary_large_image');

    const ogUrl = metaContent(metas, 'og:url') ?? '';
    expect(ogUrl).toMatch(new RegExp(`^https?://[^/#]+/r/${type}/$`));
    const canonical = tags(html, 'link').find((l) => l.rel === 'canonical');
    expect(canonical?.href).toBe(ogUrl);

    const png = await request.get(`/og/${type}.v2.png`);
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toMatch(/^image\/png\b/);
    const body = await png.body();
    expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(body.length).toBeLessThan(300 * 1024);
  });
}

test('an unknown result type gets no preview tags', async ({ request }) => {
  const html = await (await request.get('/r/nonsense/')).text();
  expect(html).not.toContain('og:image');
  expect(html).not.toContain('rel="canonical"');
});

/** The card's size and the colour of a pixel of its background, read by the browser. */
async function readCard(page: Page, png: Buffer) {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    ctx?.drawImage(image, 0, 0);
    const [r = 0, g = 0, b = 0] = ctx?.getImageData(20, 320, 1, 1).data ?? [];
    return { width: image.width, height: image.height, background: (r + g + b) / 3 };
  }, png.toString('base64'));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the downloaded result card is 1200×630 and ${colorScheme} in a ${colorScheme} page`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await finishShortQuizByKeys(page);
    await page.getByRole('radio', { name: /With scores/ }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download result card' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rolefit-[a-z-]+\.png$/);
    const png = readFileSync(await download.path());
    await download.saveAs(test.info().outputPath(`share-card-${colorScheme}.png`));
    const card = await readCard(page, png);
    expect([card.width, card.height]).toEqual([1200, 630]);
    if (colorScheme === 'dark') expect(card.background).toBeLessThan(60);
    else expect(card.background).toBeGreaterThan(230);
    await expect(page.getByText('Card downloaded.')).toBeVisible();
    await context.close();
  });
}
