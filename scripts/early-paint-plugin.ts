import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Plugin, Rolldown } from 'vite';
import { buildClassicScript } from './classic-script.ts';
import { languagePlugin } from './language-plugin.ts';

/** The early paint's source: domain and storage modules only, no React (src/early-paint/). */
export const EARLY_PAINT_ENTRY = fileURLToPath(
  new URL('../src/early-paint/early-paint.ts', import.meta.url),
);

/**
 * Issue #13, part 8: the prerendered page at `path` (/quiz) runs the early paint, which draws the
 * saved question before React has loaded (docs/architecture.md, "Early paint of the quiz question").
 * A classic, parser-blocking script of its own (about 2 kB gzip) in the head, after the stylesheet:
 * it needs nothing of the app, runs before the body is parsed and draws the question as the parser
 * adds the shell's slot, so the question is the page's first paint. It then starts the app's entry
 * (preloaded in its place) after that frame: run straight from the HTML, the entry and its imports
 * ran before the first frame on a fast connection, and Lighthouse's simulated LCP counted React DOM.
 * External, as the CSP allows no inline script; no other page loads it. Runs after
 * vite-prerender-plugin, like scripts/preload-plugin.ts.
 */
export function earlyPaintPlugin({ path, language }: { path: string; language: string }): Plugin {
  // The build's public base ("/" or "/de/"): the script is emitted into that build's assets.
  let base = '/';
  return {
    name: 'rolefit-early-paint',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle: Rolldown.OutputBundle) {
        const marker = `<meta name="rolefit-prerendered-path" content="${path}">`;
        const pages = Object.values(bundle).filter(
          (o): o is Rolldown.OutputAsset =>
            o.type === 'asset' && typeof o.source === 'string' && o.source.includes(marker),
        );
        if (pages.length === 0) return;
        // Built with the page's language: the script draws that language's words (Back, Next, …).
        const code = await buildClassicScript(EARLY_PAINT_ENTRY, 'RolefitEarlyPaint', [
          languagePlugin(language),
        ]);
        const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
        const fileName = `assets/early-paint-${hash}.js`;
        this.emitFile({ type: 'asset', fileName, source: code });
        const stylesheet = /(<link rel="stylesheet" crossorigin href="[^"]+">)/;
        const appEntry = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
        for (const page of pages) {
          const html = String(page.source);
          const entry = appEntry.exec(html)?.[1];
          if (!entry || !stylesheet.test(html))
            throw new Error(
              `rolefit: ${page.fileName} lacks the entry or stylesheet the early paint needs`,
            );
          page.source = html
            // The entry is fetched at once but started by the early paint, after the question's frame.
            .replace(appEntry, `<link rel="modulepreload" crossorigin href="${entry}">`)
            .replace(
              stylesheet,
              `$1<script src="${base}${fileName}" data-app="${entry}"></script>`,
            );
        }
      },
    },
  };
}
