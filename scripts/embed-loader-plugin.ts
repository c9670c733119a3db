import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { buildClassicScript } from './classic-script.ts';
import { LOADER_PATH, LOADER_VERSION } from '../src/embed-loader/protocol.ts';

/** The loader's source: dependency-free, it imports only src/embed-loader/protocol.ts and loader-checks.ts. */
export const LOADER_ENTRY = fileURLToPath(
  new URL('../src/embed-loader/loader.ts', import.meta.url),
);

/** Where the loader is written in dist/: the floating v1 URL and an immutable per-version copy. */
export const LOADER_FILES = [LOADER_PATH.slice(1), `embed/${LOADER_VERSION}/embed.js`] as const;

/** Bundles and minifies the loader into one classic script (IIFE) and returns its code. */
export function buildLoader(): Promise<string> {
  return buildClassicScript(LOADER_ENTRY, 'RolefitLoader');
}

/**
 * Builds the embed loader alongside the app: `vite build` writes dist/embed/v1/embed.js (and the
 * per-version copy), and the dev server serves a fresh build at the same URL.
 */
export function embedLoaderPlugin(): Plugin {
  return {
    name: 'rolefit-embed-loader',
    async generateBundle() {
      const code = await buildLoader();
      for (const fileName of LOADER_FILES) this.emitFile({ type: 'asset', fileName, source: code });
    },
    configureServer(server) {
      server.middlewares.use(LOADER_PATH, (_req, res, next) => {
        buildLoader().then(
          (code) => {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.setHeader('Cache-Control', 'no-store');
            res.end(code);
          },
          (error: unknown) => {
            next(error);
          },
        );
      });
    },
  };
}
