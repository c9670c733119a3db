import { expect, test } from 'vitest';
import rawBank from '../../questions/bank.json';
import germanWords from '../../questions/lang/de/bank.json';
import translated from '../../questions/lang/de/bank.json?translated';
import { prepareBank } from '../../src/domain/bank';
import { applyLanguageToPrepared } from '../../src/domain/bank-language';
import type { BankLanguage } from '../../src/domain/bank-language-schema';
import type { Bank } from '../../src/domain/schema';

// The German build's bank is made at build time (scripts/translated-bank-plugin.ts) so a German page
// downloads no English bank text. It must be exactly what applying the language at run time gave:
// the German texts, and the English items' hashes and scoring key, so answers carry over.
test('the build-time German bank is the run-time translation, with the English hashes', () => {
  const source = prepareBank(rawBank as unknown as Bank);
  const expected = applyLanguageToPrepared(source, germanWords as unknown as BankLanguage);
  const made = translated as { bank: Bank; itemHashes: unknown; scoringKeyHash: unknown };
  expect(made.bank).toEqual(expected.bank);
  expect(made.itemHashes).toEqual(source.itemHashes);
  expect(made.scoringKeyHash).toBe(source.scoringKeyHash);
  // And it is German: no scenario prompt is the English one.
  const englishPrompts = new Set(source.bank.scenarios.map((s) => s.prompt));
  expect(made.bank.scenarios.filter((s) => englishPrompts.has(s.prompt))).toEqual([]);
});
