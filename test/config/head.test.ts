import { describe, expect, test } from 'vitest';
import { SITE_ORIGIN, toSiteOrigin } from '../../src/config/head';
import { RESULT_TYPES, TYPE_NAMES } from '../../src/domain/result-types';
import { shareResultHandle } from '../../src/routes/share-result';

/** The content of the first meta tag with this property or name. */
function metaContent(meta: readonly Record<string, string>[] | undefined, key: string) {
  return meta?.find((m) => m.property === key || m.name === key)?.content;
}

describe('share page head', () => {
  test('a known type gets its title, Open Graph and Twitter tags and a canonical link', () => {
    const head = shareResultHandle.head({ type: 'product-owner' });
    expect(head.title).toBe('Product Owner fit · rolefit');
    const url = `${SITE_ORIGIN}/r/product-owner/`;
    const image = `${SITE_ORIGIN}/og/product-owner.v2.png`;
    expect(metaContent(head.meta, 'og:type')).toBe('website');
    expect(metaContent(head.meta, 'og:site_name')).toBe('rolefit');
    expect(metaContent(head.meta, 'og:title')).toBe('My rolefit result: Product Owner fit');
    expect(metaContent(head.meta, 'og:description')).toMatch(/\S/);
    expect(metaContent(head.meta, 'og:url')).toBe(url);
    expect(metaContent(head.meta, 'og:image')).toBe(image);
    expect(metaContent(head.meta, 'og:image:width')).toBe('1200');
    expect(metaContent(head.meta, 'og:image:height')).toBe('630');
    expect(metaContent(head.meta, 'og:image:alt')).toContain('Product Owner fit');
    expect(metaContent(head.meta, 'og:locale')).toBe('en_US');
    expect(metaContent(head.meta, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(head.meta, 'twitter:title')).toBe('My rolefit result: Product Owner fit');
    expect(metaContent(head.meta, 'twitter:description')).toBe(
      metaContent(head.meta, 'og:description'),
    );
    expect(metaContent(head.meta, 'twitter:image')).toBe(image);
    expect(head.links).toEqual([{ rel: 'canonical', href: url }]);
  });

  test.each(RESULT_TYPES)('%s: absolute URLs without a fragment, named after the type', (type) => {
    const head = shareResultHandle.head({ type });
    expect(metaContent(head.meta, 'og:title')).toBe(`My rolefit result: ${TYPE_NAMES[type]}`);
    for (const key of ['og:url', 'og:image', 'twitter:image']) {
      const value = metaContent(head.meta, key) ?? '';
      expect(new URL(value).origin).toBe(SITE_ORIGIN);
      expect(value).not.toContain('#');
    }
    expect(metaContent(head.meta, 'og:image')).toMatch(new RegExp(`/og/${type}\\.v\\d+\\.png$`));
  });

  test.each(['nonsense', 'Product-Owner', ''])(
    'an unknown slug "%s" gets no preview tags and no canonical link',
    (type) => {
      const head = shareResultHandle.head({ type });
      expect(head.title).toBe('rolefit result · rolefit');
      expect(head.meta ?? []).toEqual([]);
      expect(head.links ?? []).toEqual([]);
    },
  );

  test('a missing slug gets no preview tags', () => {
    const head = shareResultHandle.head({});
    expect(head.meta ?? []).toEqual([]);
    expect(head.links ?? []).toEqual([]);
  });
});

describe('toSiteOrigin', () => {
  test.each([
    ['https://rolefit.app', 'https://rolefit.app'],
    ['https://rolefit.app/', 'https://rolefit.app'],
    [' https://Rolefit.App ', 'https://rolefit.app'],
    ['http://127.0.0.1:4173/', 'http://127.0.0.1:4173'],
    ['https://rolefit.app:8443', 'https://rolefit.app:8443'],
  ])('accepts the origin %j', (value, expected) => {
    expect(toSiteOrigin(value)).toBe(expected);
  });

  test.each([
    undefined,
    '',
    42,
    'rolefit.app',
    'ftp://rolefit.app',
    'javascript:alert(1)',
    'https://rolefit.app/quiz',
    'https://rolefit.app/?a=1',
    'https://rolefit.app/#x',
    'https://user:pass@rolefit.app',
  ])('falls back to the placeholder for %j', (value) => {
    expect(toSiteOrigin(value)).toBe('https://rolefit.example');
  });
});
