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

/** The key saved progress lives under (the early paint of /quiz reads it too). */
export const QUIZ_STORAGE_KEY = 'rolefit-quiz';

/**
 * Version of the saved-progress format in storage; raise it with a migration when the shape changes.
 * 2 added `startedAt` and `answeredAt`, so two open tabs can merge their progress (docs/performance.md).
 */
export const SAVED_QUIZ_VERSION = 2;

/** Longest question or option id kept from storage, in characters (code points). */
const ID_MAX = 80;
const ITEM_HASH = /^[0-9a-f]{8}$/;

/** One saved answer: the option, and the content hash of the item it answered. */
export type SavedAnswer = { option: string; hash: string };

/** Saved progress in its first format (version 1), still read and migrated. */
export type SavedQuizV1 = {
  mode: Mode | null;
  /** Each answer keeps the content hash of the item it answered, so an edited item is asked again. */
  answers: Record<string, SavedAnswer>;
  currentId: string | null;
  isReviewing: boolean;
  seed: number;
};

/** Saved progress, as persisted by the quiz store. */
export type SavedQuiz = SavedQuizV1 & {
  /** When this quiz was started (ms since 1970; 0 for progress saved before version 2). */
  startedAt: number;
  /** When each answer was picked (ms; 0 when unknown), so the later of two tabs' answers wins. */
  answeredAt: Record<string, number>;
};

/** A quiz nobody has started. */
export function createEmptyQuiz(): SavedQuiz {
  return {
    mode: null,
    answers: {},
    currentId: null,
    isReviewing: false,
    seed: 0,
    startedAt: 0,
    answeredAt: {},
  };
}

/**
 * Something the taker should know about saved progress; shown as a notice. `full`: the storage works
 * but its quota is used up; `unavailable`: it is blocked (private browsing, blocked site data);
 * `deleted-elsewhere`: another tab deleted the progress this page held.
 */
export type StorageNotice =
  'unavailable' | 'full' | 'corrupted' | 'newer-version' | 'deleted-elsewhere';

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
 * Version-1 progress from an untrusted value (storage, or a tampered copy of it), or null when any
 * field is missing or malformed. Unknown fields are dropped. Never throws.
 */
export function parseSavedQuizV1(value: unknown): SavedQuizV1 | null {
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

function isStamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * Saved progress (version 2) from an untrusted value, or null when any field is malformed. Missing
 * stamps read as 0 ("before stamps existed"); a stamp for a question with no answer is dropped.
 * Never throws.
 */
export function parseSavedQuiz(value: unknown): SavedQuiz | null {
  const base = parseSavedQuizV1(value);
  if (base === null || !isObject(value)) return null;
  const startedAt = readField(value, 'startedAt') ?? 0;
  const stamps = readField(value, 'answeredAt') ?? {};
  if (!isStamp(startedAt) || !isPlainObject(stamps)) return null;
  const answeredAt: Record<string, number> = {};
  for (const id of Object.keys(base.answers)) {
    const at = Object.prototype.hasOwnProperty.call(stamps, id) ? readField(stamps, id) : 0;
    if (!isStamp(at)) return null;
    answeredAt[id] = at;
  }
  return { ...base, startedAt, answeredAt };
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

/** Version-1 progress in the current shape: started and answered "at 0", before anything stamped. */
export function migrateSavedQuizV1(quiz: SavedQuizV1): SavedQuiz {
  const answeredAt = Object.fromEntries(Object.keys(quiz.answers).map((id) => [id, 0]));
  return { ...quiz, startedAt: 0, answeredAt };
}

/**
 * Turns whatever storage held into saved progress: migrates older versions, refuses newer ones and
 * anything malformed. Never throws.
 */
export function restoreSavedQuiz(state: unknown, version: number): RestoreOutcome {
  if (version > SAVED_QUIZ_VERSION) return { ok: false, reason: 'newer-version' };
  let value: SavedQuiz | null = null;
  if (version === SAVED_QUIZ_VERSION) value = parseSavedQuiz(state);
  else if (version === 1) {
    const old = parseSavedQuizV1(state);
    value = old === null ? null : migrateSavedQuizV1(old);
  } // Version 0 never shipped, so nothing older than 1 is progress of ours.
  return value === null ? { ok: false, reason: 'corrupted' } : { ok: true, value };
}
