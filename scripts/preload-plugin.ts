import type { Plugin, Rolldown } from 'vite';

/**
 * Every page hydrates with React DOM, which src/main.tsx imports dynamically (a static import keeps
 * the prerender from exiting). Without a hint the browser only discovers that 65 kB chunk after the
 * entry has downloaded and run. On pages whose content appears only after hydration (`pathPrefixes`:
 * the quiz, results, share pages) a `<link rel="modulepreload">` lets both download in parallel; on
 * pages that are complete as prerendered HTML it would only compete with the stylesheet for
 * bandwidth and delay the first paint (docs/performance.md). Runs after vite-prerender-plugin.
 *
 * `pageChunks` names a page whose own chunk should be preloaded too, with every chunk it imports
 * statically: without a preload map (`build.modulePreload: false`) the browser finds them one level
 * at a time, a round trip each, after the entry has run (the /quiz question waited for three levels).
 */
export function preloadReactDomPlugin({
  pathPrefixes,
  pageChunks = [],
}: {
  pathPrefixes: readonly string[];
  pageChunks?: readonly { path: string; module: RegExp }[];
}): Plugin {
  // The build's folder ('/' for English, '/de/' for German): page paths are matched without it, and
  // the preloaded files are addressed with it.
  let base = '/';
  return {
    name: 'rolefit-preload-react-dom',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle: Rolldown.OutputBundle) {
        const chunks = Object.values(bundle).filter(
          (o): o is Rolldown.OutputChunk => o.type === 'chunk',
        );
        const client = chunks.find((c) =>
          c.moduleIds.some((id) => /[\\/]react-dom[\\/]client\.js$/.test(id)),
        );
        if (!client) return;
        const entry = chunks.find((c) => c.isEntry);
        const files = [client.fileName, ...client.imports].filter((f) => f !== entry?.fileName);
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        /** A page chunk and everything it imports statically, minus the entry and React DOM. */
        const pageFiles = (module: RegExp): string[] => {
          const start = chunks.find((c) => !c.isEntry && c.moduleIds.some((id) => module.test(id)));
          const seen = new Set<string>();
          const visit = (fileName: string) => {
            if (seen.has(fileName) || fileName === entry?.fileName) return;
            seen.add(fileName);
            for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
          };
          if (start) visit(start.fileName);
          return [...seen].filter((f) => !files.includes(f));
        };
        const toLinks = (list: readonly string[]) =>
          list
            .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`)
            .join('');
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
          if (typeof asset.source !== 'string') continue;
          const fullPath = /<meta name="rolefit-prerendered-path" content="([^"]*)"/.exec(
            asset.source,
          )?.[1];
          const path = fullPath?.startsWith(base) ? `/${fullPath.slice(base.length)}` : fullPath;
          if (path === undefined || !pathPrefixes.some((prefix) => path.startsWith(prefix)))
            continue;
          const page = pageChunks.find((p) => p.path === path);
          const links = toLinks([...files, ...(page ? pageFiles(page.module) : [])]);
          // After the stylesheet: the page's first paint waits for it, so it is asked for first (with
          // a dozen preloads ahead of it, it queued behind scripts on an HTTP/1.1 connection limit).
          const stylesheet = /(<link rel="stylesheet" crossorigin href="[^"]+">)/;
          asset.source = stylesheet.test(asset.source)
            ? asset.source.replace(stylesheet, `$1${links}`)
            : asset.source.replace(
                /(<script type="module" crossorigin src="[^"]+"><\/script>)/,
                `$1${links}`,
              );
        }
      },
    },
  };
}
