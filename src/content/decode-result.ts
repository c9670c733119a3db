import type { Mode } from '../domain/schema';
import type { DecodeOutcome } from '../domain/bit-codec';
import { decodeProgressCode, type ProgressPayload } from '../domain/progress-code';
import {
  decodeShareCode,
  peekShareLevel,
  peekShareRevision,
  type SharePayload,
} from '../domain/share-code';
import {
  getProgressManifest,
  getShareManifest,
  isKnownRevision,
  loadRevision,
} from './load-archive';
import { links } from '../words/en/links';

/**
 * Decodes a result code, loading the link's revision (lazily) only for an answers-level code: a
 * scores-level code carries its whole result, so it needs no questions. Never throws.
 */
export async function decodeResultCode(code: string): Promise<DecodeOutcome<SharePayload>> {
  try {
    const revision = peekShareRevision(code);
    if (revision !== null && isKnownRevision(revision) && peekShareLevel(code) === 'answers') {
      await loadRevision(revision);
    }
    return decodeShareCode(
      code,
      (rev: number, mode: Mode) => getShareManifest(rev, mode),
      (rev: number) => isKnownRevision(rev),
    );
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

/** Loads the revision of a progress code (lazily), then decodes it. Never throws. */
export async function decodeProgress(code: string): Promise<DecodeOutcome<ProgressPayload>> {
  try {
    const revision = peekShareRevision(code);
    if (revision !== null && isKnownRevision(revision)) await loadRevision(revision);
    return decodeProgressCode(code, (rev: number, mode: Mode) => getProgressManifest(rev, mode));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

const p = links.problems;

/** Plain words for each way a link can fail (src/words/en/links.ts, `problems`). */
export const LINK_PROBLEMS: Readonly<Record<string, string>> = {
  malformed: p.changed,
  checksum: p.changed,
  'out-of-range': p.changed,
  'unknown-format': p.newer,
  'unknown-revision': p.newer,
  'not-a-result-link': p.notResultLink,
  'unknown-type': p.unknownType,
};
