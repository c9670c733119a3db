import type { BankLanguage } from '../domain/bank-language-schema';

// Every translation of the bank's words, each its own chunk, fetched only when a page asks for that
// language (wrapped in `createLoader`, docs/decisions/007-languages.md). English pages fetch none.
const languageModules = import.meta.glob<unknown>('../../questions/lang/*/bank.json', {
  import: 'default',
});

const pathOf = (language: string) => `../../questions/lang/${language}/bank.json`;

/** The languages the bank's words exist in besides English, e.g. ["de"]. */
export const BANK_LANGUAGES: readonly string[] = Object.keys(languageModules)
  .flatMap((path) => /\/lang\/([^/]+)\/bank\.json$/.exec(path)?.slice(1) ?? [])
  .sort();

/**
 * Loads one language's bank words; undefined for a language the bank has no file for. Not parsed
 * again: `vite build` refuses a language file that fails `checkBankLanguage` against the bank
 * (scripts/bank-files.ts), and test/content/load-bank-language.test.ts checks this returns exactly
 * what the check parses, so no page downloads the schema.
 */
export async function loadBankLanguage(language: string): Promise<BankLanguage | undefined> {
  const load = languageModules[pathOf(language)];
  return load ? ((await load()) as BankLanguage) : undefined;
}
