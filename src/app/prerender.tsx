import { StaticRouter } from 'react-router';
import { AppRoutes, matchPage } from './routes';
import { AppProviders } from './app-providers';

/**
 * Build time only (vite-prerender-plugin, through `prerender` in src/main.tsx): renders one path to
 * static HTML with its head tags, with the same routes and providers as the browser. It lives in its
 * own module so the server renderer is never downloaded. The edge build of react-dom/server is used
 * because the browser build opens a MessageChannel at load, which keeps Node's event loop alive so
 * `vite build` never exits.
 */
export async function renderPage({ url }: { url: string }) {
  const { renderToString } = await import('react-dom/server.edge');
  const { pathname } = new URL(url, 'http://prerender.invalid');
  const { route, params } = matchPage(pathname);
  // The page's chunk first, so the page renders rather than its loading fallback.
  const page = await route.source.load();
  const html = renderToString(
    <AppProviders>
      <StaticRouter location={url}>
        <AppRoutes />
      </StaticRouter>
    </AppProviders>,
  );
  const head = page.handle.head(params);
  const elements = new Set<{ type: string; props: Record<string, string> }>();
  elements.add({ type: 'meta', props: { name: 'rolefit-prerendered-path', content: url } });
  elements.add({ type: 'meta', props: { name: 'description', content: head.description } });
  if (head.noindex) elements.add({ type: 'meta', props: { name: 'robots', content: 'noindex' } });
  for (const props of head.meta ?? []) elements.add({ type: 'meta', props });
  for (const props of head.links ?? []) elements.add({ type: 'link', props });
  return { html, head: { lang: 'en', title: head.title, elements } };
}
