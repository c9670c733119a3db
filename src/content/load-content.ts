import rawBank from '../../questions/bank.json';
import earlierWordings from '../../questions/earlier-wordings.json';
import { prepareBank, type PreparedBank } from '../domain/bank';
import type { EarlierWordings } from '../domain/earlier-wordings';
import type { Bank } from '../domain/schema';

let cached: PreparedBank | undefined;

/**
 * The current question bank, prepared once. It is not parsed again here: `vite build` refuses a bank
 * that fails `parseBank` (scripts/bank-check-plugin.ts names file, id and field) and
 * test/content/bank.test.ts parses this same file, so the quiz page never downloads the schema
 * (docs/decisions/006-one-validator.md).
 */
export function loadBank(): PreparedBank {
  // The JSON import is typed with plain strings where the schema has literal unions.
  cached ??= prepareBank(rawBank as unknown as Bank);
  return cached;
}

/**
 * Earlier wordings whose saved answers still count, written by `npm run bank:release` and checked
 * against the archives by test/content/earlier-wordings.test.ts.
 */
export const EARLIER_WORDINGS: EarlierWordings = earlierWordings;
