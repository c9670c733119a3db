import type { Plugin } from 'vite';

/**
 * The Content Security Policy of every page (docs/performance.md, "Content Security Policy"). Scripts come
 * from this origin only: no 'unsafe-inline', no 'unsafe-eval' and no other origin anywhere. Styles
 * are 'self' too: prerendered markup carries no `style` attributes, and React applies the `style`
 * prop through the CSSOM after hydration, which CSP does not restrict. Images allow `data:` (QR codes)
 * and `blob:` (the downloadable result card).
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-src': "'none'",
};

/** The policy as one header or meta value; `overrides` replace single directives. */
export function contentSecurityPolicy(overrides: Readonly<Record<string, string>> = {}): string {
  return Object.entries({ ...CSP_DIRECTIVES, ...overrides })
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/;

function cspMeta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}

/**
 * Puts the policy into index.html as the first tag after `<meta charset>`, so it governs every
 * script and style that follows. vite-prerender-plugin uses the built index.html as the template of
 * every page, so each prerendered page carries it. Build only: the dev server injects inline scripts.
 * A `<meta>` policy cannot set frame-ancestors; public/_headers does that for hosts that read it.
 *
 * `pageOverrides` changes directives for single pages (written after prerendering), e.g. the embed
 * builder's live preview needs `frame-src 'self'` (docs/performance.md).
 */
export function cspPlugin({
  pageOverrides = {},
}: { pageOverrides?: Readonly<Record<string, Readonly<Record<string, string>>>> } = {}): Plugin {
  return {
    name: 'rolefit-csp',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = cspMeta(contentSecurityPolicy());
        const withMeta = html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
        if (withMeta === html) throw new Error('rolefit-csp: index.html needs a <meta charset>');
        return withMeta;
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const [path, overrides] of Object.entries(pageOverrides)) {
          const fileName = `${path.replace(/^\/|\/$/g, '')}/index.html`;
          const asset = bundle[fileName];
          if (asset?.type !== 'asset' || typeof asset.source !== 'string') continue;
          asset.source = asset.source.replace(META, cspMeta(contentSecurityPolicy(overrides)));
        }
      },
    },
  };
}
