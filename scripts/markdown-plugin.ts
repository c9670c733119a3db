import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { marked } from 'marked';
import type { Plugin } from 'vite';

/**
 * Our markdown as HTML. Tables scroll sideways on narrow screens (.prose table in styles.css);
 * tabindex lets keyboard users scroll them too.
 */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false }).replaceAll('<table>', '<table tabindex="0">');
}

/**
 * The file a build in `language` renders for `file`: the same path under docs/<language>/
 * ("docs/scoring.md" → "docs/de/scoring.md"); English, the source, renders the file itself.
 */
export function markdownFileIn(file: string, language: string): string {
  if (language === 'en') return file;
  const at = file.lastIndexOf('/docs/');
  if (at < 0)
    throw new Error(`${file}: only files under docs/ have translations (docs/<language>/…).`);
  return `${file.slice(0, at)}/docs/${language}/${file.slice(at + '/docs/'.length)}`;
}

/**
 * `import html from '…/file.md?html'` gives the file rendered to an HTML string at build time, so no
 * markdown parser ships to the browser (scripts/budgets.mjs fails if one does). Only our own committed
 * files are imported this way, so the HTML is not sanitized. A build in another language renders the
 * file's twin under docs/<language>/ (`markdownFileIn`), as scripts/language-plugin.ts swaps the words,
 * and fails when the twin is missing.
 */
export function markdownHtmlPlugin(language = 'en'): Plugin {
  return {
    name: 'rolefit-markdown-html',
    enforce: 'pre',
    async load(id) {
      const [file = '', query = ''] = id.split('?', 2);
      // In dev, Vite adds `&import` to the query of a non-JavaScript import.
      if (!file.endsWith('.md') || !new URLSearchParams(query).has('html')) return null;
      const twin = markdownFileIn(file, language);
      if (!existsSync(twin))
        this.error(`${twin} is missing: the ${language} build renders it for ${file}.`);
      this.addWatchFile(twin);
      const html = renderMarkdown(await readFile(twin, 'utf8'));
      return `export default ${JSON.stringify(html)};`;
    },
  };
}
