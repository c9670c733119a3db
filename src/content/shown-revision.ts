import { applyBankLanguage } from '../domain/bank-language';
import type { BankLanguage } from '../domain/bank-language-schema';
import type { Bank } from '../domain/schema';
import { bankLanguage } from '../words/en/content-bank-language';
import { getLoadedRevision } from './load-archive';

// The questions of an answers-level link, as /r/<type>/ lists them: only the share page reads this
// (decode-result.ts, which other pages load, stays free of the language's bank words).

const shown = new Map<number, Bank>();

function translate(bank: Bank, language: BankLanguage): Bank {
  if (language.revision !== bank.revision) return bank;
  let translated = shown.get(bank.revision);
  if (!translated) {
    try {
      translated = applyBankLanguage(bank, language);
    } catch {
      // A language file that does not fit this archive: the released words, never a broken page.
      translated = bank;
    }
    shown.set(bank.revision, translated);
  }
  return translated;
}

/**
 * A loaded revision's questions as a shared link shows them: in this build's language when its
 * language file translates that revision (the build checked it against the source), otherwise as
 * released. Ids and option keys are the source's, so the answers are the same either way.
 */
export function getRevisionToShow(revision: number): Bank | undefined {
  const bank = getLoadedRevision(revision);
  // The English build (bankLanguage null) drops the rest.
  return bank && bankLanguage ? translate(bank, bankLanguage as BankLanguage) : bank;
}
