import { BitWriter, sealCode, type BitReader, type DecodeOutcome } from './bit-codec';
import { countAnswers, readCounts, sameCounts, writeCounts } from './choice-counts';
import {
  packAnswers,
  RESULT_FORMAT_V2,
  unpackAnswers,
  writeHeader,
  type ReadHeader,
  type ShareManifest,
} from './link-code';
import type { BalancedKind } from './model-v2';
import { RESULT_TYPES } from './result-types';
import type { Mode } from './schema';
import {
  percentOf,
  toSharedResultV2,
  type SharePayload,
  type SharedVerdict,
} from './shared-result';

// Format 2: result codes of scoring model 2 (docs/decisions/001-share-code-format.md). After the
// header, a scores or answers code carries the four choice counts; the result is what the model-2
// key computes from them, so it is the same wherever and whenever the link is opened. A verdict code
// carries only the two types of a "between" result and their probabilities.

const PERCENT_BITS = 7;
const KINDS: readonly (BalancedKind | null)[] = [null, 'enjoys-both', 'drawn-to-neither'];

/** Encodes a model-2 result or verdict (format 2). Throws only on a programming error. */
export function encodeV2(payload: SharePayload, manifest?: ShareManifest): string {
  const w = new BitWriter();
  if (payload.level === 'verdict') {
    const { verdict, mode, revision } = payload.shared;
    writeHeader(
      w,
      { level: 'verdict', type: RESULT_TYPES.indexOf(verdict.first.type), revision, mode },
      RESULT_FORMAT_V2,
    );
    w.write(RESULT_TYPES.indexOf(verdict.second.type), 4);
    w.write(percentOf(verdict.first.probability), PERCENT_BITS);
    w.write(percentOf(verdict.second.probability), PERCENT_BITS);
    w.write(KINDS.indexOf(verdict.balancedKind), 2);
    return sealCode(w);
  }
  const { result } = payload;
  if (result.model !== 2) throw new Error('format 2 carries model-2 results');
  writeHeader(
    w,
    {
      level: payload.level,
      type: RESULT_TYPES.indexOf(result.type),
      revision: result.revision,
      mode: result.mode,
    },
    RESULT_FORMAT_V2,
  );
  writeCounts(w, result.choices);
  if (payload.level === 'answers') {
    if (!manifest || manifest.revision !== result.revision)
      throw new Error('the answers level needs its manifest');
    packAnswers(w, manifest, payload.answers);
  }
  return sealCode(w);
}

/** Reads the body of a format-2 code after its header (decodeShareCode checks the rest). */
export function decodeV2(
  r: BitReader,
  header: ReadHeader,
  getManifest: (revision: number, mode: Mode) => ShareManifest | undefined,
  isKnownRevision: (revision: number, mode: Mode) => boolean,
): DecodeOutcome<SharePayload> {
  const { level, revision, mode } = header;
  const type = RESULT_TYPES[header.type ?? 99];
  if (!type || revision === null) return { ok: false, reason: 'out-of-range' };
  if (level === 'verdict') return decodeVerdict(r, { type, revision, mode });
  if (level !== 'scores' && level !== 'answers') return { ok: false, reason: 'unknown-format' };
  if (!isKnownRevision(revision, mode)) return { ok: false, reason: 'unknown-revision' };
  const choices = readCounts(r);
  if (!choices) return { ok: false, reason: 'out-of-range' };
  const result = toSharedResultV2(choices, mode, revision);
  // The path type must be the one the counts give: an edited header is a changed link.
  if (result.type !== type) return { ok: false, reason: 'out-of-range' };
  if (level === 'scores') return { ok: true, value: { level, result } };
  const manifest = getManifest(revision, mode);
  if (!manifest) return { ok: false, reason: 'unknown-revision' };
  const answers = unpackAnswers(r, manifest);
  if (!answers || !sameCounts(countAnswers(answers, manifest), choices))
    return { ok: false, reason: 'out-of-range' };
  return { ok: true, value: { level, result, answers } };
}

function decodeVerdict(
  r: BitReader,
  header: { type: (typeof RESULT_TYPES)[number]; revision: number; mode: Mode },
): DecodeOutcome<SharePayload> {
  const second = RESULT_TYPES[r.readNumber(4) ?? 99];
  const p1 = r.readNumber(PERCENT_BITS);
  const p2 = r.readNumber(PERCENT_BITS);
  const kindIndex = r.readNumber(2);
  const balancedKind = KINDS[kindIndex ?? 99];
  if (!second || second === header.type || p1 === null || p2 === null || balancedKind === undefined)
    return { ok: false, reason: 'out-of-range' };
  // A "between" result names neither type: each is below 70% and the first is the more probable.
  const hasBalanced = header.type === 'balanced' || second === 'balanced';
  if (p1 >= 70 || p2 > p1 || p1 + p2 > 100 || hasBalanced !== (balancedKind !== null))
    return { ok: false, reason: 'out-of-range' };
  const shared: SharedVerdict = {
    mode: header.mode,
    revision: header.revision,
    verdict: {
      kind: 'between',
      first: { type: header.type, probability: p1 / 100 },
      second: { type: second, probability: p2 / 100 },
      balancedKind,
    },
  };
  return { ok: true, value: { level: 'verdict', shared } };
}
