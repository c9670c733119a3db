import * as z from 'zod/mini';

/** Version of the saved-progress format in storage; raise it with a migration when the shape changes. */
export const SAVED_QUIZ_VERSION = 1;

const id = z.string().check(z.maxLength(80));

/** Saved progress (zod/mini: this schema is on the landing page, which must stay small). */
export const SavedQuizSchema = z.object({
  mode: z.nullable(z.enum(['full', 'short'])),
  /** Each answer keeps the content hash of the item it answered, so an edited item is asked again. */
  answers: z.record(id, z.object({ option: id, hash: z.string().check(z.regex(/^[0-9a-f]{8}$/)) })),
  currentId: z.nullable(id),
  isReviewing: z.boolean(),
  seed: z.number().check(z.int(), z.minimum(0), z.maximum(0xffffffff)),
});
export type SavedQuiz = z.infer<typeof SavedQuizSchema>;
export type SavedAnswer = SavedQuiz['answers'][string];

/** A quiz nobody has started. */
export function createEmptyQuiz(): SavedQuiz {
  return { mode: null, answers: {}, currentId: null, isReviewing: false, seed: 0 };
}

/** Why saved progress could not be used; shown to the taker as a notice. */
export type StorageNotice = 'unavailable' | 'corrupted' | 'newer-version';

/** The storage envelope written by zustand's persist middleware. */
export const StorageEnvelopeSchema = z.object({
  state: z.unknown(),
  version: z.optional(z.number()),
});

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
  const parsed = SavedQuizSchema.safeParse(state);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'corrupted' };
}
