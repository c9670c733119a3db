import * as v from 'valibot';
import { canonicalJson, hashString } from './hash';
import { hashScoringKey } from './bank';
import type { Bank } from './schema';

const HASH = v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/));

/** questions/revisions.lock.json: one entry per released bank revision. */
export const RevisionLockSchema = v.record(
  v.pipe(v.string(), v.regex(/^\d+$/)),
  v.strictObject({ scoringKey: HASH, archive: HASH }),
);
export type RevisionLock = v.InferOutput<typeof RevisionLockSchema>;

/** Fingerprint of a whole archived bank file, so a released revision can never change unnoticed. */
export function hashArchive(bank: Bank): string {
  return hashString(canonicalJson(bank));
}

/** Fingerprint of a bank's content, whatever its `$schema` path (the archive's points one folder up). */
export function hashContent(bank: Bank): string {
  return hashString(canonicalJson({ ...bank, $schema: null }));
}

/**
 * Checks that the current bank's revision is released with the same scoring key and the same words,
 * and that every archived revision is unchanged. Returns readable problems; empty when all is well.
 * A reworded item needs a new revision too: links made with a revision read its archive, for the
 * words of a shared answer and for the content hash of an answer carried to another device.
 */
export function checkRevisions(
  current: Bank,
  lock: RevisionLock,
  archives: ReadonlyMap<number, Bank>,
): string[] {
  const problems: string[] = [];
  const entry = lock[String(current.revision)];
  const key = hashScoringKey(current);
  const next = Math.max(0, ...Object.keys(lock).map(Number)) + 1;
  const released = archives.get(current.revision);
  if (!entry) {
    problems.push(
      `questions/bank.json: revision ${current.revision} is not released yet: run "npm run bank:release" to archive it.`,
    );
  } else if (entry.scoringKey !== key) {
    problems.push(
      `questions/bank.json: the scoring key changed (ids, option keys, dimensions, signals or the short set) but "revision" is still ${current.revision}. Raise "revision" to ${next} and run "npm run bank:release"; released revisions never change, so old share links keep their meaning.`,
    );
  } else if (
    released &&
    hashArchive(released) === entry.archive && // an edited archive is reported below instead
    hashContent(released) !== hashContent(current)
  ) {
    problems.push(
      `questions/bank.json: the wording differs from released revision ${current.revision} (questions/archive/r${current.revision}.json), whose words links made with it show. Raise "revision" to ${next} and run "npm run bank:release".`,
    );
  }
  for (const [rev, { archive, scoringKey }] of Object.entries(lock)) {
    const archived = archives.get(Number(rev));
    if (!archived) {
      problems.push(
        `questions/archive/r${rev}.json: missing, but revision ${rev} is in revisions.lock.json.`,
      );
      continue;
    }
    if (archived.revision !== Number(rev)) {
      problems.push(
        `questions/archive/r${rev}.json: field "revision" is ${archived.revision}, expected ${rev}.`,
      );
    }
    if (hashArchive(archived) !== archive || hashScoringKey(archived) !== scoringKey) {
      problems.push(
        `questions/archive/r${rev}.json: a released revision was edited; restore it from git.`,
      );
    }
  }
  return problems;
}
