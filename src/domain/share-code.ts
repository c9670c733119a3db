import { BitWriter, openCode, sealCode, type BitReader, type DecodeOutcome } from './bit-codec';
import type { BalancedKind, CertaintyLevel, DisplayScore, Strength } from './describe';
import { RESULT_TYPES } from './result-types';
import {
  buildManifest,
  packAnswers,
  peekHeader,
  readHeader,
  RESULT_FORMAT_V2,
  SHARE_FORMAT,
  unpackAnswers,
  writeHeader,
  type ReadHeader,
  type ShareManifest,
} from './link-code';
import type { Answers, Bank, Mode } from './schema';
import { countAnswers, readCounts, sameCounts, writeCounts } from './choice-counts';
import { decodeV2, encodeV2 } from './share-code-v2';
import type { ShareLevel, SharePayload, SharedResult, SharedResultV1 } from './shared-result';

// Result links (`/r/<type>/#r=<code>`): the header (link-code.ts), then, in format 1 (scoring model
// 1), the result at display precision, or, in format 2 (scoring model 2, share-code-v2.ts), the
// choice counts; at the answers level, then the answers (docs/decisions/001-share-code-format.md).

export type { DisplayScore, ShareLevel, SharePayload, SharedResult };

/** The answers-level manifest of a bank: the mode's scenarios, then (full mode) the practice items. */
export function buildShareManifest(bank: Bank, mode: Mode): ShareManifest {
  return buildManifest(bank, mode, (item) => item.kind !== 'context');
}

const STRENGTHS: readonly Strength[] = ['slight', 'clear', 'strong'];
const KINDS: readonly BalancedKind[] = ['enjoys-both', 'drawn-to-neither'];
const CERTAINTIES: readonly CertaintyLevel[] = ['high', 'moderate', 'low'];

/**
 * Encodes a result: a model-2 result in format 2, a model-1 result in format 1 (as its link always
 * had it). The answers level needs the revision's manifest. Throws only on a programming error
 * (values outside the layout); decodeShareCode never throws.
 */
export function encodeShareCode(payload: SharePayload, manifest?: ShareManifest): string {
  if (payload.level === 'verdict' || payload.result.model === 2) return encodeV2(payload, manifest);
  return encodeV1(payload.result, payload.level === 'answers' ? payload.answers : null, manifest);
}

function encodeV1(
  result: SharedResultV1,
  answers: Answers | null,
  manifest: ShareManifest | undefined,
): string {
  const w = new BitWriter();
  writeHeader(w, {
    level: answers === null ? 'scores' : 'answers',
    type: RESULT_TYPES.indexOf(result.type),
    revision: result.revision,
    mode: result.mode,
  });
  w.write(
    result.type === 'balanced'
      ? KINDS.indexOf(result.balancedKind ?? 'enjoys-both') + 1
      : STRENGTHS.indexOf(result.strength ?? 'slight') + 1,
    2,
  );
  w.write(CERTAINTIES.indexOf(result.certainty), 2);
  w.write(RESULT_TYPES.indexOf(result.nextNearest), 4);
  for (const s of [result.strategic, result.outside, result.fit]) {
    w.write(s.value + 100, 8);
    w.write(s.low + 100, 8);
    w.write(s.high + 100, 8);
  }
  writeCounts(w, result.choices);
  if (answers !== null) {
    if (!manifest || manifest.revision !== result.revision)
      throw new Error('the answers level needs its manifest');
    packAnswers(w, manifest, answers);
  }
  return sealCode(w);
}

/** Reads a code's level unchecked: only an answers-level code needs its revision's manifest. */
export function peekShareLevel(code: string): ShareLevel | null {
  const header = peekHeader(code);
  const level = header?.level;
  if (level === 'verdict') return header?.format === RESULT_FORMAT_V2 ? level : null;
  return level === 'scores' || level === 'answers' ? level : null;
}

/** Reads the revision a code was made with, so the caller can load that revision's manifest first. */
export function peekShareRevision(code: string): number | null {
  return peekHeader(code)?.revision ?? null;
}

const inRange = (s: DisplayScore) =>
  [s.value, s.low, s.high].every((v) => v >= -100 && v <= 100) &&
  s.low <= s.value &&
  s.value <= s.high;

/** Looks up the manifest of a revision in a mode (needed at the answers level), or undefined if unknown. */
export type GetManifest = (revision: number, mode: Mode) => ShareManifest | undefined;

/**
 * Decodes a result code of either format. Never throws: a malformed, tampered, truncated or unknown
 * code gives a reason. `isKnownRevision` says whether a revision was released (by default: whether it
 * has a manifest), so a scores-level code decodes without loading its revision's questions.
 */
export function decodeShareCode(
  code: string,
  getManifest: GetManifest,
  isKnownRevision: (revision: number, mode: Mode) => boolean = (revision, mode) =>
    getManifest(revision, mode) !== undefined,
): DecodeOutcome<SharePayload> {
  try {
    const opened = openCode(code);
    if (!opened.ok) return opened;
    const r = opened.value;
    const header = readHeader(r);
    const decoded =
      header.format === SHARE_FORMAT
        ? decodeV1(r, header, getManifest, isKnownRevision)
        : header.format === RESULT_FORMAT_V2
          ? decodeV2(r, header, getManifest, isKnownRevision)
          : ({ ok: false, reason: 'unknown-format' } as const);
    if (!decoded.ok) return decoded;
    const rest = r.rest();
    if (rest.bits >= 8 || rest.value !== 0n) return { ok: false, reason: 'malformed' };
    // Canonical: the same payload must encode to exactly this code.
    const payload = decoded.value;
    const again = encodeShareCode(
      payload,
      payload.level === 'answers'
        ? getManifest(payload.result.revision, payload.result.mode)
        : undefined,
    );
    return again === code ? decoded : { ok: false, reason: 'malformed' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

function decodeV1(
  r: BitReader,
  header: ReadHeader,
  getManifest: GetManifest,
  isKnownRevision: (revision: number, mode: Mode) => boolean,
): DecodeOutcome<SharePayload> {
  const { level, revision, mode } = header;
  if (level !== 'scores' && level !== 'answers') return { ok: false, reason: 'unknown-format' };
  const type = RESULT_TYPES[header.type ?? 99];
  const word = r.readNumber(2) ?? 0;
  const certainty = CERTAINTIES[r.readNumber(2) ?? 99];
  const nextNearest = RESULT_TYPES[r.readNumber(4) ?? 99];
  if (
    !type ||
    revision === null ||
    !certainty ||
    !nextNearest ||
    word === 0 ||
    nextNearest === type
  ) {
    return { ok: false, reason: 'out-of-range' };
  }
  if (!isKnownRevision(revision, mode)) return { ok: false, reason: 'unknown-revision' };
  const score = (): DisplayScore => ({
    value: (r.readNumber(8) ?? 999) - 100,
    low: (r.readNumber(8) ?? 999) - 100,
    high: (r.readNumber(8) ?? 999) - 100,
  });
  const strategic = score();
  const outside = score();
  const fit = score();
  const choices = readCounts(r);
  if (![strategic, outside, fit].every(inRange) || !choices) {
    return { ok: false, reason: 'out-of-range' };
  }
  const strength = type === 'balanced' ? null : (STRENGTHS[word - 1] ?? null);
  const balancedKind = type === 'balanced' ? (KINDS[word - 1] ?? null) : null;
  if ((type === 'balanced' ? balancedKind : strength) === null)
    return { ok: false, reason: 'out-of-range' };
  const result: SharedResultV1 = {
    model: 1,
    type,
    mode,
    revision,
    strength,
    balancedKind,
    certainty,
    nextNearest,
    strategic,
    outside,
    fit,
    choices,
  };
  if (level === 'scores') return { ok: true, value: { level, result } };
  const manifest = getManifest(revision, mode);
  if (!manifest) return { ok: false, reason: 'unknown-revision' };
  const answers = unpackAnswers(r, manifest);
  if (!answers) return { ok: false, reason: 'out-of-range' };
  if (!sameCounts(countAnswers(answers, manifest), choices))
    return { ok: false, reason: 'out-of-range' };
  return { ok: true, value: { level, result, answers } };
}
