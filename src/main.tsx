import { StrictMode } from 'react';
import { createBrowserRouter, matchRoutes, RouterProvider } from 'react-router';
import { config as configureZod } from 'zod/mini';
import { routes } from './app/routes';
import { AppProviders } from './app/app-providers';
import { isChunkErrorPage } from './app/route-error';
import { registerServiceWorker } from './app/service-worker';
import './app/styles.css';

// Zod compiles its object parsers with `new Function` where it may; the CSP forbids eval, and the
// probe alone is reported as a violation, so the interpreted parsers are used (docs/performance.md).
configureZod({ jitless: true });

if (typeof window !== 'undefined') {
  void hydrate();
}

/**
 * Loads the lazy route modules of the current URL first, so hydration matches the prerendered HTML.
 * False when a page chunk could not be loaded (see `showChunkErrors`).
 */
async function resolveLazyRoutes(url: string): Promise<boolean> {
  const matches = matchRoutes(routes, url) ?? [];
  const loaded = await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return true;
      const result = await route.lazy();
      Object.assign(route, { ...result, lazy: undefined });
      return !isChunkErrorPage(result);
    }),
  );
  return loaded.every(Boolean);
}

/** "/quiz/", "/quiz/index.html" and "/quiz" are the same page. */
function normalizePath(path: string): string {
  const trimmed = path.replace(/index\.html$/, '').replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

async function hydrate() {
  // A page chunk can be missing (a new version was deployed after this HTML was cached). Then the
  // page is rendered afresh instead of hydrated, and its error boundary offers a reload
  // (src/app/route-error.tsx), never a dead page.
  // React DOM and the page's chunk load in parallel, not one after the other.
  const reactDom = import('react-dom/client');
  const isPreloaded = await resolveLazyRoutes(window.location.pathname).catch(() => false);
  const { hydrateRoot, createRoot } = await reactDom;
  const router = createBrowserRouter(routes);
  const root = document.getElementById('root');
  if (!root) return;
  const app = (
    <StrictMode>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>
  );
  // Hydrate only HTML prerendered for this path; a host's 404.html fallback is rendered afresh.
  const rendered = document
    .querySelector('meta[name="rolefit-prerendered-path"]')
    ?.getAttribute('content');
  if (
    isPreloaded &&
    root.hasChildNodes() &&
    rendered &&
    normalizePath(rendered) === normalizePath(window.location.pathname)
  ) {
    hydrateRoot(root, app);
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
  registerServiceWorker();
}

/**
 * Build time only (vite-prerender-plugin): renders one path to static HTML with its head tags.
 * The renderer is imported dynamically so the browser never downloads it (see src/app/prerender.tsx).
 */
export async function prerender(data: { url: string }) {
  const { renderPage } = await import('./app/prerender');
  return renderPage(data);
}
