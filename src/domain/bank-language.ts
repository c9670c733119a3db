// Applies a checked language file to the bank. No schema here: the build checks every language file
// (bank-language-schema.ts, scripts/bank-files.ts), so a page that shows the bank in another language
// loads only this and the language's text (docs/decisions/007-languages.md).
import { prepareBank, type PreparedBank } from './bank';
import type { BankLanguage } from './bank-language-schema';
import type { Bank } from './schema';
import { textFor } from './text-tree';

/**
 * The bank with every text replaced by the language's; ids, option keys, dimensions, signals, the
 * short set, the revision and the order are the source's. Call it only with a language file that
 * passed `checkBankLanguage` against this bank (it throws on a missing text, never falls back).
 */
export function applyBankLanguage(bank: Bank, language: BankLanguage): Bank {
  return {
    ...bank,
    dimensions: bank.dimensions.map((d) => {
      const t = textFor(language.dimensions, d.id, 'dimension');
      return { ...d, label: t.label, scenarioNoun: t.scenarioNoun };
    }),
    scenarios: bank.scenarios.map((s) => {
      const t = textFor(language.scenarios, s.id, 'scenario');
      return {
        ...s,
        prompt: t.prompt,
        options: s.options.map((o) => ({
          ...o,
          text: textFor(t.options, o.key, `scenario "${s.id}", option`),
        })),
      };
    }),
    practice: bank.practice.map((p) => ({
      ...p,
      activity: textFor(language.practice, p.id, 'practice item').activity,
    })),
    context: bank.context.map((c) => {
      const t = textFor(language.context, c.id, 'context question');
      return {
        ...c,
        prompt: t.prompt,
        options: c.options.map((o) => ({
          ...o,
          label: textFor(t.options, o.id, `context question "${c.id}", option`),
        })),
      };
    }),
  };
}

/**
 * The prepared bank in another language. The scoring-key fingerprint and every item's content hash
 * stay the source's: a saved answer is tied to the English item, so switching language keeps it.
 */
export function applyLanguageToPrepared(
  prepared: PreparedBank,
  language: BankLanguage,
): PreparedBank {
  return prepareBank(applyBankLanguage(prepared.bank, language), prepared);
}
