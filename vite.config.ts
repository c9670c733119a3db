/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { vitePrerenderPlugin } from 'vite-prerender-plugin';
import { prerenderPaths } from './src/app/paths.ts';
import { bankCheckPlugin } from './scripts/bank-check-plugin.ts';
import { embedLoaderPlugin } from './scripts/embed-loader-plugin.ts';
import { cspPlugin } from './scripts/csp-plugin.ts';
import { preloadReactDomPlugin } from './scripts/preload-plugin.ts';
import { serviceWorkerPlugin } from './scripts/service-worker-plugin.ts';

export default defineConfig({
  plugins: [
    bankCheckPlugin(),
    embedLoaderPlugin(),
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
      pathPrefixes: ['/quiz', '/results', '/r/', '/c/', '/compare', '/embed/'],
    }),
    // After prerendering: writes dist/sw.js precaching every page (docs/performance.md, Offline).
    serviceWorkerPlugin({ pagePaths: prerenderPaths }),
  ],
  test: {
    environment: 'node',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['./test/setup.ts'],
    reporters: ['default', './.ci/summary-reporter.ts'],
  },
});
