import { toJsonSchema } from '@valibot/to-json-schema';
import { BankSchema } from './schema';

/**
 * The JSON Schema text of questions/bank.json, generated from the valibot schema (for editors). Rules
 * JSON Schema cannot say (one option per quadrant, unique ids) are left out; the build checks them.
 */
export function bankJsonSchemaText(): string {
  const { $schema, ...schema } = toJsonSchema(BankSchema, {
    target: 'draft-2020-12',
    typeMode: 'input',
    errorMode: 'ignore',
  });
  // The draft first, where a reader looks for it.
  return `${JSON.stringify({ $schema, ...schema }, null, 2)}\n`;
}
