import { prepareBank, type PreparedBank } from './bank';
import { parseContent, type ContentParse } from './content-issues';
import { BankSchema } from './schema';

// Validation lives apart from bank.ts so the page frame (quiz store -> progress -> bank) never
// loads the bank schema; only pages that read a bank import this module.

/** Validates raw bank JSON; on failure returns readable messages naming file, id and field. */
export function parseBank(fileName: string, raw: unknown): ContentParse<PreparedBank> {
  const parsed = parseContent(BankSchema, fileName, raw);
  return parsed.ok ? { ok: true, value: prepareBank(parsed.value) } : parsed;
}
