import { StrictMode } from 'react';
import {
  createBrowserRouter,
  createStaticHandler,
  createStaticRouter,
  matchRoutes,
  RouterProvider,
  StaticRouterProvider,
} from 'react-router';
import { routes } from './app/routes';
import { AppProviders } from './app/app-providers';
import { readHead, SITE_NAME } from './app/head';
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
 * The edge build of react-dom/server is used because the browser build opens a MessageChannel at load,
 * which keeps Node's event loop alive so `vite build` never exits.
 */
export async function prerender({ url }: { url: string }) {
  const { renderToString } = await import('react-dom/server.edge');
  const handler = createStaticHandler(routes);
  const request = new Request(new URL(url, 'http://localhost'));
  const context = await handler.query(request);
  if (context instanceof Response) throw new Error(`Unexpected redirect while prerendering ${url}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <AppProviders>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProviders>
    </StrictMode>,
  );
  const last = context.matches[context.matches.length - 1];
  const head = last ? readHead(last.route.handle, last.params) : undefined;
  const elements = new Set<{ type: string; props: Record<string, string> }>();
  elements.add({ type: 'meta', props: { name: 'rolefit-prerendered-path', content: url } });
  if (head) {
    elements.add({ type: 'meta', props: { name: 'description', content: head.description } });
    if (head.noindex) elements.add({ type: 'meta', props: { name: 'robots', content: 'noindex' } });
    for (const props of head.meta ?? []) elements.add({ type: 'meta', props });
    for (const props of head.links ?? []) elements.add({ type: 'link', props });
  }
  return { html, head: { lang: 'en', title: head?.title ?? SITE_NAME, elements } };
}
