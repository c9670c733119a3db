import { StrictMode } from 'react';
import { createMemoryRouter, RouterProvider, type DataRouter } from 'react-router';
import { routes } from './routes';
import { AppProviders } from './app-providers';
import { readHead, SITE_NAME } from './head';

/** Resolves once the router has loaded the lazy route modules of its first location. */
function whenInitialized(router: DataRouter): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Build time only (vite-prerender-plugin, through `prerender` in src/main.tsx): renders one path to
 * static HTML with its head tags. It renders with the same memory-router code path the browser uses
 * (not `createStaticHandler`), so React Router's static-rendering code is never bundled into the
 * entry chunk, and it lives in its own module so the server renderer is never downloaded.
 * The edge build of react-dom/server is used because the browser build opens a MessageChannel at load,
 * which keeps Node's event loop alive so `vite build` never exits.
 */
export async function renderPage({ url }: { url: string }) {
  const { renderToString } = await import('react-dom/server.edge');
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  await whenInitialized(router);
  const html = renderToString(
    <StrictMode>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
  const { matches } = router.state;
  const last = matches[matches.length - 1];
  router.dispose();
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
