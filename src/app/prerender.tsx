import { StrictMode } from 'react';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { routes } from './routes';
import { AppProviders } from './app-providers';
import { readHead, SITE_NAME } from './head';

/**
 * Build time only (vite-prerender-plugin, through `prerender` in src/main.tsx): renders one path to
 * static HTML with its head tags. It lives in its own module, loaded with a dynamic import, so the
 * static router and the server renderer stay out of the entry chunk that every page downloads.
 * The edge build of react-dom/server is used because the browser build opens a MessageChannel at load,
 * which keeps Node's event loop alive so `vite build` never exits.
 */
export async function renderPage({ url }: { url: string }) {
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
