import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';

const SOURCE_FOLDER = '/src/words/en/';

/**
 * Makes a build speak `code`: every import that resolves to a module in src/words/en/ gets the
 * module of the same name in src/words/<code>/ instead. The code imports the English words (the
 * source, and what tsc and ESLint see); each language's folder has the same modules with the same
 * exports, checked by tsc (`satisfies`) and test/words/words-keys.test.ts. A language module may
 * import only types from src/words/en/. docs/decisions/007-languages.md.
 */
export function languagePlugin(code: string): Plugin {
  return {
    name: 'rolefit-language',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (code === 'en' || !source.includes('words/en/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !resolved.id.includes(SOURCE_FOLDER)) return resolved;
      const id = resolved.id.replace(SOURCE_FOLDER, `/src/words/${code}/`);
      if (!existsSync(id.split('?')[0] ?? id)) {
        this.error(`${id} is missing: every module in src/words/en/ needs its ${code} twin.`);
      }
      return { ...resolved, id };
    },
  };
}
