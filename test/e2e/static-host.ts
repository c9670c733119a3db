import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

// A small static host for the offline and update specs, in the two ways real hosts serve a folder:
// `vite preview` (and Netlify) answer `/quiz` with quiz/index.html; GitHub Pages and Cloudflare Pages
// answer it with a 301 to `/quiz/` (docs/performance.md, "Offline").

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** How a host answers a folder's address without its trailing slash. */
export type DirectoryStyle = 'serves-index' | 'redirects';

/** Both styles, for specs that run once per style. */
export const DIRECTORY_STYLES: readonly DirectoryStyle[] = ['serves-index', 'redirects'];

export interface StaticHost {
  server: Server;
  /** Replaces the site, as a release does: the old build's files are gone from then on. */
  deploy: (nextRoot: string) => void;
}

/**
 * Serves `initialRoot`. A folder with an index.html is served at `/dir/`; `/dir` either gets the same
 * file or a 301 to `/dir/` (`directories`). An unknown path gets 404.html with status 404. Like GitHub
 * Pages, a page (and a redirect) may be kept in the HTTP cache for ten minutes; hashed chunks are never
 * kept (a browser may have evicted them anyway), so only the worker's cache can still serve old ones.
 */
export function createStaticHost(initialRoot: string, directories: DirectoryStyle): StaticHost {
  let root = initialRoot;
  const server = createServer((request, response) => {
    const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
    const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    const cacheControl = pathname.startsWith('/assets/') ? 'no-store' : 'max-age=600';
    const isFile = (p: string) => p.startsWith(root) && existsSync(p) && statSync(p).isFile();
    const direct = join(root, clean);
    const index = join(root, clean, 'index.html');
    if (
      !isFile(direct) &&
      isFile(index) &&
      !pathname.endsWith('/') &&
      directories === 'redirects'
    ) {
      response.writeHead(301, { location: `${pathname}/${search}`, 'cache-control': cacheControl });
      response.end();
      return;
    }
    const file = [direct, index].find(isFile);
    const served = file ?? join(root, '404.html');
    response.writeHead(file ? 200 : 404, {
      'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
      'cache-control': cacheControl,
    });
    response.end(readFileSync(served));
  });
  return {
    server,
    deploy(nextRoot: string) {
      root = nextRoot;
    },
  };
}

/** Listens on the first free port from `first` (up to 100 further) and returns the origin. */
export async function listen(server: Server, first: number): Promise<string> {
  for (let port = first; port < first + 100; port += 1) {
    const isListening = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (isListening) return `http://127.0.0.1:${port}`;
  }
  throw new Error(`no free port from ${first}`);
}

/** Stops a server started with `listen`. */
export function close(server: Server | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!server?.listening) resolve();
    else server.close(() => resolve());
  });
}
