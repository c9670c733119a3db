import { createPath, Router, type Navigator } from 'react-router';
import { AppRoutes, matchPage } from './routes';
import { AppProviders } from './app-providers';
import { BASE, LANGUAGE, LANGUAGES, pathIn } from '../config/languages';
import { SITE_ORIGIN } from '../config/head';

const refuse = (): never => {
  throw new Error('A prerendered page cannot navigate.');
};

/**
 * The router's navigator in the prerender: links get their href, any navigation throws. Our own,
 * with the public `<Router>`, rather than `<StaticRouter>`: the prerender's router sits in the same
 * React Router module as the browser's, so StaticRouter's stateless navigator and its long error texts
 * shipped in the entry chunk to every visitor (0.30 kB gzip; docs/performance.md).
 */
const staticNavigator: Navigator = {
  createHref: (to) => (typeof to === 'string' ? to : createPath(to)),
  push: refuse,
  replace: refuse,
  go: refuse,
};

/**
 * Build time only (vite-prerender-plugin, through `prerender` in src/main.tsx): renders one path to
 * static HTML with its head tags, with the same routes and providers as the browser. It lives in its
 * own module so the server renderer is never downloaded. The edge build of react-dom/server is used
 * because the browser build opens a MessageChannel at load, which keeps Node's event loop alive so
 * `vite build` never exits.
 */
export async function renderPage({ url: fileUrl }: { url: string }) {
  const { renderToString } = await import('react-dom/server.edge');
  // The plugin names pages by their file under this build's folder ("/quiz" writes de/quiz/ in the
  // German build); the page itself knows its full address ("/de/quiz").
  const url = `${BASE}${fileUrl}`;
  const { pathname } = new URL(url, 'http://prerender.invalid');
  const { route, params } = matchPage(pathname);
  // The page's chunk first, so the page renders rather than its loading fallback.
  const page = await route.source.load();
  const html = renderToString(
    <AppProviders>
      <Router location={url} navigator={staticNavigator} static>
        <AppRoutes />
      </Router>
    </AppProviders>,
  );
  const head = page.handle.head(params);
  const elements = new Set<{ type: string; props: Record<string, string> }>();
  elements.add({ type: 'meta', props: { name: 'rolefit-prerendered-path', content: url } });
  elements.add({ type: 'meta', props: { name: 'description', content: head.description } });
  if (head.noindex) elements.add({ type: 'meta', props: { name: 'robots', content: 'noindex' } });
  for (const props of head.meta ?? []) elements.add({ type: 'meta', props });
  for (const props of head.links ?? []) elements.add({ type: 'link', props });
  // The same page in every language, for search engines (English is the default). Not on the
  // not-found page, which has no address of its own.
  if (route.path !== '*') {
    for (const language of LANGUAGES) {
      const href = `${SITE_ORIGIN}${pathIn(language, fileUrl)}`;
      elements.add({ type: 'link', props: { rel: 'alternate', hreflang: language.code, href } });
    }
    const fallback = `${SITE_ORIGIN}${fileUrl}`;
    elements.add({
      type: 'link',
      props: { rel: 'alternate', hreflang: 'x-default', href: fallback },
    });
  }
  return { html, head: { lang: LANGUAGE.code, title: head.title, elements } };
}
