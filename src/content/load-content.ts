import earlierWordings from '../../questions/earlier-wordings.json';
import { prepareBank, type PreparedBank, type SourceKey } from '../domain/bank';
import { questionBank, sourceKey } from '../words/en/content-bank';
import type { EarlierWordings } from '../domain/earlier-wordings';
import type { Bank } from '../domain/schema';

let cached: PreparedBank | undefined;

/**
 * The current question bank in this build's language, prepared once. It is not parsed again here: `vite build` refuses a bank
 * that fails `parseBank` (scripts/bank-check-plugin.ts names file, id and field) and
 * test/content/bank.test.ts parses this same file, so the quiz page never downloads the schema
 * (docs/decisions/006-one-validator.md).
 */
export function loadBank(): PreparedBank {
  // The JSON import is typed with plain strings where the schema has literal unions.
  if (cached) return cached;
  // Another language keeps the English items' hashes and scoring key (made at build time from the
  // source, scripts/translated-bank-plugin.ts), as applyLanguageToPrepared does: a translation cannot
  // change scoring, and saved answers carry over between languages (docs/decisions/007-languages.md).
  cached = prepareBank(questionBank as Bank, sourceKey ? (sourceKey as SourceKey) : undefined);
  return cached;
}

/**
 * Earlier wordings whose saved answers still count, written by `npm run bank:release` and checked
 * against the archives by test/content/earlier-wordings.test.ts.
 */
export const EARLIER_WORDINGS: EarlierWordings = earlierWordings;
