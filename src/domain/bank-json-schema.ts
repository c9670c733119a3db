import './zod-setup';
import { z } from 'zod';
import { BankSchema } from './schema';

/** The JSON Schema text of questions/bank.json, generated from the zod schema (for editors). */
export function bankJsonSchemaText(): string {
  const schema = z.toJSONSchema(BankSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
