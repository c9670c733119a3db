/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { vitePrerenderPlugin } from 'vite-prerender-plugin';
import { prerenderPaths } from './src/app/prerender-paths.ts';
import { paths } from './src/config/paths.ts';
import { bankCheckPlugin } from './scripts/bank-check-plugin.ts';
import { lexiconCheckPlugin } from './scripts/lexicon-check-plugin.ts';
import { embedLoaderPlugin } from './scripts/embed-loader-plugin.ts';
import { cspPlugin } from './scripts/csp-plugin.ts';
import { earlyPaintPlugin } from './scripts/early-paint-plugin.ts';
import { markdownHtmlPlugin } from './scripts/markdown-plugin.ts';
import { preloadReactDomPlugin } from './scripts/preload-plugin.ts';
import { serviceWorkerPlugin } from './scripts/service-worker-plugin.ts';
import { languagePlugin } from './scripts/language-plugin.ts';
import { translatedBankPlugin } from './scripts/translated-bank-plugin.ts';
import { LANGUAGES, pathIn } from './src/config/languages.ts';

const routerProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

export default defineConfig(({ command, mode }) => {
  // `vite build --mode de` builds the German pages into dist/de/ (served at /de/); any other mode is
  // English, at the root. docs/decisions/007-languages.md.
  const language = LANGUAGES.find((l) => l.code === mode) ?? LANGUAGES[0];
  const isSource = language.base === '';
  return {
    base: `${language.base}/`,
    // public/ (favicon, preview images, host headers) is copied once, with the English pages at the root.
    publicDir: isSource ? 'public' : false,
    // React Router publishes only its development build through package exports (the framework-mode
    // plugin aliases the production one); without this alias the app ships its dev warnings too.
    resolve:
      command === 'build'
        ? { alias: [{ find: /^react-router$/, replacement: routerProduction }] }
        : {},
    build: {
      outDir: `dist${language.base}`,
      // The English build comes first and starts from an empty dist/; the others write beside it.
      emptyOutDir: isSource,
      // No preload map in the entry: Vite's list of every lazy chunk's dependencies costs the landing
      // page about 0.8 kB gzip, more than its budget allows. A page's chunk then fetches its own imports
      // when it runs (one more round trip on a client-side navigation); the prerendered pages that fill
      // in after hydration preload React DOM themselves (scripts/preload-plugin.ts). docs/performance.md.
      modulePreload: false,
      rolldownOptions: {
        treeshake: {
          // React.memo has no side effects, but React is CommonJS, so the bundler cannot know that a
          // memo() whose result nothing uses can go. React Router's data-router component
          // (`React.memo(DataRoutes)`, never rendered here) kept its whole route renderer, ranking and
          // error boundary in the entry chunk: 1.5 kB gzip of the landing page (docs/performance.md).
          // `import_react` is the bundler's name for React's module; when a Rolldown release names it
          // otherwise, the landing budget (scripts/budgets.mjs) fails.
          manualPureFunctions: ['import_react.memo'],
        },
      },
    },
    plugins: [
      languagePlugin(language.code),
      // A language's question bank, translated at build time (src/words/<code>/content-bank.ts).
      translatedBankPlugin(),
      bankCheckPlugin(),
      lexiconCheckPlugin(),
      // One loader for every language (`lang` attribute), built with the English pages.
      ...(isSource ? [embedLoaderPlugin()] : []),
      // docs/scoring.md becomes HTML at build time: the methods page ships no markdown parser. A
      // language's build renders its translation (docs/de/scoring.md).
      markdownHtmlPlugin(language.code),
      react(),
      vitePrerenderPlugin({
        renderTarget: '#root',
        additionalPrerenderRoutes: [...prerenderPaths],
        previewMiddlewareFallback: '/404.html',
      }),
      // A CSP <meta> in every page; the embed builder's live preview frames /embed/.
      cspPlugin({ pageOverrides: { '/embed-builder': { 'frame-src': "'self'" } } }),
      // Pages that fill in after hydration download React DOM with the entry, not after it.
      preloadReactDomPlugin({
        pathPrefixes: [
          paths.results.href(),
          paths.shareResult.prefix,
          paths.invite.href(),
          paths.compare.href(),
          paths.embed.href(),
        ],
      }),
      // /quiz draws the saved question before React loads (issue #13, part 8; docs/architecture.md).
      // Each language's /quiz gets a script in its own words, under its own base (/de/quiz).
      earlyPaintPlugin({ path: pathIn(language, paths.quiz.path), language: language.code }),
      // After prerendering: writes dist/sw.js precaching every page (docs/performance.md, Offline).
      serviceWorkerPlugin({
        pagePaths: prerenderPaths,
        scope: {
          base: language.base,
          // The folders inside this worker's scope that other languages' workers serve.
          otherBases: LANGUAGES.filter((l) => l !== language && l.base !== '').map((l) => l.base),
        },
      }),
    ],
    test: {
      environment: 'node',
      include: ['test/**/*.test.{ts,tsx}'],
      setupFiles: ['./test/setup.ts'],
      // Route tests drive whole pages through user-event; CI machines are shared and often busy.
      testTimeout: 20_000,
      reporters: ['default', './.ci/summary-reporter.ts'],
    },
  };
});
