import { fileURLToPath } from 'node:url';
import type { Plugin, Rolldown } from 'vite';

/** The early paint's source: domain and content modules only, no React (src/early-paint/). */
export const EARLY_PAINT_ENTRY = fileURLToPath(
  new URL('../src/early-paint/early-paint.ts', import.meta.url),
);

/**
 * Issue #13, part 8: the page at `path` (/quiz) runs the early paint, an entry of the build
 * (`EARLY_PAINT_ENTRY` in vite.config.ts), right after the app's entry: it draws the saved question
 * before React has loaded (docs/architecture.md, "Early paint of the quiz question"). An external
 * module script, as the CSP allows no inline script; no other page loads it. It shares the quiz's
 * chunks (the bank, the present and progress functions), which /quiz preloads already. Runs after
 * vite-prerender-plugin, like scripts/preload-plugin.ts.
 */
export function earlyPaintPlugin({ path }: { path: string }): Plugin {
  return {
    name: 'rolefit-early-paint',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle: Rolldown.OutputBundle) {
        const chunk = Object.values(bundle).find(
          (o): o is Rolldown.OutputChunk =>
            o.type === 'chunk' && o.facadeModuleId === EARLY_PAINT_ENTRY,
        );
        if (!chunk) return;
        for (const page of Object.values(bundle)) {
          if (page.type !== 'asset' || typeof page.source !== 'string') continue;
          if (!page.source.includes(`<meta name="rolefit-prerendered-path" content="${path}">`))
            continue;
          page.source = page.source.replace(
            /(<script type="module" crossorigin src="[^"]+"><\/script>)/,
            `$1<script type="module" crossorigin src="/${chunk.fileName}"></script>`,
          );
        }
      },
    },
  };
}
