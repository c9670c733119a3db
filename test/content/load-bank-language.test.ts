import { expect, test } from 'vitest';
import rawBank from '../../questions/bank.json';
import rawGerman from '../../questions/lang/de/bank.json';
import { checkBankLanguage } from '../../src/domain/bank-language-schema';
import { parseBank } from '../../src/domain/parse-bank';
import { BANK_LANGUAGES, loadBankLanguage } from '../../src/content/load-bank-language';
import { listBankLanguages } from '../../scripts/bank-files';

test('the app finds the same languages the build checks', () => {
  expect(BANK_LANGUAGES).toEqual(listBankLanguages());
  expect(BANK_LANGUAGES).toContain('de');
});

test('a language loads exactly as the check parses it (it skips the parse at run time)', async () => {
  const parsed = parseBank('questions/bank.json', rawBank);
  if (!parsed.ok) throw new Error(parsed.messages.join('\n'));
  const checked = checkBankLanguage('questions/lang/de/bank.json', rawGerman, parsed.value.bank);
  if (!checked.ok) throw new Error(checked.messages.join('\n'));
  expect(await loadBankLanguage('de')).toEqual(checked.value);
});

test('a language without a file loads nothing, and is no path into other folders', async () => {
  expect(await loadBankLanguage('xx')).toBeUndefined();
  expect(await loadBankLanguage('../archive/r1')).toBeUndefined();
  expect(await loadBankLanguage('')).toBeUndefined();
});
