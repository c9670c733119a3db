import { expect, test } from 'vitest';
import { hashScoringKey, prepareBank } from '../../src/domain/bank';
import { applyBankLanguage, applyLanguageToPrepared } from '../../src/domain/bank-language';
import { checkBankLanguage } from '../../src/domain/bank-language-schema';
import type { Bank } from '../../src/domain/schema';
import { makeBank } from './fixture-bank';
import { translateAll } from './fixture-language';

const bank = makeBank(6, 3);
const language = translateAll(bank);

/** Everything in a bank but its words: what a translation must leave alone. */
function withoutWords(b: Bank) {
  return {
    revision: b.revision,
    dimensions: b.dimensions.map((d) => d.id),
    scenarios: b.scenarios.map((s) => ({
      id: s.id,
      dimension: s.dimension,
      short: s.short,
      options: s.options.map((o) => ({ key: o.key, signals: o.signals })),
    })),
    practice: b.practice.map((p) => ({ id: p.id, dimension: p.dimension })),
    context: b.context.map((c) => ({ id: c.id, options: c.options.map((o) => o.id) })),
  };
}

/** Every text of a bank, in file order. */
function words(b: Bank): string[] {
  return [
    ...b.dimensions.flatMap((d) => [d.label, d.scenarioNoun]),
    ...b.scenarios.flatMap((s) => [s.prompt, ...s.options.map((o) => o.text)]),
    ...b.practice.map((p) => p.activity),
    ...b.context.flatMap((c) => [c.prompt, ...c.options.map((o) => o.label)]),
  ];
}

test('the fixture language passes the check it is meant to have passed', () => {
  expect(checkBankLanguage('xx.json', language, bank).ok).toBe(true);
});

test('every text is the language text; ids, keys, dimensions, signals and order are the source ones', () => {
  const applied = applyBankLanguage(bank, language);
  expect(withoutWords(applied)).toEqual(withoutWords(bank));
  expect(words(applied)).toEqual(words(bank).map((w) => `XX ${w}`));
});

test('a translation cannot change the scoring key fingerprint', () => {
  expect(hashScoringKey(applyBankLanguage(bank, language))).toBe(hashScoringKey(bank));
});

test('the prepared bank keeps the source hashes, so saved answers survive a language switch', () => {
  const prepared = prepareBank(bank);
  const translated = applyLanguageToPrepared(prepared, language);
  expect(translated.scoringKeyHash).toBe(prepared.scoringKeyHash);
  expect(translated.itemHashes).toEqual(prepared.itemHashes);
  for (const mode of ['full', 'short'] as const) {
    expect(translated.items[mode].map((i) => [i.kind, i.id, i.hash])).toEqual(
      prepared.items[mode].map((i) => [i.kind, i.id, i.hash]),
    );
  }
  const first = translated.items.full[0];
  expect(first?.kind === 'scenario' && first.scenario.prompt).toBe(
    `XX ${bank.scenarios[0]?.prompt}`,
  );
});

test('a file that skipped the check is refused loudly, never shown half in English', () => {
  const rest = { ...language.scenarios };
  delete rest['scenario-2'];
  expect(() => applyBankLanguage(bank, { ...language, scenarios: rest })).toThrow(
    'The language file has no text for scenario "scenario-2"',
  );
  const options = { ...language.scenarios['scenario-1']!.options };
  delete options['tactical-market'];
  const scenarios = { ...language.scenarios, 'scenario-1': { prompt: 'XX p', options } };
  expect(() => applyBankLanguage(bank, { ...language, scenarios })).toThrow(
    'The language file has no text for scenario "scenario-1", option "tactical-market"',
  );
});
