import type * as v from 'valibot';
import { parseContent } from '../domain/content-issues';

/**
 * A guide file (questions/roles.json, growth.json, salaries.json) parsed by its schema, or an error
 * that lists every problem with the file's name. Each guide has its own loader module
 * (load-roles.ts, load-growth.ts, load-salaries.ts), so a page downloads only the files it shows.
 */
export function parseGuideFile<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  fileName: string,
  raw: unknown,
): v.InferOutput<TSchema> {
  const parsed = parseContent(schema, fileName, raw);
  if (parsed.ok) return parsed.value;
  throw new Error(`${fileName} is invalid:\n${parsed.messages.map((l) => `  - ${l}`).join('\n')}`);
}
