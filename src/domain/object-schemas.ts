// Objects from untrusted places (storage, links, host messages): valibot's object() takes any non-null
// object, arrays included, so this refuses arrays first (docs/decisions/006-one-validator.md).
import * as v from 'valibot';

/** Any object but null and arrays; its fields may also be inherited. */
const NonArrayObjectSchema = v.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'must be an object',
);

/** `v.object(entries)` that refuses arrays: unknown fields are dropped. */
export function objectOf<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.pipe(NonArrayObjectSchema, v.object(entries));
}
