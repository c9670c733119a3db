/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { vitePrerenderPlugin } from 'vite-prerender-plugin';
import { prerenderPaths } from './src/app/paths.ts';
import { bankCheckPlugin } from './scripts/bank-check-plugin.ts';

export default defineConfig({
  plugins: [
    bankCheckPlugin(),
    react(),
    vitePrerenderPlugin({
      renderTarget: '#root',
      additionalPrerenderRoutes: [...prerenderPaths],
      previewMiddlewareFallback: '/404.html',
    }),
  ],
  test: {
    environment: 'node',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['./test/setup.ts'],
    reporters: ['default', './.ci/summary-reporter.ts'],
  },
});
