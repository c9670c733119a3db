import { startTransition } from 'react';
import { BrowserRouter } from 'react-router';
import { AppRoutes, matchPage } from './app/routes';
import { AppProviders } from './app/app-providers';
import { registerServiceWorker } from './app/service-worker';
import { canonicalPathname } from './app/canonical-path';
import './app/styles.css';

if (typeof window !== 'undefined') {
  void hydrate();
}

/** "/quiz/", "/quiz/index.html" and "/quiz" are the same page. */
function normalizePath(path: string): string {
  const trimmed = path.replace(/index\.html$/, '').replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

async function hydrate() {
  // A static host also serves each page at its file address (/quiz/index.html); show the page
  // there too, under the address it is known by.
  const { pathname, search, hash } = window.location;
  const canonical = canonicalPathname(pathname);
  if (canonical !== pathname) {
    window.history.replaceState(window.history.state, '', `${canonical}${search}${hash}`);
  }
  // The current page's chunk loads before the first render, so hydration matches the prerendered
  // HTML. A missing chunk (a new version was deployed after this HTML was cached) makes the page
  // render afresh instead, and its error boundary offers a reload, never a dead page.
  // React DOM and the page's chunk load in parallel, not one after the other.
  const reactDom = import('react-dom/client');
  const isPreloaded = await matchPage(window.location.pathname)
    .route.source.load()
    .then(
      () => true,
      () => false,
    );
  const { hydrateRoot, createRoot } = await reactDom;
  const root = document.getElementById('root');
  if (!root) return;
  const app = (
    <AppProviders>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
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
    // As a transition, React hydrates in small slices and the page stays responsive meanwhile.
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    root.replaceChildren();
    const fresh = createRoot(root);
    startTransition(() => {
      fresh.render(app);
    });
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
