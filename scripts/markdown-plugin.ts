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
 * `import html from '…/file.md?html'` gives the file rendered to an HTML string at build time, so no
 * markdown parser ships to the browser (scripts/budgets.mjs fails if one does). Only our own committed
 * files are imported this way, so the HTML is not sanitized.
 */
export function markdownHtmlPlugin(): Plugin {
  return {
    name: 'rolefit-markdown-html',
    enforce: 'pre',
    async load(id) {
      const [file = '', query = ''] = id.split('?', 2);
      // In dev, Vite adds `&import` to the query of a non-JavaScript import.
      if (!file.endsWith('.md') || !new URLSearchParams(query).has('html')) return null;
      this.addWatchFile(file);
      const html = renderMarkdown(await readFile(file, 'utf8'));
      return `export default ${JSON.stringify(html)};`;
    },
  };
}
