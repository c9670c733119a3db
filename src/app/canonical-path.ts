import { paths } from '../config/paths';
import { matchPage } from './routes';

/** Pages whose own address ends in a slash (`/r/<type>/`, `/c/`, `/embed/`). */
const FOLDER_PAGES: readonly string[] = [
  paths.shareResult.path,
  paths.invite.path,
  paths.embed.path,
];

const INDEX_FILE = 'index.html';

/**
 * The address a page is known by, for a file address a static host also serves it at:
 * `/quiz/index.html` is `/quiz`, `/index.html` is `/`, `/r/product-owner/index.html` is
 * `/r/product-owner/` (the form its links use). Any other path, including an unknown
 * `/x/index.html`, comes back unchanged (an unknown one then shows the not-found page).
 */
export function canonicalPathname(pathname: string): string {
  if (!pathname.endsWith(`/${INDEX_FILE}`)) return pathname;
  const folder = pathname.slice(0, -INDEX_FILE.length);
  if (folder === '/') return folder;
  const bare = folder.slice(0, -1);
  const page = matchPage(bare).route.path;
  if (page === '*') return pathname;
  // The home page's address ends in a slash in every language ("/de/index.html" is "/de/").
  return page === paths.home.path || FOLDER_PAGES.includes(page) ? folder : bare;
}
