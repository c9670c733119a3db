import { verdict as w } from '../words/en/verdict';

/** Result-type slugs: permanent and append-only (share links carry their position). */
export const RESULT_TYPES = [
  'product-manager',
  'product-owner',
  'strategic-technical',
  'customer-facing',
  'balanced',
] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** Where each type sits on the 2-D map (strategic, outside); used for the next-nearest type. */
export const TYPE_PROTOTYPES: Readonly<Record<ResultType, { s: number; o: number }>> = {
  'product-manager': { s: 1, o: 1 },
  'product-owner': { s: -1, o: -1 },
  'strategic-technical': { s: 1, o: -1 },
  'customer-facing': { s: -1, o: 1 },
  balanced: { s: 0, o: 0 },
};

/** Plain names for headings. */
export const TYPE_NAMES: Readonly<Record<ResultType, string>> = w.typeNames;

/** Narrows an unknown string to a result type. */
export function isResultType(value: string): value is ResultType {
  return (RESULT_TYPES as readonly string[]).includes(value);
}
