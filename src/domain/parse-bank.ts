import type { z } from 'zod/mini';
import { prepareBank, type PreparedBank } from './bank';
import { BankSchema } from './schema';

// Validation lives apart from bank.ts so the page frame (quiz store -> progress -> bank) never
// loads the bank schema; only pages that read a bank import this module.

/** A readable line per problem: file, question id and field, so an editor can find it. */
export function describeBankIssues(
  fileName: string,
  raw: unknown,
  issues: readonly z.core.$ZodIssue[],
): string[] {
  return issues.map((issue) => {
    const path = issue.path;
    let where = '';
    let rest = path;
    const [section, index] = path;
    if (typeof section === 'string' && typeof index === 'number') {
      const id = readId(raw, section, index);
      where = ` ${section}[${index}]${id ? ` (id "${id}")` : ''}`;
      rest = path.slice(2);
    } else if (path.length > 0) {
      where = ` ${String(section)}`;
      rest = path.slice(1);
    }
    const field = rest.length > 0 ? ` field "${rest.map(String).join('.')}"` : '';
    return `${fileName}:${where}${field}: ${issue.message}`;
  });
}

function readId(raw: unknown, section: string, index: number): string | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const list: unknown = Reflect.get(raw, section);
  if (!Array.isArray(list)) return undefined;
  const entry: unknown = list[index];
  if (entry === null || typeof entry !== 'object') return undefined;
  const id: unknown = Reflect.get(entry, 'id');
  return typeof id === 'string' ? id : undefined;
}

/** Validates raw bank JSON; on failure returns readable messages naming file, id and field. */
export function parseBank(
  fileName: string,
  raw: unknown,
): { ok: true; value: PreparedBank } | { ok: false; messages: string[] } {
  const parsed = BankSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, messages: describeBankIssues(fileName, raw, parsed.error.issues) };
  return { ok: true, value: prepareBank(parsed.data) };
}
