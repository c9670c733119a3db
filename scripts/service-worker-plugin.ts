import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { generateSW, type ManifestEntry } from 'workbox-build';

/** Where the worker is written in dist/ and registered from (src/app/service-worker.ts). */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * Rewrites the precache entry of every page whose canonical URL has no trailing slash
 * (`quiz/index.html` -> `/quiz`), so a navigation to `/quiz` finds it in the cache. Pages whose URL
 * ends with a slash (`/`, `/r/<type>/`, `/c/`) keep their `index.html` entry: Workbox's
 * `directoryIndex` maps `/r/product-owner/` to it.
 */
export function canonicalPageUrls<T extends ManifestEntry>(
  entries: readonly T[],
  pagePaths: readonly string[],
): T[] {
  const slashless = new Set(
    pagePaths.filter((p) => p !== '/' && !p.endsWith('/') && !p.endsWith('.html')),
  );
  return entries.map((entry) => {
    const match = /^(.+)\/index\.html$/.exec(entry.url);
    const path = match ? `/${match[1] ?? ''}` : null;
    return path !== null && slashless.has(path) ? { ...entry, url: path } : entry;
  });
}

/**
 * Writes dist/sw.js with Workbox (generateSW) once the build, prerendered pages included, is on disk:
 * vite-prerender-plugin adds the HTML at the end of the bundle, so the worker is generated in
 * `closeBundle`, after everything is written. Plain `vite build` produces it; the dev server never does.
 *
 * Update strategy (docs/performance.md): a new worker installs in the background and waits
 * (`skipWaiting: false`) until no tab runs the previous version, so an open quiz keeps the files it
 * started with and nothing is swapped under it. `clientsClaim: true` only matters on the very first
 * install (no older version exists then): the tab that installed it works offline without a reload.
 */
export function serviceWorkerPlugin({ pagePaths }: { pagePaths: readonly string[] }): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'rolefit-service-worker',
    apply: 'build',
    enforce: 'post',
    applyToEnvironment: (environment) => environment.name === 'client',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (!config || config.build.ssr) return;
        const outDir = resolve(config.root, config.build.outDir);
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          swDest: join(outDir, SERVICE_WORKER_FILE),
          globPatterns: ['**/*.{html,js,css,svg,png,json,txt}'],
          globIgnores: [
            SERVICE_WORKER_FILE,
            // Preview images are for link crawlers; the embed (page and loader) runs on other sites.
            'og/**',
            'embed/**',
            // Build-time only: the prerender renderer is never loaded by a browser.
            'assets/prerender-*.js',
            'assets/server.edge-*.js',
          ],
          manifestTransforms: [
            (entries) => ({ manifest: canonicalPageUrls(entries, pagePaths), warnings: [] }),
          ],
          // Hashed file names need no revision of their own.
          dontCacheBustURLsMatching: /^assets\//,
          // Pages are static: queries (`?mode=short`) are read in the browser, so any query matches.
          ignoreURLParametersMatching: [/.*/],
          directoryIndex: 'index.html',
          // Any other navigation goes to the network; offline it gets the not-found page.
          runtimeCaching: [
            {
              urlPattern: ({ request, url }) =>
                request.mode === 'navigate' && !url.pathname.startsWith('/embed/'),
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: '/404.html' } },
            },
          ],
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
        });
        for (const warning of warnings) config.logger.warn(`service worker: ${warning}`);
        config.logger.info(
          `service worker: ${SERVICE_WORKER_FILE} precaches ${count} files, ${(size / 1000).toFixed(1)} kB`,
        );
      },
    },
  };
}
