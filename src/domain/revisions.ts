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

/**
 * Checks that the current bank's revision is released with the same scoring key and that every
 * archived revision is unchanged. Returns readable problems; empty when all is well.
 */
export function checkRevisions(
  current: Bank,
  lock: RevisionLock,
  archives: ReadonlyMap<number, Bank>,
): string[] {
  const problems: string[] = [];
  const entry = lock[String(current.revision)];
  const key = hashScoringKey(current);
  if (!entry) {
    problems.push(
      `questions/bank.json: revision ${current.revision} is not released yet: run "npm run bank:release" to archive it.`,
    );
  } else if (entry.scoringKey !== key) {
    problems.push(
      `questions/bank.json: the scoring key changed (ids, option keys, dimensions, signals or the short set) but "revision" is still ${current.revision}. Raise "revision" to ${Math.max(...Object.keys(lock).map(Number)) + 1} and run "npm run bank:release"; released revisions never change, so old share links keep their meaning.`,
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
