import rawBank from '../../questions/bank.json';
import type { PreparedBank } from '../domain/bank';
import { parseBank } from '../domain/parse-bank';

/** Where the bank lives, for error messages. */
export const BANK_FILE = 'questions/bank.json';

let cached: PreparedBank | undefined;

/** The current question bank, validated once. The build already refuses an invalid bank. */
export function loadBank(): PreparedBank {
  if (cached) return cached;
  const parsed = parseBank(BANK_FILE, rawBank);
  if (!parsed.ok) throw new Error(`The question bank is invalid:\n${parsed.messages.join('\n')}`);
  cached = parsed.value;
  return cached;
}
