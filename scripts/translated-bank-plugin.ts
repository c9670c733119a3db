import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { prepareBank } from '../src/domain/bank.ts';
import { applyBankLanguage } from '../src/domain/bank-language.ts';
import type { BankLanguage } from '../src/domain/bank-language-schema.ts';
import type { Bank } from '../src/domain/schema.ts';

const QUERY = '?translated';

/**
 * `questions/lang/<code>/bank.json?translated` is the question bank in that language, made at build
 * time: the source bank (questions/bank.json) with the language file's texts applied
 * (`applyBankLanguage`), plus what a translation never changes and the app reads from the source:
 * each item's content hash and the scoring key's fingerprint, computed from the English items, so
 * saved answers carry over between languages (docs/decisions/007-languages.md). A German page then
 * downloads the bank once, in German, and no English text of it. Only valid files reach here:
 * scripts/bank-check-plugin.ts fails the build on a broken language file first.
 */
export function translatedBankPlugin(): Plugin {
  return {
    name: 'rolefit-translated-bank',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith(QUERY)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, {
        ...options,
        skipSelf: true,
      });
      return resolved ? `${resolved.id}${QUERY}` : null;
    },
    load(id) {
      if (!id.endsWith(QUERY)) return null;
      const languageFile = id.slice(0, -QUERY.length);
      const sourceFile = join(dirname(languageFile), '..', '..', 'bank.json');
      this.addWatchFile(languageFile);
      this.addWatchFile(sourceFile);
      const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
      // Checked by scripts/bank-check-plugin.ts (and test/content/bank.test.ts) before any page uses it.
      const source = prepareBank(read(sourceFile) as Bank);
      const bank = applyBankLanguage(source.bank, read(languageFile) as BankLanguage);
      const value = {
        bank,
        itemHashes: source.itemHashes,
        scoringKeyHash: source.scoringKeyHash,
      };
      return `export default ${JSON.stringify(value)};`;
    },
  };
}
