// Plain checks for untrusted values, for the parsers every page loads (saved progress, the invite).
// They mirror what zod's z.object() and z.record() accept; the oracle tests in test/domain keep them
// honest (docs/decisions/004-hand-written-storage-guards.md).

/** Any object but null and arrays (what z.object() accepts); its fields may also be inherited. */
export function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An object literal, JSON object or null-prototype object, not a Date, Map or class instance (what
 * z.record() accepts).
 */
export function isPlainObject(value: unknown): value is object {
  if (!isObject(value)) return false;
  const constructor: unknown = Reflect.get(value, 'constructor');
  if (typeof constructor !== 'function') return true;
  const prototype: unknown = Reflect.get(constructor, 'prototype');
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

/** The field `key` of an object (own or inherited), or undefined. */
export function readField(value: object, key: string): unknown {
  return Reflect.get(value, key);
}
