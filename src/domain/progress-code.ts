import { BitWriter, openCode, sealCode, type DecodeOutcome } from './bit-codec';
import {
  buildManifest,
  packAnswers,
  readHeader,
  SHARE_FORMAT,
  unpackAnswers,
  writeHeader,
  type ShareManifest,
} from './link-code';
import type { Answers, Bank, Mode } from './schema';

// Progress links (`/quiz#p=<code>`, "continue on another device"): the header (link-code.ts) and the
// answers so far, context questions included (docs/decisions/001-share-code-format.md).

/** The progress manifest: every question of the mode, context included. */
export function buildProgressManifest(bank: Bank, mode: Mode): ShareManifest {
  return buildManifest(bank, mode, () => true);
}

export interface ProgressPayload {
  revision: number;
  mode: Mode;
  answers: Answers;
}

/** Encodes unfinished progress against the progress manifest of its revision and mode. */
export function encodeProgressCode(payload: ProgressPayload, manifest: ShareManifest): string {
  const w = new BitWriter();
  writeHeader(w, { level: 'progress', type: 0, revision: payload.revision, mode: payload.mode });
  packAnswers(w, manifest, payload.answers);
  return sealCode(w);
}

/** Decodes a progress code; never throws. */
export function decodeProgressCode(
  code: string,
  getManifest: (revision: number, mode: Mode) => ShareManifest | undefined,
): DecodeOutcome<ProgressPayload> {
  try {
    const opened = openCode(code);
    if (!opened.ok) return opened;
    const r = opened.value;
    const { format, level, type, revision, mode } = readHeader(r);
    if (format !== SHARE_FORMAT || level !== 'progress' || type !== 0)
      return { ok: false, reason: 'unknown-format' };
    if (revision === null) return { ok: false, reason: 'malformed' };
    const manifest = getManifest(revision, mode);
    if (!manifest) return { ok: false, reason: 'unknown-revision' };
    const answers = unpackAnswers(r, manifest);
    if (!answers) return { ok: false, reason: 'out-of-range' };
    const payload = { revision, mode, answers };
    return encodeProgressCode(payload, manifest) === code
      ? { ok: true, value: payload }
      : { ok: false, reason: 'malformed' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
