// The one hand-written parser: saved progress is read on every page, and the same checks as a valibot
// schema cost 1.5 kB gzip more on a landing page with 0.6 kB of headroom
// (docs/decisions/006-one-validator.md). Property tests in test/domain/saved-quiz.test.ts pin it.
import type { Mode } from './schema';

/** Any object but null and arrays; its fields may also be inherited. */
function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object literal, JSON object or null-prototype object, not a Date, Map or class instance. */
function isPlainObject(value: unknown): value is object {
  if (!isObject(value)) return false;
  const constructor: unknown = Reflect.get(value, 'constructor');
  if (typeof constructor !== 'function') return true;
  const prototype: unknown = Reflect.get(constructor, 'prototype');
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

/** The field `key` of an object (own or inherited), or undefined. */
function readField(value: object, key: string): unknown {
  return Reflect.get(value, key);
}

/** Version of the saved-progress format in storage; raise it with a migration when the shape changes. */
export const SAVED_QUIZ_VERSION = 1;

/** Longest question or option id kept from storage, in characters (code points). */
const ID_MAX = 80;
const ITEM_HASH = /^[0-9a-f]{8}$/;

/** One saved answer: the option, and the content hash of the item it answered. */
export type SavedAnswer = { option: string; hash: string };

/** Saved progress, as persisted by the quiz store. */
export type SavedQuiz = {
  mode: Mode | null;
  /** Each answer keeps the content hash of the item it answered, so an edited item is asked again. */
  answers: Record<string, SavedAnswer>;
  currentId: string | null;
  isReviewing: boolean;
  seed: number;
};

/** A quiz nobody has started. */
export function createEmptyQuiz(): SavedQuiz {
  return { mode: null, answers: {}, currentId: null, isReviewing: false, seed: 0 };
}

/** Why saved progress could not be used; shown to the taker as a notice. */
export type StorageNotice = 'unavailable' | 'corrupted' | 'newer-version';

function isId(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  // A string that fits in UTF-16 units fits in code points; only a longer one needs counting.
  return value.length <= ID_MAX || Array.from(value).length <= ID_MAX;
}

function readMode(value: unknown): Mode | null | undefined {
  return value === null || value === 'full' || value === 'short' ? value : undefined;
}

function parseSavedAnswer(value: unknown): SavedAnswer | null {
  if (!isObject(value)) return null;
  const option = readField(value, 'option');
  const hash = readField(value, 'hash');
  if (!isId(option) || typeof hash !== 'string' || !ITEM_HASH.test(hash)) return null;
  return { option, hash };
}

function parseAnswers(value: unknown): Record<string, SavedAnswer> | null {
  if (!isPlainObject(value)) return null;
  const answers: Record<string, SavedAnswer> = {};
  for (const key of Reflect.ownKeys(value)) {
    // A "__proto__" key (JSON.parse makes it an own key) is dropped, never assigned.
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    if (!isId(key)) return null;
    const answer = parseSavedAnswer(readField(value, key));
    if (answer === null) return null;
    answers[key] = answer;
  }
  return answers;
}

/**
 * Saved progress from an untrusted value (storage, or a tampered copy of it), or null when any field
 * is missing or malformed. Unknown fields are dropped. Never throws.
 */
export function parseSavedQuiz(value: unknown): SavedQuiz | null {
  if (!isObject(value)) return null;
  const mode = readMode(readField(value, 'mode'));
  const answers = parseAnswers(readField(value, 'answers'));
  const currentId = readField(value, 'currentId');
  const isReviewing = readField(value, 'isReviewing');
  const seed = readField(value, 'seed');
  if (mode === undefined || answers === null) return null;
  if (currentId !== null && !isId(currentId)) return null;
  if (typeof isReviewing !== 'boolean') return null;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    return null;
  return { mode, answers, currentId, isReviewing, seed };
}

/** The storage envelope written by src/store/persist-store.ts; the state inside stays unknown. */
export type StorageEnvelope = { state: unknown; version?: number | undefined };

/**
 * The envelope read back from storage, or null when it is not an object with a `state` field and an
 * optional numeric `version`. Never throws.
 */
export function parseStorageEnvelope(value: unknown): StorageEnvelope | null {
  if (!isObject(value) || !('state' in value)) return null;
  const state = readField(value, 'state');
  if (!('version' in value)) return { state };
  const version = readField(value, 'version');
  if (version !== undefined && (typeof version !== 'number' || !Number.isFinite(version)))
    return null;
  return { state, version };
}

export type RestoreOutcome =
  { ok: true; value: SavedQuiz } | { ok: false; reason: 'corrupted' | 'newer-version' };

/**
 * Turns whatever storage held into saved progress: migrates older versions, refuses newer ones and
 * anything malformed. Never throws.
 */
export function restoreSavedQuiz(state: unknown, version: number): RestoreOutcome {
  if (version > SAVED_QUIZ_VERSION) return { ok: false, reason: 'newer-version' };
  // Version 0 never shipped; every older shape is treated as malformed until a migration exists.
  if (version < SAVED_QUIZ_VERSION) return { ok: false, reason: 'corrupted' };
  const value = parseSavedQuiz(state);
  return value === null ? { ok: false, reason: 'corrupted' } : { ok: true, value };
}
