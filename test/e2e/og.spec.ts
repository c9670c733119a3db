import { expect, test } from '@playwright/test';

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
