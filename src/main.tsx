import { StrictMode } from 'react';
import { createBrowserRouter, matchRoutes, RouterProvider } from 'react-router';
import { routes } from './app/routes';
import { AppProviders } from './app/app-providers';
import './app/styles.css';

if (typeof window !== 'undefined') {
  void hydrate();
}

/** Loads the lazy route modules of the current URL first, so hydration matches the prerendered HTML. */
async function resolveLazyRoutes(url: string): Promise<void> {
  const matches = matchRoutes(routes, url) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
}

/** "/quiz/", "/quiz/index.html" and "/quiz" are the same page. */
function normalizePath(path: string): string {
  const trimmed = path.replace(/index\.html$/, '').replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

async function hydrate() {
  await resolveLazyRoutes(window.location.pathname);
  const { hydrateRoot, createRoot } = await import('react-dom/client');
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
    root.hasChildNodes() &&
    rendered &&
    normalizePath(rendered) === normalizePath(window.location.pathname)
  ) {
    hydrateRoot(root, app);
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
}

/**
 * Build time only (vite-prerender-plugin): renders one path to static HTML with its head tags.
 * The renderer is imported dynamically so the browser never downloads it (see src/app/prerender.tsx).
 */
export async function prerender(data: { url: string }) {
  const { renderPage } = await import('./app/prerender');
  return renderPage(data);
}
